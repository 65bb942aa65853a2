impl Solution {
    pub fn count_components(n: i32, edges: Vec<Vec<i32>>) -> i32 {
        let mut par: Vec<usize> = (0..n as usize).collect();
        let mut rank = vec![1; n as usize];
        fn find(par: &mut Vec<usize>, mut x: usize) -> usize {
            while x != par[x] {
                par[x] = par[par[x]];
                x = par[x];
            }
            x
        }
        let mut res = n;
        for e in &edges {
            let (p1, p2) = (find(&mut par, e[0] as usize), find(&mut par, e[1] as usize));
            if p1 == p2 {
                continue;
            }
            if rank[p2] > rank[p1] {
                par[p1] = p2;
                rank[p2] += rank[p1];
            } else {
                par[p2] = p1;
                rank[p1] += rank[p2];
            }
            res -= 1;
        }
        res
    }
}
