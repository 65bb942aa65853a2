pub struct Solution;

impl Solution {
    pub fn partition(s: String) -> Vec<Vec<String>> {
        let mut res = Vec::new();
        let mut part = Vec::new();
        Self::dfs(&s, 0, &mut part, &mut res);
        res
    }

    fn dfs(s: &str, i: usize, part: &mut Vec<String>, res: &mut Vec<Vec<String>>) {
        if i == s.len() {
            res.push(part.clone());
            return;
        }
        for j in i + 1..=s.len() {
            let sub = &s[i..j];
            if sub.chars().eq(sub.chars().rev()) {
                // the part stays in the path after the recursive call returns
                part.push(sub.to_string());
                Self::dfs(s, j, part, res);
            }
        }
    }
}
