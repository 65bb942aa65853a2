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

pub mod detect_squares;
pub mod happy_number;
pub mod multiply_strings;
pub mod plus_one;
pub mod powx_n;
pub mod rotate_image;
pub mod set_matrix_zeroes;
pub mod spiral_matrix;
