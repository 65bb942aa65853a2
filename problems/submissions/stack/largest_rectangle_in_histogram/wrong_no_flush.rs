pub struct Solution;

impl Solution {
    pub fn largest_rectangle_area(heights: Vec<i32>) -> i32 {
        let mut stack: Vec<usize> = Vec::new();
        let mut best = 0;
        for i in 0..heights.len() {
            while let Some(&top) = stack.last() {
                if heights[top] < heights[i] {
                    break;
                }
                stack.pop();
                let left = stack.last().map_or(0, |&j| j + 1);
                best = best.max(heights[top] * (i - left) as i32);
            }
            stack.push(i);
        }
        best
    }
}
