pub struct Solution;

impl Solution {
    pub fn erase_overlap_intervals(mut intervals: Vec<Vec<i32>>) -> i32 {
        intervals.sort_unstable();
        let mut removed = 0;
        let mut end = intervals[0][1];
        for iv in &intervals[1..] {
            if iv[0] >= end {
                end = iv[1];
            } else {
                removed += 1;
                end = end.min(iv[1]);
            }
        }
        removed
    }
}
