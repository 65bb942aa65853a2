pub struct Solution;

impl Solution {
    pub fn find_cheapest_price(n: i32, flights: Vec<Vec<i32>>, src: i32, dst: i32, k: i32) -> i32 {
        let mut adj = vec![vec![]; n as usize];
        for f in &flights {
            adj[f[0] as usize].push((f[1] as usize, f[2]));
        }
        let mut best = i32::MAX;
        Self::dfs(src as usize, dst as usize, k + 1, 0, &adj, &mut best);
        if best == i32::MAX { -1 } else { best }
    }

    // Tries every route of at most `left` more flights.
    fn dfs(node: usize, dst: usize, left: i32, cost: i32, adj: &Vec<Vec<(usize, i32)>>, best: &mut i32) {
        if node == dst {
            *best = (*best).min(cost);
            return;
        }
        if left == 0 {
            return;
        }
        for &(next, price) in &adj[node] {
            Self::dfs(next, dst, left - 1, cost + price, adj, best);
        }
    }
}
