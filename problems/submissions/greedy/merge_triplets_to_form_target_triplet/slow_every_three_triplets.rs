pub struct Solution;

impl Solution {
    pub fn merge_triplets(triplets: Vec<Vec<i32>>, target: Vec<i32>) -> bool {
        // at most three triplets are needed (one per position): try every group of three
        let n = triplets.len();
        for i in 0..n {
            for j in i..n {
                for k in j..n {
                    let merged: Vec<i32> = (0..3)
                        .map(|p| triplets[i][p].max(triplets[j][p]).max(triplets[k][p]))
                        .collect();
                    if merged == target {
                        return true;
                    }
                }
            }
        }
        false
    }
}
