//! Linked List: rewire `next` links with a few cursors (prev/current for reversal, slow/fast for
//! the middle, a lead of n nodes for the nth from the end, a dummy node in front of the head).
//! Lists cross to the learner's process as their values; see `judge_engine::nodes`.

pub mod add_two_numbers;
pub mod copy_list_with_random_pointer;
pub mod find_the_duplicate_number;
pub mod linked_list_cycle;
pub mod lru_cache;
pub mod merge_k_sorted_lists;
pub mod merge_two_sorted_lists;
pub mod remove_nth_node_from_end_of_list;
pub mod reorder_list;
pub mod reverse_linked_list;
pub mod reverse_nodes_in_k_group;

use judge_engine::prelude::*;

/// Lists of up to `max_len` values in `low..=high`, shrinking towards short lists of small values.
pub(crate) fn values(low: i32, high: i32, max_len: usize) -> BoxedStrategy<Vec<i32>> {
    prop::collection::vec(low..=high, 0..=max_len).boxed()
}
