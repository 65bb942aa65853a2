use std::collections::{HashMap, HashSet, VecDeque};

pub struct Solution;

impl Solution {
    pub fn alien_order(words: Vec<String>) -> String {
        // Builds the graph only from the letters that appear in some constraint, so a letter
        // that no pair of words orders is left out of the answer.
        let mut adj: HashMap<char, HashSet<char>> = HashMap::new();
        let mut indegree: HashMap<char, usize> = HashMap::new();
        for pair in words.windows(2) {
            let (w1, w2): (Vec<char>, Vec<char>) = (pair[0].chars().collect(), pair[1].chars().collect());
            let min_len = w1.len().min(w2.len());
            if w1.len() > w2.len() && w1[..min_len] == w2[..min_len] {
                return String::new();
            }
            for j in 0..min_len {
                if w1[j] != w2[j] {
                    indegree.entry(w1[j]).or_insert(0);
                    indegree.entry(w2[j]).or_insert(0);
                    if adj.entry(w1[j]).or_default().insert(w2[j]) {
                        *indegree.get_mut(&w2[j]).unwrap() += 1;
                    }
                    break;
                }
            }
        }
        let mut q: VecDeque<char> = indegree.iter().filter(|(_, &d)| d == 0).map(|(&c, _)| c).collect();
        let mut res = String::new();
        while let Some(c) = q.pop_front() {
            res.push(c);
            if let Some(next) = adj.get(&c) {
                for &nei in next {
                    let d = indegree.get_mut(&nei).unwrap();
                    *d -= 1;
                    if *d == 0 {
                        q.push_back(nei);
                    }
                }
            }
        }
        if res.len() != indegree.len() { String::new() } else { res }
    }
}
