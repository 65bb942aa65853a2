pub struct Solution;

impl Solution {
    pub fn valid_tree(n: i32, edges: Vec<Vec<i32>>) -> bool {
        if edges.len() != n as usize - 1 {
            return false;
        }
        let mut parent: Vec<usize> = (0..n as usize).collect();
        fn find(parent: &Vec<usize>, mut x: usize) -> usize {
            while parent[x] != x {
                x = parent[x];
            }
            x
        }
        for e in &edges {
            let (a, b) = (find(&parent, e[0] as usize), find(&parent, e[1] as usize));
            if a == b {
                return false;
            }
            parent[a] = b;
        }
        true
    }
}
