//! Binary Search: halve a sorted range (or a monotone answer space) at every step, so that each question costs O(log n).

// The problem shares the pattern's name: problems::binary_search::binary_search.
#[allow(clippy::module_inception)]
pub mod binary_search;
pub mod find_minimum_in_rotated_sorted_array;
pub mod koko_eating_bananas;
pub mod median_of_two_sorted_arrays;
pub mod search_a_2d_matrix;
pub mod search_in_rotated_sorted_array;
pub mod time_based_key_value_store;
