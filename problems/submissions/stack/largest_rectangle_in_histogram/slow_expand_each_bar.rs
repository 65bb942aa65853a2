pub struct Solution;

impl Solution {
    pub fn largest_rectangle_area(heights: Vec<i32>) -> i32 {
        let n = heights.len();
        let mut best = 0;
        for i in 0..n {
            let mut left = i;
            while left > 0 && heights[left - 1] >= heights[i] {
                left -= 1;
            }
            let mut right = i;
            while right + 1 < n && heights[right + 1] >= heights[i] {
                right += 1;
            }
            best = best.max(heights[i] * (right - left + 1) as i32);
        }
        best
    }
}
