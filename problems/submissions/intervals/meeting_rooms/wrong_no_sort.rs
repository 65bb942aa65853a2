pub struct Solution;

impl Solution {
    pub fn can_attend_meetings(intervals: Vec<Vec<i32>>) -> bool {
        // Bug: without sorting, neighbours in the list are not neighbours in time.
        for i in 1..intervals.len() {
            let (a, b) = (&intervals[i - 1], &intervals[i]);
            if a[0] < b[1] && b[0] < a[1] {
                return false;
            }
        }
        true
    }
}
