use std::cmp::Reverse;
use std::collections::BinaryHeap;

pub struct Solution;

impl Solution {
    pub fn min_meeting_rooms(intervals: Vec<Vec<i32>>) -> i32 {
        // Bug: the meetings must be taken in order of their start.
        let mut ends: BinaryHeap<Reverse<i32>> = BinaryHeap::new();
        for m in &intervals {
            if let Some(&Reverse(earliest)) = ends.peek() {
                if earliest <= m[0] {
                    ends.pop();
                }
            }
            ends.push(Reverse(m[1]));
        }
        ends.len() as i32
    }
}
