//! Math & Geometry: one module per problem (reference, oracle, generators, checker); the words are
//! in problems/data/math_geometry/.

/// A declared submission, compiled into a test module so that a test can call its `Solution`.
#[cfg(test)]
macro_rules! submission {
    ($name:ident, $path:literal) => {
        #[allow(clippy::all, unused)]
        mod $name {
            include!($path);
        }
    };
}

#[cfg(test)]
use judge_engine::testing::strategy_refutes;

/// Where a matrix changed in place differs from the expected one, for a learner: the first
/// differing cell by row and column and how many differ ("row 2, column 0: expected 0, got 5 (3
/// cells differ)"), or the row or column counts when the shape changed.
pub fn matrix_difference(expected: &[Vec<i32>], got: &[Vec<i32>]) -> judge_engine::Checked {
    if expected.len() != got.len() {
        return Err(format!(
            "the matrix has {} rows after the call, expected {}",
            got.len(),
            expected.len()
        ));
    }
    for (r, (want, have)) in expected.iter().zip(got).enumerate() {
        if want.len() != have.len() {
            return Err(format!(
                "row {r} has {} values after the call, expected {}",
                have.len(),
                want.len()
            ));
        }
    }
    let mut differ = expected
        .iter()
        .zip(got)
        .enumerate()
        .flat_map(|(r, (want, have))| {
            want.iter()
                .zip(have)
                .enumerate()
                .filter(|(_, (w, h))| w != h)
                .map(move |(c, (w, h))| (r, c, *w, *h))
        });
    let Some((r, c, want, have)) = differ.next() else {
        return Ok(());
    };
    let count = 1 + differ.count();
    let cells = if count == 1 {
        "cell differs"
    } else {
        "cells differ"
    };
    Err(format!(
        "row {r}, column {c}: expected {want}, got {have} ({count} {cells})"
    ))
}

#[cfg(test)]
mod tests {
    use super::matrix_difference;

    #[test]
    fn matrix_differences_are_named_by_row_and_column() {
        let expected = vec![vec![1, 2], vec![3, 4], vec![0, 0]];
        assert_eq!(matrix_difference(&expected, &expected), Ok(()));
        let got = vec![vec![1, 2], vec![3, 4], vec![5, 0]];
        assert_eq!(
            matrix_difference(&expected, &got).unwrap_err(),
            "row 2, column 0: expected 0, got 5 (1 cell differs)"
        );
        let got = vec![vec![1, 9], vec![3, 4], vec![5, 6]];
        assert_eq!(
            matrix_difference(&expected, &got).unwrap_err(),
            "row 0, column 1: expected 2, got 9 (3 cells differ)"
        );
        let why = matrix_difference(&expected, &got[..2]).unwrap_err();
        assert_eq!(why, "the matrix has 2 rows after the call, expected 3");
        let why = matrix_difference(&expected, &[vec![1, 2], vec![3], vec![0, 0]]).unwrap_err();
        assert_eq!(why, "row 1 has 1 values after the call, expected 2");
    }
}

pub mod detect_squares;
pub mod happy_number;
pub mod multiply_strings;
pub mod plus_one;
pub mod powx_n;
pub mod rotate_image;
pub mod set_matrix_zeroes;
pub mod spiral_matrix;
