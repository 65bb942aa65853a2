pub struct Solution;

impl Solution {
    pub fn subsets(nums: Vec<i32>) -> Vec<Vec<i32>> {
        let mut res = Vec::new();
        let mut cur = Vec::new();
        Self::backtrack(&nums, 0, &mut cur, &mut res);
        res
    }

    fn backtrack(nums: &[i32], start: usize, cur: &mut Vec<i32>, res: &mut Vec<Vec<i32>>) {
        res.push(cur.clone());
        for i in start..nums.len() {
            cur.push(nums[i]);
            Self::backtrack(nums, i + 1, cur, res);
        }
    }
}
