//! Two Pointers: two indices that move towards each other (or together) over a sequence, each step
//! discarding candidates that cannot be the answer.

pub mod container_with_most_water;
pub mod three_sum;
pub mod trapping_rain_water;
pub mod two_sum_ii_input_array_is_sorted;
pub mod valid_palindrome;
