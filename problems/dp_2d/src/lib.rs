//! 2-D Dynamic Programming: one module per problem (reference, oracle, generators, checker); the words
//! are in problems/data/dp_2d/.
pub mod longest_common_subsequence;
pub mod unique_paths;
