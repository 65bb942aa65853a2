pub struct Solution;

impl Solution {
    pub fn count_substrings(s: String) -> i32 {
        fn is_pal(s: &[u8], i: usize, j: usize) -> bool {
            i >= j || (s[i] == s[j] && is_pal(s, i + 1, j - 1))
        }
        // palindromes inside s[i..=j]: those inside s[i+1..=j] and s[i..j], minus the ones counted
        // twice (inside s[i+1..j]), plus s[i..=j] itself
        fn count(s: &[u8], i: usize, j: usize) -> i32 {
            if i > j {
                return 0;
            }
            if i == j {
                return 1;
            }
            let inner = if i + 1 <= j - 1 { count(s, i + 1, j - 1) } else { 0 };
            count(s, i + 1, j) + count(s, i, j - 1) - inner + is_pal(s, i, j) as i32
        }
        count(s.as_bytes(), 0, s.len() - 1)
    }
}
