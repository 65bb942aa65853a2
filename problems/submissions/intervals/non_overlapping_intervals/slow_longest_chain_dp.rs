pub struct Solution;

impl Solution {
    pub fn erase_overlap_intervals(mut intervals: Vec<Vec<i32>>) -> i32 {
        intervals.sort();
        let n = intervals.len();
        // dp[i]: the most disjoint intervals in a chain that ends with interval i.
        let mut dp = vec![1; n];
        for i in 1..n {
            for j in 0..i {
                if intervals[j][1] <= intervals[i][0] {
                    dp[i] = dp[i].max(dp[j] + 1);
                }
            }
        }
        n as i32 - dp.into_iter().max().unwrap()
    }
}
