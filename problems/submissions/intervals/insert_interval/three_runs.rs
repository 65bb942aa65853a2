impl Solution {
    pub fn insert(intervals: Vec<Vec<i32>>, new_interval: Vec<i32>) -> Vec<Vec<i32>> {
        let n = intervals.len();
        let mut res = Vec::new();
        let mut i = 0;
        while i < n && intervals[i][1] < new_interval[0] {
            res.push(intervals[i].clone());
            i += 1;
        }
        let mut cur = new_interval;
        while i < n && intervals[i][0] <= cur[1] {
            cur[0] = cur[0].min(intervals[i][0]);
            cur[1] = cur[1].max(intervals[i][1]);
            i += 1;
        }
        res.push(cur);
        while i < n {
            res.push(intervals[i].clone());
            i += 1;
        }
        res
    }
}
