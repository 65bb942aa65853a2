pub struct Solution;

impl Solution {
    pub fn max_area(height: Vec<i32>) -> i32 {
        let (mut i, mut j) = (0, height.len() - 1);
        let mut best = 0;
        while i < j {
            best = best.max(height[i].min(height[j]) * (j - i) as i32);
            if height[i] > height[j] {
                i += 1;
            } else {
                j -= 1;
            }
        }
        best
    }
}
