pub struct Solution;

impl Solution {
    pub fn can_attend_meetings(mut intervals: Vec<Vec<i32>>) -> bool {
        intervals.sort_unstable_by_key(|m| m[1]);
        let mut free_at = i32::MIN;
        for m in &intervals {
            if m[0] < free_at {
                return false;
            }
            free_at = m[1];
        }
        true
    }
}
