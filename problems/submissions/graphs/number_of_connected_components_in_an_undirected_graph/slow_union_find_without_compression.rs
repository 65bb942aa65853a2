pub struct Solution;

impl Solution {
    pub fn count_components(n: i32, edges: Vec<Vec<i32>>) -> i32 {
        let mut parent: Vec<usize> = (0..n as usize).collect();
        fn find(parent: &Vec<usize>, mut x: usize) -> usize {
            while parent[x] != x {
                x = parent[x];
            }
            x
        }
        let mut count = n;
        for e in &edges {
            let (a, b) = (find(&parent, e[0] as usize), find(&parent, e[1] as usize));
            if a != b {
                parent[a] = b;
                count -= 1;
            }
        }
        count
    }
}
