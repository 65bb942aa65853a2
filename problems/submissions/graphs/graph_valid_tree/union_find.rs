impl Solution {
    pub fn valid_tree(n: i32, edges: Vec<Vec<i32>>) -> bool {
        if edges.len() != n as usize - 1 {
            return false;
        }
        fn find(parent: &mut Vec<usize>, x: usize) -> usize {
            if parent[x] != x {
                parent[x] = find(parent, parent[x]);
            }
            parent[x]
        }
        let mut parent: Vec<usize> = (0..n as usize).collect();
        let mut rank = vec![0; n as usize];
        for e in &edges {
            let (ra, rb) = (find(&mut parent, e[0] as usize), find(&mut parent, e[1] as usize));
            if ra == rb {
                return false;
            }
            if rank[ra] < rank[rb] {
                parent[ra] = rb;
            } else if rank[ra] > rank[rb] {
                parent[rb] = ra;
            } else {
                parent[rb] = ra;
                rank[ra] += 1;
            }
        }
        true
    }
}
