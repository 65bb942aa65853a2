//! N-Queens (LeetCode 51). Target: one queen per row, placed by a depth-first search that keeps
//! the taken columns and both diagonal directions in sets, so each square is tested in O(1):
//! O(n!) placements at most, proportional to the boards found and the dead ends on the way. Any
//! order of the boards is accepted; a board that is not a solution is named with its fault
//! (queens that attack each other, a row without a queen, a stray character).

use judge_engine::prelude::*;

#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Input {
    pub n: i32,
}

pub struct Problem;

/// Places a queen in `row` on every free square, with the columns and diagonals taken as bit sets.
fn place(
    n: usize,
    row: usize,
    taken: (u32, u32, u32),
    queens: &mut Vec<usize>,
    out: &mut Vec<Vec<String>>,
) {
    if row == n {
        out.push(
            queens
                .iter()
                .map(|&col| {
                    let mut line = vec![b'.'; n];
                    line[col] = b'Q';
                    String::from_utf8(line).expect("ASCII")
                })
                .collect(),
        );
        return;
    }
    let (columns, downward, upward) = taken;
    for col in 0..n {
        // row - col + n - 1 and row + col number the two kinds of diagonal.
        let (c, d, u) = (1 << col, 1 << (row + n - 1 - col), 1 << (row + col));
        if columns & c == 0 && downward & d == 0 && upward & u == 0 {
            queens.push(col);
            place(
                n,
                row + 1,
                (columns | c, downward | d, upward | u),
                queens,
                out,
            );
            queens.pop();
        }
    }
}

/// The reference, with LeetCode's signature.
pub fn reference(n: i32) -> Vec<Vec<String>> {
    let n = n as usize;
    let mut out = Vec::new();
    place(n, 0, (0, 0, 0), &mut Vec::with_capacity(n), &mut out);
    out
}

const MAX_N: usize = 9;

/// The squares (row, column) of the queens on `board`, or what keeps it from being a solution
/// for `n` queens.
fn queens_on(board: &[String], n: usize) -> Result<Vec<(usize, usize)>, String> {
    if board.len() != n {
        return Err(format!(
            "the board {board:?} has {} rows; an {n} × {n} board has {n}",
            board.len()
        ));
    }
    let mut queens = Vec::new();
    for (r, line) in board.iter().enumerate() {
        if line.len() != n || line.chars().count() != n {
            return Err(format!(
                "row {r} of the board {board:?} is {line:?}, {} characters long; each row has {n}",
                line.chars().count()
            ));
        }
        if let Some(stray) = line.chars().find(|&ch| ch != 'Q' && ch != '.') {
            return Err(format!(
                "row {r} of the board {board:?} holds {stray:?}; a square is 'Q' or '.'"
            ));
        }
        let in_row: Vec<usize> = line.match_indices('Q').map(|(c, _)| c).collect();
        match in_row.len() {
            0 => {
                return Err(format!(
                    "row {r} of the board {board:?} has no queen; n queens on n rows need one in every row"
                ))
            }
            1 => queens.push((r, in_row[0])),
            _ => {
                return Err(format!(
                    "the queens at (row {r}, column {}) and (row {r}, column {}) of the board {board:?} share a row",
                    in_row[0], in_row[1]
                ))
            }
        }
    }
    Ok(queens)
}

/// The first two queens that attack each other, as words.
fn attack(queens: &[(usize, usize)]) -> Option<String> {
    for (i, &(r1, c1)) in queens.iter().enumerate() {
        for &(r2, c2) in &queens[i + 1..] {
            let line = if c1 == c2 {
                "column"
            } else if r1.abs_diff(r2) == c1.abs_diff(c2) {
                "diagonal"
            } else {
                continue;
            };
            return Some(format!(
                "the queens at (row {r1}, column {c1}) and (row {r2}, column {c2}) share a {line}"
            ));
        }
    }
    None
}

impl FunctionProblem for Problem {
    type Input = Input;
    type Output = Vec<Vec<String>>;
    const PARAMETERS: &'static [&'static str] = &["n"];

    fn reference(input: Input) -> Vec<Vec<String>> {
        reference(input.n)
    }

    /// Every order of the columns (a queen per row and per column), in lexicographic order, kept
    /// when no two queens share a diagonal.
    fn oracle(input: Input) -> Vec<Vec<String>> {
        let n = input.n as usize;
        let mut columns: Vec<usize> = (0..n).collect();
        let mut out = Vec::new();
        loop {
            let safe = (0..n).all(|i| (i + 1..n).all(|j| j - i != columns[i].abs_diff(columns[j])));
            if safe {
                out.push(
                    columns
                        .iter()
                        .map(|&c| (0..n).map(|k| if k == c { 'Q' } else { '.' }).collect())
                        .collect(),
                );
            }
            // The next permutation: the last rise, swapped with the next larger value after it.
            let Some(i) = (1..n).rev().find(|&i| columns[i - 1] < columns[i]) else {
                return out;
            };
            let j = (i..n)
                .rev()
                .find(|&j| columns[j] > columns[i - 1])
                .expect("a rise");
            columns.swap(i - 1, j);
            columns[i..].reverse();
        }
    }

    fn strategy() -> BoxedStrategy<Input> {
        // Up to 8, where the oracle tries 8! orders; 9 is in the stress cases.
        (1..=8i32).prop_map(|n| Input { n }).boxed()
    }

    /// `n` is the board's side.
    fn stress() -> Vec<StressFamily<Input>> {
        vec![
            StressFamily {
                name: "the largest board (n = 9: 352 boards)",
                max_n: MAX_N,
                generate: |n, _| Input { n: n as i32 },
            },
            StressFamily {
                name: "the chessboard (n = 8: 92 boards)",
                max_n: 8,
                generate: |n, _| Input { n: n as i32 },
            },
        ]
    }

    fn validate(input: &Input) -> Result<(), String> {
        constraint::within("n", input.n, 1..=MAX_N as i32)
    }

    /// Any order of the boards; a board that is not a solution is named with its fault.
    fn check(input: &Input, expected: &Vec<Vec<String>>, got: &Vec<Vec<String>>) -> Checked {
        let n = input.n as usize;
        for board in got {
            let queens = queens_on(board, n)?;
            if let Some(why) = attack(&queens) {
                return Err(format!("{why} on the board {board:?}"));
            }
        }
        check::any_order(expected, got)
    }
}

/// The harness's entry point for this problem.
pub fn judge(solve: fn(i32) -> Vec<Vec<String>>) -> ! {
    judge_engine::judge::<Problem>(&|input: Input| solve(input.n))
}

#[cfg(test)]
mod tests {
    use super::*;

    submission!(
        wrong_one_diagonal,
        "../../submissions/backtracking/n_queens/wrong_one_diagonal.rs"
    );
    submission!(
        wrong_column_not_freed,
        "../../submissions/backtracking/n_queens/wrong_column_not_freed.rs"
    );

    judge_engine::standard_tests!(Problem);

    #[test]
    fn the_random_cases_alone_catch_the_wrong_submissions() {
        assert!(
            crate::strategy_refutes::<Problem>(|input: Input| {
                wrong_one_diagonal::Solution::solve_n_queens(input.n)
            }),
            "wrong_one_diagonal"
        );
        assert!(
            crate::strategy_refutes::<Problem>(|input: Input| {
                wrong_column_not_freed::Solution::solve_n_queens(input.n)
            }),
            "wrong_column_not_freed"
        );
    }

    #[test]
    fn the_counts_are_the_known_ones() {
        let counts: Vec<usize> = (1..=9).map(|n| reference(n).len()).collect();
        assert_eq!(counts, [1, 0, 0, 2, 10, 4, 40, 92, 352]);
        let mut four = reference(4);
        four.sort();
        assert_eq!(
            four,
            [
                ["..Q.", "Q...", "...Q", ".Q.."],
                [".Q..", "...Q", "Q...", "..Q."]
            ]
        );
    }

    fn board(rows: &[&str]) -> Vec<String> {
        rows.iter().map(|r| r.to_string()).collect()
    }

    #[test]
    fn the_checker_names_the_fault() {
        let input = Input { n: 4 };
        let expected = reference(4);
        let reversed: Vec<Vec<String>> = expected.iter().rev().cloned().collect();
        assert_eq!(Problem::check(&input, &expected, &reversed), Ok(()));
        let why = Problem::check(
            &input,
            &expected,
            &vec![board(&["Q...", ".Q..", "...Q", "..Q."])],
        )
        .unwrap_err();
        assert!(
            why.contains("(row 0, column 0) and (row 1, column 1) share a diagonal"),
            "{why}"
        );
        let why = Problem::check(
            &input,
            &expected,
            &vec![board(&["Q...", "Q...", "...Q", ".Q.."])],
        )
        .unwrap_err();
        assert!(why.contains("share a column"), "{why}");
        let why = Problem::check(
            &input,
            &expected,
            &vec![board(&["....", "Q...", "...Q", ".Q.."])],
        )
        .unwrap_err();
        assert!(why.contains("row 0 of the board"), "{why}");
        let why =
            Problem::check(&input, &expected, &vec![board(&[".Q..", "...Q", "Q..."])]).unwrap_err();
        assert!(why.contains("has 3 rows"), "{why}");
        let why = Problem::check(&input, &expected, &vec![expected[0].clone()]).unwrap_err();
        assert!(why.contains("is missing"), "{why}");
        assert!(Problem::validate(&Input { n: 10 }).is_err());
    }
}
