pub struct Solution;

impl Solution {
    pub fn trap(height: Vec<i32>) -> i32 {
        let mut stack: Vec<usize> = Vec::new();
        let mut water = 0;
        for i in 0..height.len() {
            while let Some(&bottom) = stack.last() {
                if height[bottom] >= height[i] {
                    break;
                }
                stack.pop();
                if let Some(&left) = stack.last() {
                    let level = height[left].min(height[i]);
                    water += (level - height[bottom]) * (i - left - 1) as i32;
                }
            }
            stack.push(i);
        }
        water
    }
}
