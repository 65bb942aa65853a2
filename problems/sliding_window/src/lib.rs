//! Sliding Window: a contiguous range that grows on the right and shrinks on the left.

pub mod best_time_to_buy_and_sell_stock;
pub mod longest_repeating_character_replacement;
pub mod longest_substring_without_repeating_characters;
pub mod minimum_window_substring;
pub mod permutation_in_string;
pub mod sliding_window_maximum;
