pub struct Solution;

impl Solution {
    pub fn partition(s: String) -> Vec<Vec<String>> {
        let mut res = Vec::new();
        let mut part = Vec::new();
        Self::dfs(&s, 0, &mut part, &mut res);
        res
    }

    fn dfs(s: &str, i: usize, part: &mut Vec<String>, res: &mut Vec<Vec<String>>) {
        if i >= s.len() {
            res.push(part.clone());
            return;
        }
        for j in i..s.len() {
            if Self::is_pali(s.as_bytes(), i, j) {
                part.push(s[i..=j].to_string());
                Self::dfs(s, j + 1, part, res);
                part.pop();
            }
        }
    }

    fn is_pali(s: &[u8], mut l: usize, mut r: usize) -> bool {
        while l < r {
            if s[l] != s[r] {
                return false;
            }
            l += 1;
            r -= 1;
        }
        true
    }
}
