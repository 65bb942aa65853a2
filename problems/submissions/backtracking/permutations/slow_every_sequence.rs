use std::collections::HashSet;

pub struct Solution;

impl Solution {
    pub fn permute(nums: Vec<i32>) -> Vec<Vec<i32>> {
        // every sequence of n picks from nums, kept when no value repeats
        let mut res = Vec::new();
        let mut seq = Vec::new();
        Self::pick(&nums, &mut seq, &mut res);
        res
    }

    fn pick(nums: &Vec<i32>, seq: &mut Vec<i32>, res: &mut Vec<Vec<i32>>) {
        if seq.len() == nums.len() {
            let unique: HashSet<i32> = seq.iter().cloned().collect();
            if unique.len() == nums.len() {
                res.push(seq.clone());
            }
            return;
        }
        for &x in nums {
            seq.push(x);
            Self::pick(nums, seq, res);
            seq.pop();
        }
    }
}
