pub struct Solution;

impl Solution {
    pub fn largest_rectangle_area(heights: Vec<i32>) -> i32 {
        let n = heights.len();
        let mut left = vec![0usize; n];
        let mut right = vec![n; n];
        let mut stack: Vec<usize> = Vec::new();
        for i in 0..n {
            while let Some(&top) = stack.last() {
                if heights[top] >= heights[i] {
                    stack.pop();
                } else {
                    break;
                }
            }
            left[i] = stack.last().map_or(0, |&j| j + 1);
            stack.push(i);
        }
        stack.clear();
        for i in (0..n).rev() {
            while let Some(&top) = stack.last() {
                if heights[top] >= heights[i] {
                    stack.pop();
                } else {
                    break;
                }
            }
            right[i] = stack.last().copied().unwrap_or(n);
            stack.push(i);
        }
        (0..n)
            .map(|i| heights[i] * (right[i] - left[i]) as i32)
            .max()
            .unwrap_or(0)
    }
}
