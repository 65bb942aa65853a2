use std::collections::HashMap;

pub struct Solution;

impl Solution {
    pub fn climb_stairs(n: i32) -> i32 {
        fn ways(n: i32, memo: &mut HashMap<i32, i32>) -> i32 {
            if n <= 1 {
                return 1;
            }
            if let Some(&known) = memo.get(&n) {
                return known;
            }
            let result = ways(n - 1, memo) + ways(n - 2, memo);
            memo.insert(n, result);
            result
        }
        ways(n, &mut HashMap::new())
    }
}
