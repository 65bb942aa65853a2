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
        // Compares every pair of words, not only neighbours: O(n² · L).
        for i in 0..words.len() {
            for j in i + 1..words.len() {
                let w1: Vec<char> = words[i].chars().collect();
                let w2: Vec<char> = words[j].chars().collect();
                let min_len = w1.len().min(w2.len());
                if w1.len() > w2.len() && w1[..min_len] == w2[..min_len] {
                    return String::new();
                }
                for k in 0..min_len {
                    if w1[k] != w2[k] {
                        if adj.get_mut(&w1[k]).unwrap().insert(w2[k]) {
                            *indegree.get_mut(&w2[k]).unwrap() += 1;
                        }
                        break;
                    }
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
