pub struct Solution;

impl Solution {
    pub fn erase_overlap_intervals(mut intervals: Vec<Vec<i32>>) -> i32 {
        intervals.sort_by_key(|iv| iv[1]);
        let mut removed = 0;
        let mut prev_end = i32::MIN;
        for iv in &intervals {
            // Bug: an interval starting exactly at `prev_end` does not overlap.
            if iv[0] > prev_end {
                prev_end = iv[1];
            } else {
                removed += 1;
            }
        }
        removed
    }
}
