use std::collections::HashMap;

pub struct Solution;

impl Solution {
    pub fn group_anagrams(strs: Vec<String>) -> Vec<Vec<String>> {
        let mut groups: HashMap<u32, Vec<String>> = HashMap::new();
        for s in strs {
            let key: u32 = s.bytes().map(|b| b as u32).sum();
            groups.entry(key).or_default().push(s);
        }
        groups.into_values().collect()
    }
}
