pub struct Solution;

impl Solution {
    pub fn search_matrix(matrix: Vec<Vec<i32>>, target: i32) -> bool {
        for row in &matrix {
            for &value in row {
                if value == target {
                    return true;
                }
            }
        }
        false
    }
}
