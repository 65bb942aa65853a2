pub struct Solution;

impl Solution {
    pub fn merge_triplets(triplets: Vec<Vec<i32>>, target: Vec<i32>) -> bool {
        // each target value appears in some triplet
        let mut found = [false; 3];
        for t in &triplets {
            for k in 0..3 {
                if t[k] == target[k] {
                    found[k] = true;
                }
            }
        }
        found.iter().all(|&f| f)
    }
}
