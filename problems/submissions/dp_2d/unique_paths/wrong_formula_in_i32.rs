pub struct Solution;

impl Solution {
    pub fn unique_paths(m: i32, n: i32) -> i32 {
        // C(m + n - 2, k) with k the shorter side minus one
        let k = m.min(n) - 1;
        let rest = m.max(n) - 1;
        let mut res = 1;
        for i in 1..=k {
            res = res * (rest + i) / i;
        }
        res
    }
}
