impl Solution {
    pub fn erase_overlap_intervals(mut intervals: Vec<Vec<i32>>) -> i32 {
        intervals.sort_by(|a, b| a[1].cmp(&b[1]));
        let mut count = 0;
        let mut prev_end = intervals[0][1];
        for i in 1..intervals.len() {
            if intervals[i][0] < prev_end {
                count += 1;
            } else {
                prev_end = intervals[i][1];
            }
        }
        count
    }
}
