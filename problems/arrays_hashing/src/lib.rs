//! Arrays & Hashing: one pass over the data with a hash set or map (or a fixed-size count array)
//! that remembers what has been seen, so that each question about the past costs O(1).

pub mod contains_duplicate;
pub mod encode_and_decode_strings;
pub mod group_anagrams;
pub mod longest_consecutive_sequence;
pub mod product_of_array_except_self;
pub mod top_k_frequent_elements;
pub mod two_sum;
pub mod valid_anagram;
pub mod valid_sudoku;

use judge_engine::Gen;

/// Fisher-Yates with the stress generator, for families that need a random order.
fn shuffle<T>(items: &mut [T], gen: &mut Gen) {
    for i in (1..items.len()).rev() {
        let j = gen.index(i + 1);
        items.swap(i, j);
    }
}
