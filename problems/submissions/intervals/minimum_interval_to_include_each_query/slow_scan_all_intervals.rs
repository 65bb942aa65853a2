pub struct Solution;

impl Solution {
    pub fn min_interval(intervals: Vec<Vec<i32>>, queries: Vec<i32>) -> Vec<i32> {
        queries
            .iter()
            .map(|&q| {
                intervals
                    .iter()
                    .filter(|iv| iv[0] <= q && q <= iv[1])
                    .map(|iv| iv[1] - iv[0] + 1)
                    .min()
                    .unwrap_or(-1)
            })
            .collect()
    }
}
