pub struct Solution;

impl Solution {
    pub fn merge(intervals: Vec<Vec<i32>>) -> Vec<Vec<i32>> {
        let mut res: Vec<Vec<i32>> = Vec::new();
        for iv in intervals {
            let mut cur = iv;
            // Absorb every kept interval that overlaps the current one, until none does.
            while let Some(i) = res.iter().position(|r| r[0] <= cur[1] && cur[0] <= r[1]) {
                let other = res.swap_remove(i);
                cur = vec![cur[0].min(other[0]), cur[1].max(other[1])];
            }
            res.push(cur);
        }
        res.sort();
        res
    }
}
