pub struct Solution;

impl Solution {
    pub fn merge(mut intervals: Vec<Vec<i32>>) -> Vec<Vec<i32>> {
        intervals.sort_unstable();
        let mut kept = 0;
        for i in 1..intervals.len() {
            if intervals[i][0] <= intervals[kept][1] {
                intervals[kept][1] = intervals[kept][1].max(intervals[i][1]);
            } else {
                kept += 1;
                intervals.swap(kept, i);
            }
        }
        intervals.truncate(kept + 1);
        intervals
    }
}
