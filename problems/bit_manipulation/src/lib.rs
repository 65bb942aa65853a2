//! Bit Manipulation: one module per problem (reference, oracle, generators, checker); the words
//! are in problems/data/bit_manipulation/.
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

pub mod counting_bits;
pub mod missing_number;
pub mod number_of_1_bits;
pub mod reverse_bits;
pub mod reverse_integer;
pub mod single_number;
pub mod sum_of_two_integers;
