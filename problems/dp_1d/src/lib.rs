//! 1-D Dynamic Programming: one module per problem (reference, oracle, generators, checker); the words
//! are in problems/data/dp_1d/.
pub mod climbing_stairs;
pub mod coin_change;
pub mod decode_ways;
pub mod house_robber;
pub mod house_robber_ii;
pub mod longest_increasing_subsequence;
pub mod longest_palindromic_substring;
pub mod maximum_product_subarray;
pub mod min_cost_climbing_stairs;
pub mod palindromic_substrings;
pub mod partition_equal_subset_sum;
pub mod word_break;
