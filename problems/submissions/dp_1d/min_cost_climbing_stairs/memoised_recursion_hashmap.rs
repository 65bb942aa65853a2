use std::collections::HashMap;

pub struct Solution;

impl Solution {
    pub fn min_cost_climbing_stairs(cost: Vec<i32>) -> i32 {
        fn from(i: usize, cost: &[i32], memo: &mut HashMap<usize, i32>) -> i32 {
            if i >= cost.len() {
                return 0;
            }
            if let Some(&known) = memo.get(&i) {
                return known;
            }
            let best = cost[i] + from(i + 1, cost, memo).min(from(i + 2, cost, memo));
            memo.insert(i, best);
            best
        }
        let mut memo = HashMap::new();
        from(0, &cost, &mut memo).min(from(1, &cost, &mut memo))
    }
}
