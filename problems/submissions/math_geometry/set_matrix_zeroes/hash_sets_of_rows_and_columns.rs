use std::collections::HashSet;

impl Solution {
    pub fn set_zeroes(matrix: &mut Vec<Vec<i32>>) {
        let mut rows = HashSet::new();
        let mut cols = HashSet::new();
        for i in 0..matrix.len() {
            for j in 0..matrix[0].len() {
                if matrix[i][j] == 0 {
                    rows.insert(i);
                    cols.insert(j);
                }
            }
        }
        for i in 0..matrix.len() {
            for j in 0..matrix[0].len() {
                if rows.contains(&i) || cols.contains(&j) {
                    matrix[i][j] = 0;
                }
            }
        }
    }
}
