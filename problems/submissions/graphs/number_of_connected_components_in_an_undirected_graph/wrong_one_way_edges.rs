pub struct Solution;

impl Solution {
    pub fn count_components(n: i32, edges: Vec<Vec<i32>>) -> i32 {
        let n = n as usize;
        let mut adj = vec![vec![]; n];
        // Bug: each edge is stored one way only, so a search cannot walk it backwards.
        for e in &edges {
            adj[e[0] as usize].push(e[1] as usize);
        }
        fn dfs(node: usize, adj: &Vec<Vec<usize>>, seen: &mut Vec<bool>) {
            seen[node] = true;
            for &nei in &adj[node] {
                if !seen[nei] {
                    dfs(nei, adj, seen);
                }
            }
        }
        let mut seen = vec![false; n];
        let mut count = 0;
        for node in 0..n {
            if !seen[node] {
                dfs(node, &adj, &mut seen);
                count += 1;
            }
        }
        count
    }
}
