pub struct Solution;

impl Solution {
    pub fn climb_stairs(n: i32) -> i32 {
        let mut one_back = 1;
        let mut two_back = 1;
        for _ in 2..=n {
            let current = one_back + two_back;
            two_back = one_back;
            one_back = current;
        }
        one_back
    }
}
