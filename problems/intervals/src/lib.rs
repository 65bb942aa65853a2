//! Intervals: sort the intervals by start (or sweep their endpoints in order), so that each one only
//! has to be compared with the last interval kept, or with the few still open.

pub mod insert_interval;
pub mod meeting_rooms;
pub mod meeting_rooms_ii;
pub mod merge_intervals;
pub mod minimum_interval_to_include_each_query;
pub mod non_overlapping_intervals;
