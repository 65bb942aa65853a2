pub struct Solution;

impl Solution {
    pub fn network_delay_time(times: Vec<Vec<i32>>, n: i32, k: i32) -> i32 {
        let n = n as usize;
        let mut adj = vec![vec![]; n + 1];
        for t in &times {
            adj[t[0] as usize].push((t[1] as usize, t[2]));
        }
        let mut best = vec![i32::MAX; n + 1];
        let mut on_path = vec![false; n + 1];
        Self::dfs(k as usize, 0, &adj, &mut best, &mut on_path);
        let mut ans = 0;
        for i in 1..=n {
            if best[i] == i32::MAX {
                return -1;
            }
            ans = ans.max(best[i]);
        }
        ans
    }

    // Walks every simple path from k and keeps the fastest arrival seen at each node.
    fn dfs(u: usize, time: i32, adj: &Vec<Vec<(usize, i32)>>, best: &mut Vec<i32>, on_path: &mut Vec<bool>) {
        best[u] = best[u].min(time);
        on_path[u] = true;
        for &(v, w) in &adj[u] {
            if !on_path[v] {
                Self::dfs(v, time + w, adj, best, on_path);
            }
        }
        on_path[u] = false;
    }
}
