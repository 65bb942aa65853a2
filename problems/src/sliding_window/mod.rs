//! Sliding Window: a contiguous range that grows on the right and shrinks on the left.

pub mod sliding_window_maximum;
