pub struct Solution;

impl Solution {
    pub fn partition(s: String) -> Vec<Vec<String>> {
        let n = s.len();
        let mut res = Vec::new();
        // each of the n - 1 gaps is cut or not: try all 2^(n-1) ways, keep the all-palindrome ones
        for mask in 0..(1u32 << (n - 1)) {
            let mut parts = Vec::new();
            let mut start = 0;
            for i in 0..n {
                if i == n - 1 || mask & (1 << i) != 0 {
                    parts.push(s[start..=i].to_string());
                    start = i + 1;
                }
            }
            if parts.iter().all(|p| p.chars().eq(p.chars().rev())) {
                res.push(parts);
            }
        }
        res
    }
}
