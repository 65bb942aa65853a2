pub struct Solution;

impl Solution {
    pub fn can_finish(num_courses: i32, prerequisites: Vec<Vec<i32>>) -> bool {
        // 0 = unvisited, 1 = on the current path, 2 = done
        fn has_cycle(u: usize, adj: &Vec<Vec<usize>>, state: &mut Vec<u8>) -> bool {
            if state[u] == 1 {
                return true;
            }
            if state[u] == 2 {
                return false;
            }
            state[u] = 1;
            for &v in &adj[u] {
                if has_cycle(v, adj, state) {
                    return true;
                }
            }
            state[u] = 2;
            false
        }

        let n = num_courses as usize;
        let mut adj = vec![Vec::new(); n];
        for p in prerequisites {
            adj[p[0] as usize].push(p[1] as usize);
        }
        let mut state = vec![0u8; n];
        for i in 0..n {
            if has_cycle(i, &adj, &mut state) {
                return false;
            }
        }
        true
    }
}
