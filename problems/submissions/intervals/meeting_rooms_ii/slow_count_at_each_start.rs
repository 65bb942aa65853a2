pub struct Solution;

impl Solution {
    pub fn min_meeting_rooms(intervals: Vec<Vec<i32>>) -> i32 {
        let mut best = 0;
        for a in &intervals {
            let busy = intervals
                .iter()
                .filter(|b| b[0] <= a[0] && a[0] < b[1])
                .count();
            best = best.max(busy);
        }
        best as i32
    }
}
