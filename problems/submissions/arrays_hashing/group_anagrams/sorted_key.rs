use std::collections::HashMap;

pub struct Solution;

impl Solution {
    pub fn group_anagrams(strs: Vec<String>) -> Vec<Vec<String>> {
        let mut groups: HashMap<String, Vec<String>> = HashMap::new();
        for s in strs {
            let mut letters: Vec<char> = s.chars().collect();
            letters.sort();
            let key: String = letters.into_iter().collect();
            groups.entry(key).or_insert_with(Vec::new).push(s);
        }
        groups.into_values().collect()
    }
}
