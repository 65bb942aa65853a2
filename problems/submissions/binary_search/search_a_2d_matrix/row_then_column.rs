pub struct Solution;

impl Solution {
    pub fn search_matrix(matrix: Vec<Vec<i32>>, target: i32) -> bool {
        // First the last row whose first value is <= target, then that row.
        let (mut top, mut bottom) = (0, matrix.len());
        while top < bottom {
            let mid = (top + bottom) / 2;
            if matrix[mid][0] <= target {
                top = mid + 1;
            } else {
                bottom = mid;
            }
        }
        if top == 0 {
            return false;
        }
        matrix[top - 1].binary_search(&target).is_ok()
    }
}
