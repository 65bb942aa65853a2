pub struct Solution;

impl Solution {
    pub fn min_cost_climbing_stairs(cost: Vec<i32>) -> i32 {
        fn from(i: usize, cost: &Vec<i32>) -> i32 {
            if i >= cost.len() {
                return 0;
            }
            cost[i] + from(i + 1, cost).min(from(i + 2, cost))
        }
        from(0, &cost).min(from(1, &cost))
    }
}
