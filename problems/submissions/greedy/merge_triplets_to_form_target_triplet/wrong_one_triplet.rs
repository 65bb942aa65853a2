pub struct Solution;

impl Solution {
    pub fn merge_triplets(triplets: Vec<Vec<i32>>, target: Vec<i32>) -> bool {
        // merging can only raise values, so the target must already be one of the triplets
        triplets.contains(&target)
    }
}
