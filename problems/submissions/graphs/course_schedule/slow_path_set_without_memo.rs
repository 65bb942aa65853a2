use std::collections::HashSet;

pub struct Solution;

impl Solution {
    pub fn can_finish(num_courses: i32, prerequisites: Vec<Vec<i32>>) -> bool {
        let n = num_courses as usize;
        let mut adj = vec![Vec::new(); n];
        for p in &prerequisites {
            adj[p[0] as usize].push(p[1] as usize);
        }
        // the courses on the current path; a course met again on the path closes a cycle
        fn dfs(u: usize, adj: &Vec<Vec<usize>>, path: &mut HashSet<usize>) -> bool {
            if path.contains(&u) {
                return false;
            }
            path.insert(u);
            for &v in &adj[u] {
                if !dfs(v, adj, path) {
                    return false;
                }
            }
            path.remove(&u);
            true
        }
        let mut path = HashSet::new();
        for i in 0..n {
            if !dfs(i, &adj, &mut path) {
                return false;
            }
        }
        true
    }
}
