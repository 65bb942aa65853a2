use std::collections::HashSet;

pub struct Solution;

impl Solution {
    pub fn can_finish(num_courses: i32, prerequisites: Vec<Vec<i32>>) -> bool {
        let n = num_courses as usize;
        let mut adj = vec![Vec::new(); n];
        for p in prerequisites {
            adj[p[0] as usize].push(p[1] as usize);
        }
        // Bug: one visited set for "on the path" and "already checked", so meeting a finished
        // course again (two courses sharing a prerequisite) looks like a cycle.
        fn dfs(u: usize, adj: &Vec<Vec<usize>>, visited: &mut HashSet<usize>) -> bool {
            if visited.contains(&u) {
                return false;
            }
            visited.insert(u);
            for &v in &adj[u] {
                if !dfs(v, adj, visited) {
                    return false;
                }
            }
            true
        }
        let mut visited = HashSet::new();
        for i in 0..n {
            if !visited.contains(&i) && !dfs(i, &adj, &mut visited) {
                return false;
            }
        }
        true
    }
}
