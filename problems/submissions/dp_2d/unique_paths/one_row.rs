impl Solution {
    pub fn unique_paths(m: i32, n: i32) -> i32 {
        let mut row = vec![1; n as usize];
        for _ in 1..m {
            for j in 1..n as usize {
                row[j] += row[j - 1];
            }
        }
        row[n as usize - 1]
    }
}
