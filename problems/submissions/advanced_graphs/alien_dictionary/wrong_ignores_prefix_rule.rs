use std::collections::{HashMap, HashSet, VecDeque};

pub struct Solution;

impl Solution {
    pub fn alien_order(words: Vec<String>) -> String {
        let mut adj: HashMap<char, HashSet<char>> = HashMap::new();
        let mut indegree: HashMap<char, usize> = HashMap::new();
        for w in &words {
            for c in w.chars() {
                adj.entry(c).or_default();
                indegree.entry(c).or_insert(0);
            }
        }
        // Takes the first differing letter of each pair, but never checks for a longer word
        // followed by its own prefix ("abc" before "ab").
        for pair in words.windows(2) {
            for (a, b) in pair[0].chars().zip(pair[1].chars()) {
                if a != b {
                    if adj.get_mut(&a).unwrap().insert(b) {
                        *indegree.get_mut(&b).unwrap() += 1;
                    }
                    break;
                }
            }
        }
        let mut q: VecDeque<char> = indegree.iter().filter(|(_, &d)| d == 0).map(|(&c, _)| c).collect();
        let mut res = String::new();
        while let Some(c) = q.pop_front() {
            res.push(c);
            for &nei in &adj[&c] {
                let d = indegree.get_mut(&nei).unwrap();
                *d -= 1;
                if *d == 0 {
                    q.push_back(nei);
                }
            }
        }
        if res.len() != indegree.len() { String::new() } else { res }
    }
}
