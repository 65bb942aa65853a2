use std::collections::VecDeque;

pub struct Solution;

impl Solution {
    pub fn valid_tree(n: i32, edges: Vec<Vec<i32>>) -> bool {
        let n = n as usize;
        let mut adj = vec![vec![]; n];
        for e in &edges {
            adj[e[0] as usize].push(e[1] as usize);
            adj[e[1] as usize].push(e[0] as usize);
        }
        // Bug: checks that every node is reached, but never that there is no cycle
        // (edges.len() == n - 1).
        let mut seen = vec![false; n];
        seen[0] = true;
        let mut q = VecDeque::from([0]);
        let mut count = 1;
        while let Some(v) = q.pop_front() {
            for &w in &adj[v] {
                if !seen[w] {
                    seen[w] = true;
                    count += 1;
                    q.push_back(w);
                }
            }
        }
        count == n
    }
}
