impl Solution {
    pub fn find_redundant_connection(edges: Vec<Vec<i32>>) -> Vec<i32> {
        let n = edges.len();
        let mut par: Vec<usize> = (0..=n).collect();
        let mut rank = vec![1; n + 1];
        fn find(par: &mut Vec<usize>, n: usize) -> usize {
            let mut p = par[n];
            while p != par[p] {
                par[p] = par[par[p]];
                p = par[p];
            }
            p
        }
        for e in &edges {
            let (p1, p2) = (find(&mut par, e[0] as usize), find(&mut par, e[1] as usize));
            if p1 == p2 {
                return e.clone();
            }
            if rank[p1] > rank[p2] {
                par[p2] = p1;
                rank[p1] += rank[p2];
            } else {
                par[p1] = p2;
                rank[p2] += rank[p1];
            }
        }
        vec![]
    }
}
