pub struct Solution;

impl Solution {
    pub fn can_attend_meetings(intervals: Vec<Vec<i32>>) -> bool {
        for i in 0..intervals.len() {
            for j in i + 1..intervals.len() {
                if intervals[i][0] < intervals[j][1] && intervals[j][0] < intervals[i][1] {
                    return false;
                }
            }
        }
        true
    }
}
