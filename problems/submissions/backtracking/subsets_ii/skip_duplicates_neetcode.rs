pub struct Solution;

impl Solution {
    pub fn subsets_with_dup(nums: Vec<i32>) -> Vec<Vec<i32>> {
        let mut nums = nums;
        nums.sort();
        let mut res = vec![];
        let mut subset = vec![];
        Self::backtrack(&nums, 0, &mut subset, &mut res);
        res
    }

    fn backtrack(nums: &Vec<i32>, i: usize, subset: &mut Vec<i32>, res: &mut Vec<Vec<i32>>) {
        if i == nums.len() {
            res.push(subset.clone());
            return;
        }
        // all subsets that include nums[i]
        subset.push(nums[i]);
        Self::backtrack(nums, i + 1, subset, res);
        subset.pop();
        // all subsets that don't include nums[i]: skip its copies too
        let mut j = i;
        while j + 1 < nums.len() && nums[j] == nums[j + 1] {
            j += 1;
        }
        Self::backtrack(nums, j + 1, subset, res);
    }
}
