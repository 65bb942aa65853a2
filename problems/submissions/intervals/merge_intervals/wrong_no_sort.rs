pub struct Solution;

impl Solution {
    pub fn merge(intervals: Vec<Vec<i32>>) -> Vec<Vec<i32>> {
        // Bug: neighbours in the input are not neighbours on the line unless sorted.
        let mut res: Vec<Vec<i32>> = Vec::new();
        for iv in intervals {
            match res.last_mut() {
                Some(last) if iv[0] <= last[1] && iv[1] >= last[0] => {
                    last[0] = last[0].min(iv[0]);
                    last[1] = last[1].max(iv[1]);
                }
                _ => res.push(iv),
            }
        }
        res
    }
}
