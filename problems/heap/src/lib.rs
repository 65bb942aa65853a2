//! Heap / Priority Queue: a binary heap keeps the current largest (or smallest) item at hand in
//! O(1) and inserts or removes it in O(log n), for the k best items or a changing collection.

pub mod design_twitter;
pub mod find_median_from_data_stream;
pub mod k_closest_points_to_origin;
pub mod kth_largest_element_in_a_stream;
pub mod kth_largest_element_in_an_array;
pub mod last_stone_weight;
pub mod task_scheduler;

use judge_engine::Gen;

/// Fisher-Yates with the stress generator, for families that need a random order.
fn shuffle<T>(items: &mut [T], gen: &mut Gen) {
    for i in (1..items.len()).rev() {
        let j = gen.index(i + 1);
        items.swap(i, j);
    }
}
