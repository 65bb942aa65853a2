pub struct Solution;

impl Solution {
    pub fn valid_tree(n: i32, edges: Vec<Vec<i32>>) -> bool {
        let mut parent: Vec<usize> = (0..n as usize).collect();
        fn find(parent: &mut Vec<usize>, x: usize) -> usize {
            if parent[x] != x {
                parent[x] = find(parent, parent[x]);
            }
            parent[x]
        }
        // Bug: only looks for a cycle; a forest of two trees passes too.
        for e in &edges {
            let (a, b) = (find(&mut parent, e[0] as usize), find(&mut parent, e[1] as usize));
            if a == b {
                return false;
            }
            parent[a] = b;
        }
        true
    }
}
