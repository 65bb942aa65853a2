use std::collections::VecDeque;

pub struct Solution;

impl Solution {
    pub fn find_order(num_courses: i32, prerequisites: Vec<Vec<i32>>) -> Vec<i32> {
        let n = num_courses as usize;
        let mut graph = vec![vec![]; n];
        let mut indegree = vec![0; n];
        // Bug: [a, b] read as "a comes before b", so the order comes out backwards.
        for p in &prerequisites {
            graph[p[0] as usize].push(p[1] as usize);
            indegree[p[1] as usize] += 1;
        }
        let mut q: VecDeque<usize> = (0..n).filter(|&i| indegree[i] == 0).collect();
        let mut res = Vec::new();
        while let Some(cur) = q.pop_front() {
            res.push(cur as i32);
            for &next in &graph[cur] {
                indegree[next] -= 1;
                if indegree[next] == 0 {
                    q.push_back(next);
                }
            }
        }
        if res.len() == n { res } else { vec![] }
    }
}
