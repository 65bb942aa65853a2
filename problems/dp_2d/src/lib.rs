//! 2-D Dynamic Programming: one module per problem (reference, oracle, generators, checker); the words
//! are in problems/data/dp_2d/.
pub mod best_time_to_buy_and_sell_stock_with_cooldown;
pub mod burst_balloons;
pub mod coin_change_ii;
pub mod distinct_subsequences;
pub mod edit_distance;
pub mod interleaving_string;
pub mod longest_common_subsequence;
pub mod longest_increasing_path_in_a_matrix;
pub mod regular_expression_matching;
pub mod target_sum;
pub mod unique_paths;
