use std::collections::HashSet;

pub struct Solution;

impl Solution {
    pub fn set_zeroes(matrix: &mut Vec<Vec<i32>>) {
        // O(m·n) extra space when most cells are zero: every zero's position is kept
        let mut zeros = Vec::new();
        for (i, row) in matrix.iter().enumerate() {
            for (j, &v) in row.iter().enumerate() {
                if v == 0 {
                    zeros.push((i, j));
                }
            }
        }
        let rows: HashSet<usize> = zeros.iter().map(|&(i, _)| i).collect();
        let cols: HashSet<usize> = zeros.iter().map(|&(_, j)| j).collect();
        for (i, row) in matrix.iter_mut().enumerate() {
            for (j, v) in row.iter_mut().enumerate() {
                if rows.contains(&i) || cols.contains(&j) {
                    *v = 0;
                }
            }
        }
    }
}
