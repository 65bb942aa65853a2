impl Solution {
    pub fn min_meeting_rooms(intervals: Vec<Vec<i32>>) -> i32 {
        let mut start: Vec<i32> = intervals.iter().map(|i| i[0]).collect();
        let mut end: Vec<i32> = intervals.iter().map(|i| i[1]).collect();
        start.sort();
        end.sort();
        let (mut res, mut count) = (0, 0);
        let (mut s, mut e) = (0, 0);
        while s < intervals.len() {
            if start[s] < end[e] {
                s += 1;
                count += 1;
            } else {
                e += 1;
                count -= 1;
            }
            res = res.max(count);
        }
        res
    }
}
