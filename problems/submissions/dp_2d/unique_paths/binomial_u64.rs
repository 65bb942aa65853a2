pub struct Solution;

impl Solution {
    pub fn unique_paths(m: i32, n: i32) -> i32 {
        // choose which of the m + n - 2 moves go down
        let total = (m + n - 2) as u64;
        let k = (m.min(n) - 1) as u64;
        let mut res: u64 = 1;
        for i in 1..=k {
            res = res * (total - k + i) / i;
        }
        res as i32
    }
}
