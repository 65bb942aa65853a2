//! Rotate Image (LeetCode 48). Target: O(n²) time, O(1) extra space, in place: transpose, then
//! reverse each row. The answer is the argument after the call: the solution binary's glue hands
//! the learner's method the matrix by `&mut` and answers with it, as the reference's wrapper does.
//! A wrong matrix is described by the cells that differ, by row and column.

use judge_engine::prelude::*;

#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Input {
    pub matrix: Vec<Vec<i32>>,
}

pub struct Problem;

/// LeetCode's method, in place: a quarter turn clockwise is the transpose (a mirror on the main
/// diagonal) followed by a mirror of each row.
pub fn rotate(matrix: &mut [Vec<i32>]) {
    for r in 0..matrix.len() {
        // Row r against the rows below it: cell (r, c) swaps with (c, r) for every c > r.
        let (upper, lower) = matrix.split_at_mut(r + 1);
        for (k, below) in lower.iter_mut().enumerate() {
            std::mem::swap(&mut upper[r][r + 1 + k], &mut below[r]);
        }
    }
    for row in matrix.iter_mut() {
        row.reverse();
    }
}

/// The reference as the referee's table hands it to [`judge`]: the learner's method as the glue
/// wraps it, the matrix after the call being the answer.
pub fn reference(mut matrix: Vec<Vec<i32>>) -> Vec<Vec<i32>> {
    rotate(&mut matrix);
    matrix
}

const MAX_N: usize = 20;
const MAX_VALUE: i32 = 1000;

/// The side of a square of about `n` cells, within LeetCode's bounds.
fn side(n: usize) -> usize {
    (n as f64).sqrt().floor().clamp(1.0, MAX_N as f64) as usize
}

impl FunctionProblem for Problem {
    type Input = Input;
    type Output = Vec<Vec<i32>>;
    const PARAMETERS: &'static [&'static str] = &["matrix"];

    /// The matrix after the call is the answer.
    fn reference(input: Input) -> Vec<Vec<i32>> {
        reference(input.matrix)
    }

    /// Into a new matrix by the index mapping: the value at (r, c) moves to (c, n - 1 - r).
    fn oracle(input: Input) -> Vec<Vec<i32>> {
        let matrix = input.matrix;
        let n = matrix.len();
        let mut out = vec![vec![0; n]; n];
        for (r, row) in matrix.iter().enumerate() {
            for (c, &value) in row.iter().enumerate() {
                out[c][n - 1 - r] = value;
            }
        }
        out
    }

    fn strategy() -> BoxedStrategy<Input> {
        (1..=8usize)
            .prop_flat_map(|n| {
                prop::collection::vec(prop::collection::vec(-MAX_VALUE..=MAX_VALUE, n), n)
            })
            .prop_map(|matrix| Input { matrix })
            .boxed()
    }

    fn stress() -> Vec<StressFamily<Input>> {
        // `n` is the number of cells, at most 20 x 20: every method moves each cell once (or
        // copies it once), so these check the largest matrices, not speed (see the data's [judge]).
        vec![
            StressFamily {
                name: "a 20 x 20 matrix of random values",
                max_n: MAX_N * MAX_N,
                generate: |n, gen| {
                    let side = side(n);
                    Input {
                        matrix: (0..side)
                            .map(|_| gen.ints(side, -MAX_VALUE, MAX_VALUE))
                            .collect(),
                    }
                },
            },
            StressFamily {
                name: "a 19 x 19 matrix of distinct values (an odd side keeps a centre)",
                max_n: 19 * 19,
                generate: |n, _| {
                    let side = side(n);
                    Input {
                        matrix: (0..side)
                            .map(|r| (0..side).map(|c| (r * side + c) as i32 - 180).collect())
                            .collect(),
                    }
                },
            },
        ]
    }

    fn validate(input: &Input) -> Result<(), String> {
        let n = input.matrix.len();
        constraint::length("matrix (n)", n, 1..=MAX_N)?;
        for (r, row) in input.matrix.iter().enumerate() {
            if row.len() != n {
                return Err(format!(
                    "row {r} has {} values but the matrix has {n} rows; it is n x n",
                    row.len()
                ));
            }
            constraint::each_within(&format!("matrix[{r}]"), row, -MAX_VALUE..=MAX_VALUE)?;
        }
        Ok(())
    }

    fn check(_input: &Input, expected: &Vec<Vec<i32>>, got: &Vec<Vec<i32>>) -> Checked {
        check::cells(expected, got)
    }
}

/// The harness's entry point: the glue calls the learner's `rotate` on its own matrix and answers
/// with the matrix after the call (an in-place method, as judge/src/glue.rs builds it).
pub fn judge(solve: fn(Vec<Vec<i32>>) -> Vec<Vec<i32>>) -> ! {
    judge_engine::judge::<Problem>(&|input: Input| solve(input.matrix))
}

#[cfg(test)]
mod tests {
    use super::*;

    judge_engine::standard_tests!(Problem);

    fn after(matrix: Vec<Vec<i32>>) -> Vec<Vec<i32>> {
        reference(matrix)
    }

    submission!(
        wrong_counter_clockwise,
        "../../submissions/math_geometry/rotate_image/wrong_counter_clockwise.rs"
    );
    submission!(
        wrong_transpose_twice,
        "../../submissions/math_geometry/rotate_image/wrong_transpose_twice.rs"
    );

    #[test]
    fn the_random_cases_alone_catch_the_wrong_submissions() {
        assert!(
            crate::strategy_refutes::<Problem>(|input: Input| {
                let mut matrix = input.matrix;
                wrong_counter_clockwise::Solution::rotate(&mut matrix);
                matrix
            }),
            "wrong_counter_clockwise"
        );
        assert!(
            crate::strategy_refutes::<Problem>(|input: Input| {
                let mut matrix = input.matrix;
                wrong_transpose_twice::Solution::rotate(&mut matrix);
                matrix
            }),
            "wrong_transpose_twice"
        );
    }

    #[test]
    fn the_examples() {
        assert_eq!(
            after(vec![vec![1, 2, 3], vec![4, 5, 6], vec![7, 8, 9]]),
            vec![vec![7, 4, 1], vec![8, 5, 2], vec![9, 6, 3]]
        );
        assert_eq!(after(vec![vec![5]]), vec![vec![5]]);
        let why = Problem::check(
            &Input {
                matrix: vec![vec![1, 2], vec![3, 4]],
            },
            &vec![vec![3, 1], vec![4, 2]],
            &vec![vec![2, 4], vec![1, 3]],
        )
        .unwrap_err();
        assert_eq!(why, "row 0, column 0: expected 3, got 2 (4 cells differ)");
    }
}
