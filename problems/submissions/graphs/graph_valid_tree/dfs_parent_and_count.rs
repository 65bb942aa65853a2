use std::collections::{HashMap, HashSet};

pub struct Solution;

impl Solution {
    pub fn valid_tree(n: i32, edges: Vec<Vec<i32>>) -> bool {
        let mut adj: HashMap<i32, Vec<i32>> = HashMap::new();
        for e in &edges {
            adj.entry(e[0]).or_default().push(e[1]);
            adj.entry(e[1]).or_default().push(e[0]);
        }
        fn dfs(i: i32, prev: i32, adj: &HashMap<i32, Vec<i32>>, visit: &mut HashSet<i32>) -> bool {
            if visit.contains(&i) {
                return false;
            }
            visit.insert(i);
            if let Some(list) = adj.get(&i) {
                for &j in list {
                    if j == prev {
                        continue;
                    }
                    if !dfs(j, i, adj, visit) {
                        return false;
                    }
                }
            }
            true
        }
        let mut visit = HashSet::new();
        dfs(0, -1, &adj, &mut visit) && visit.len() == n as usize
    }
}
