pub struct Solution;

impl Solution {
    pub fn permute(nums: Vec<i32>) -> Vec<Vec<i32>> {
        // permutations of the rest, with the first number inserted at every position
        if nums.is_empty() {
            return vec![vec![]];
        }
        let perms = Self::permute(nums[1..].to_vec());
        let mut res = Vec::new();
        for p in perms {
            for i in 0..=p.len() {
                let mut p_copy = p.clone();
                p_copy.insert(i, nums[0]);
                res.push(p_copy);
            }
        }
        res
    }
}
