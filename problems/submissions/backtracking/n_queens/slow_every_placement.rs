pub struct Solution;

impl Solution {
    pub fn solve_n_queens(n: i32) -> Vec<Vec<String>> {
        let n = n as usize;
        let mut res = Vec::new();
        // a queen in every row at any column: n^n placements, each checked afterwards
        let mut cols = vec![0usize; n];
        loop {
            let ok = (0..n).all(|i| {
                (i + 1..n).all(|j| cols[i] != cols[j] && j - i != cols[i].abs_diff(cols[j]))
            });
            if ok {
                res.push(
                    cols.iter()
                        .map(|&c| {
                            let mut row = vec!['.'; n];
                            row[c] = 'Q';
                            row.into_iter().collect()
                        })
                        .collect(),
                );
            }
            let mut i = n;
            loop {
                if i == 0 {
                    return res;
                }
                i -= 1;
                cols[i] += 1;
                if cols[i] < n {
                    break;
                }
                cols[i] = 0;
            }
        }
    }
}
