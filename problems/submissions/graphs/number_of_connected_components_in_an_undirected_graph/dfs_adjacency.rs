pub struct Solution;

impl Solution {
    pub fn count_components(n: i32, edges: Vec<Vec<i32>>) -> i32 {
        let n = n as usize;
        let mut adj = vec![vec![]; n];
        for e in &edges {
            adj[e[0] as usize].push(e[1] as usize);
            adj[e[1] as usize].push(e[0] as usize);
        }
        fn dfs(node: usize, adj: &Vec<Vec<usize>>, visit: &mut Vec<bool>) {
            for &nei in &adj[node] {
                if !visit[nei] {
                    visit[nei] = true;
                    dfs(nei, adj, visit);
                }
            }
        }
        let mut visit = vec![false; n];
        let mut res = 0;
        for node in 0..n {
            if !visit[node] {
                visit[node] = true;
                dfs(node, &adj, &mut visit);
                res += 1;
            }
        }
        res
    }
}
