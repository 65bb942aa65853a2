use std::collections::HashSet;

pub struct Solution;

impl Solution {
    pub fn find_redundant_connection(edges: Vec<Vec<i32>>) -> Vec<i32> {
        // find the cycle once with a DFS, then return the cycle edge that comes last in the input
        let n = edges.len();
        let mut adj = vec![vec![]; n + 1];
        for e in &edges {
            adj[e[0] as usize].push(e[1] as usize);
            adj[e[1] as usize].push(e[0] as usize);
        }
        fn dfs(u: usize, parent: usize, adj: &Vec<Vec<usize>>, visit: &mut Vec<bool>, path: &mut Vec<usize>) -> Option<usize> {
            visit[u] = true;
            path.push(u);
            for &v in &adj[u] {
                if v == parent {
                    continue;
                }
                if visit[v] {
                    return Some(v);
                }
                if let Some(start) = dfs(v, u, adj, visit, path) {
                    return Some(start);
                }
            }
            path.pop();
            None
        }
        let mut visit = vec![false; n + 1];
        let mut path = vec![];
        let start = dfs(1, 0, &adj, &mut visit, &mut path).unwrap();
        let from = path.iter().position(|&x| x == start).unwrap();
        let cycle: HashSet<usize> = path[from..].iter().cloned().collect();
        for e in edges.iter().rev() {
            if cycle.contains(&(e[0] as usize)) && cycle.contains(&(e[1] as usize)) {
                return e.clone();
            }
        }
        vec![]
    }
}
