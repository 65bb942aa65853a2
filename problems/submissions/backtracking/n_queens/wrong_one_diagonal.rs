pub struct Solution;

impl Solution {
    pub fn solve_n_queens(n: i32) -> Vec<Vec<String>> {
        let n = n as usize;
        let mut res = Vec::new();
        let mut queens = Vec::new();
        let mut cols = vec![false; n];
        let mut diag = vec![false; 2 * n];
        Self::go(n, &mut queens, &mut cols, &mut diag, &mut res);
        res
    }

    fn go(n: usize, queens: &mut Vec<usize>, cols: &mut Vec<bool>, diag: &mut Vec<bool>, res: &mut Vec<Vec<String>>) {
        let r = queens.len();
        if r == n {
            res.push(
                queens
                    .iter()
                    .map(|&c| (0..n).map(|j| if j == c { 'Q' } else { '.' }).collect())
                    .collect(),
            );
            return;
        }
        for c in 0..n {
            // one diagonal direction only: r - c
            let d = r + n - c;
            if cols[c] || diag[d] {
                continue;
            }
            cols[c] = true;
            diag[d] = true;
            queens.push(c);
            Self::go(n, queens, cols, diag, res);
            queens.pop();
            cols[c] = false;
            diag[d] = false;
        }
    }
}
