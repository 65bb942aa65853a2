pub struct Solution;

impl Solution {
    pub fn insert(mut intervals: Vec<Vec<i32>>, new_interval: Vec<i32>) -> Vec<Vec<i32>> {
        let pos = intervals
            .iter()
            .position(|iv| iv[0] > new_interval[0])
            .unwrap_or(intervals.len());
        intervals.insert(pos, new_interval);
        // Merge with the one before, if it overlaps.
        let mut i = pos;
        if i > 0 && intervals[i - 1][1] >= intervals[i][0] {
            let cur = intervals.remove(i);
            intervals[i - 1][1] = intervals[i - 1][1].max(cur[1]);
            i -= 1;
        }
        // Absorb the ones after it, one removal at a time.
        while i + 1 < intervals.len() && intervals[i + 1][0] <= intervals[i][1] {
            let next = intervals.remove(i + 1);
            intervals[i][1] = intervals[i][1].max(next[1]);
        }
        intervals
    }
}
