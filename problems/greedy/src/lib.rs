//! Greedy: one module per problem (reference, oracle, generators, checker); the words are in
//! problems/data/greedy/.
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

pub mod gas_station;
pub mod hand_of_straights;
pub mod jump_game;
pub mod jump_game_ii;
pub mod maximum_subarray;
pub mod merge_triplets_to_form_target_triplet;
pub mod partition_labels;
pub mod valid_parenthesis_string;
