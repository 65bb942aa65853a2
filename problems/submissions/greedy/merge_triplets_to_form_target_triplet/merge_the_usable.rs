pub struct Solution;

impl Solution {
    pub fn merge_triplets(triplets: Vec<Vec<i32>>, target: Vec<i32>) -> bool {
        // merge every triplet that stays within the target, then compare
        let mut cur = vec![0, 0, 0];
        for t in triplets.iter().filter(|t| (0..3).all(|k| t[k] <= target[k])) {
            for k in 0..3 {
                cur[k] = cur[k].max(t[k]);
            }
        }
        cur == target
    }
}
