pub struct Solution;

impl Solution {
    pub fn set_zeroes(matrix: &mut Vec<Vec<i32>>) {
        // zeroes the row and column as soon as a zero is seen: the new zeros are found later in
        // the same scan and spread further
        let (m, n) = (matrix.len(), matrix[0].len());
        for i in 0..m {
            for j in 0..n {
                if matrix[i][j] == 0 {
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
