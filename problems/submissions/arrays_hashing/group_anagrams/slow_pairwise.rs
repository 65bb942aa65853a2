pub struct Solution;

impl Solution {
    pub fn group_anagrams(strs: Vec<String>) -> Vec<Vec<String>> {
        fn sorted(s: &str) -> Vec<char> {
            let mut letters: Vec<char> = s.chars().collect();
            letters.sort();
            letters
        }
        let mut used = vec![false; strs.len()];
        let mut groups = Vec::new();
        for i in 0..strs.len() {
            if used[i] {
                continue;
            }
            used[i] = true;
            let mut group = vec![strs[i].clone()];
            for j in i + 1..strs.len() {
                if !used[j] && sorted(&strs[i]) == sorted(&strs[j]) {
                    used[j] = true;
                    group.push(strs[j].clone());
                }
            }
            groups.push(group);
        }
        groups
    }
}
