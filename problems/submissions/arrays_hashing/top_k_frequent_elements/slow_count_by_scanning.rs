pub struct Solution;

impl Solution {
    pub fn top_k_frequent(nums: Vec<i32>, k: i32) -> Vec<i32> {
        let mut pairs: Vec<(usize, i32)> = Vec::new();
        for &x in &nums {
            let count = nums.iter().filter(|&&y| y == x).count();
            pairs.push((count, x));
        }
        pairs.sort_by(|a, b| b.cmp(a));
        pairs.dedup();
        pairs.into_iter().take(k as usize).map(|(_, x)| x).collect()
    }
}
