pub struct Solution;

impl Solution {
    pub fn set_zeroes(matrix: &mut Vec<Vec<i32>>) {
        // for every zero of the original, zero its whole row and column: O(m·n·(m + n))
        let original = matrix.clone();
        let (m, n) = (matrix.len(), matrix[0].len());
        for i in 0..m {
            for j in 0..n {
                if original[i][j] == 0 {
                    for k in 0..n {
                        matrix[i][k] = 0;
                    }
                    for k in 0..m {
                        matrix[k][j] = 0;
                    }
                }
            }
        }
    }
}
