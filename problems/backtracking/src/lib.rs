//! Backtracking: build an answer one choice at a time, undo the last choice when it cannot lead
//! anywhere, and prune branches as early as their failure can be seen. One module per problem
//! (reference, oracle, generators, checker); the words are in problems/data/backtracking/.

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

mod lists;

pub mod combination_sum;
pub mod combination_sum_ii;
pub mod letter_combinations_of_a_phone_number;
pub mod n_queens;
pub mod palindrome_partitioning;
pub mod permutations;
pub mod subsets;
pub mod subsets_ii;
pub mod word_search;
