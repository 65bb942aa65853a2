pub struct Solution;

impl Solution {
    pub fn trap(height: Vec<i32>) -> i32 {
        let n = height.len();
        if n < 3 {
            return 0;
        }
        let mut left = vec![0; n];
        let mut right = vec![0; n];
        for i in 1..n {
            left[i] = left[i - 1].max(height[i - 1]);
        }
        for i in (0..n - 1).rev() {
            right[i] = right[i + 1].max(height[i + 1]);
        }
        let mut water = 0;
        for i in 1..n - 1 {
            water += left[i].min(right[i]) - height[i];
        }
        water
    }
}
