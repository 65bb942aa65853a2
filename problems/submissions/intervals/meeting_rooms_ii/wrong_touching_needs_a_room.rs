pub struct Solution;

impl Solution {
    pub fn min_meeting_rooms(intervals: Vec<Vec<i32>>) -> i32 {
        let mut starts: Vec<i32> = intervals.iter().map(|m| m[0]).collect();
        let mut ends: Vec<i32> = intervals.iter().map(|m| m[1]).collect();
        starts.sort_unstable();
        ends.sort_unstable();
        let mut rooms = 0;
        let mut e = 0;
        for s in starts {
            // Bug: a room freed at time `s` is free for a meeting starting at `s`.
            if s <= ends[e] {
                rooms += 1;
            } else {
                e += 1;
            }
        }
        rooms
    }
}
