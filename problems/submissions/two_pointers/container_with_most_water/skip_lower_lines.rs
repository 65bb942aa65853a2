pub struct Solution;

impl Solution {
    pub fn max_area(height: Vec<i32>) -> i32 {
        let (mut i, mut j) = (0, height.len() - 1);
        let mut best = 0;
        while i < j {
            let level = height[i].min(height[j]);
            best = best.max(level * (j - i) as i32);
            while i < j && height[i] <= level {
                i += 1;
            }
            while i < j && height[j] <= level {
                j -= 1;
            }
        }
        best
    }
}
