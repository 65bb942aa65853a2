use std::collections::{HashMap, HashSet};

pub struct Solution;

impl Solution {
    pub fn alien_order(words: Vec<String>) -> String {
        let mut adj: HashMap<u8, HashSet<u8>> = HashMap::new();
        for w in &words {
            for c in w.bytes() {
                adj.entry(c).or_default();
            }
        }
        for i in 0..words.len() - 1 {
            let (w1, w2) = (words[i].as_bytes(), words[i + 1].as_bytes());
            let min_len = w1.len().min(w2.len());
            if w1.len() > w2.len() && w1[..min_len] == w2[..min_len] {
                return String::new();
            }
            for j in 0..min_len {
                if w1[j] != w2[j] {
                    adj.get_mut(&w1[j]).unwrap().insert(w2[j]);
                    break;
                }
            }
        }
        // visit: false = on the current path, true = finished
        let mut visit: HashMap<u8, bool> = HashMap::new();
        let mut res = Vec::new();
        let mut keys: Vec<u8> = adj.keys().copied().collect();
        keys.sort();
        for c in keys {
            if Self::dfs(c, &adj, &mut visit, &mut res) {
                return String::new();
            }
        }
        res.reverse();
        String::from_utf8(res).unwrap()
    }

    // Returns true when a cycle is found.
    fn dfs(c: u8, adj: &HashMap<u8, HashSet<u8>>, visit: &mut HashMap<u8, bool>, res: &mut Vec<u8>) -> bool {
        if let Some(&done) = visit.get(&c) {
            return !done;
        }
        visit.insert(c, false);
        for &nei in &adj[&c] {
            if Self::dfs(nei, adj, visit, res) {
                return true;
            }
        }
        visit.insert(c, true);
        res.push(c);
        false
    }
}
