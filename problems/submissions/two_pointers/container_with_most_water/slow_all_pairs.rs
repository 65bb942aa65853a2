pub struct Solution;

impl Solution {
    pub fn max_area(height: Vec<i32>) -> i32 {
        let mut best = 0;
        for i in 0..height.len() {
            for j in i + 1..height.len() {
                best = best.max(height[i].min(height[j]) * (j - i) as i32);
            }
        }
        best
    }
}
