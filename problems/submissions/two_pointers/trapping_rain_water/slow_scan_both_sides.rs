pub struct Solution;

impl Solution {
    pub fn trap(height: Vec<i32>) -> i32 {
        let n = height.len();
        let mut water = 0;
        for i in 0..n {
            let left = height[..=i].iter().copied().max().unwrap();
            let right = height[i..].iter().copied().max().unwrap();
            water += left.min(right) - height[i];
        }
        water
    }
}
