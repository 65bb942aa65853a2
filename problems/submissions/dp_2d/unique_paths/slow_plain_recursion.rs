pub struct Solution;

impl Solution {
    pub fn unique_paths(m: i32, n: i32) -> i32 {
        fn walk(r: i32, c: i32, m: i32, n: i32) -> i32 {
            if r == m - 1 && c == n - 1 {
                return 1;
            }
            let mut ways = 0;
            if r + 1 < m {
                ways += walk(r + 1, c, m, n);
            }
            if c + 1 < n {
                ways += walk(r, c + 1, m, n);
            }
            ways
        }
        walk(0, 0, m, n)
    }
}
