//! Set Matrix Zeroes (LeetCode 73). Target: O(m·n) time, O(1) extra space, in place: the first
//! row and the first column hold the marks of the other rows and columns, and two flags say
//! whether they themselves had a zero. The answer is the argument after the call (the glue hands
//! the learner's method the matrix by `&mut`); a wrong matrix is described by the cells that
//! differ. Extra space is measured and noted beside the verdict, never judged.

use std::collections::BTreeSet;

use judge_engine::prelude::*;

#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Input {
    pub matrix: Vec<Vec<i32>>,
}

pub struct Problem;

/// LeetCode's method, in place with O(1) extra space.
pub fn set_zeroes(matrix: &mut [Vec<i32>]) {
    let (m, n) = (matrix.len(), matrix[0].len());
    let first_row = matrix[0].contains(&0);
    let first_column = matrix.iter().any(|row| row[0] == 0);
    for r in 1..m {
        for c in 1..n {
            if matrix[r][c] == 0 {
                matrix[r][0] = 0;
                matrix[0][c] = 0;
            }
        }
    }
    for r in 1..m {
        for c in 1..n {
            if matrix[r][0] == 0 || matrix[0][c] == 0 {
                matrix[r][c] = 0;
            }
        }
    }
    if first_row {
        matrix[0].fill(0);
    }
    if first_column {
        for row in matrix.iter_mut() {
            row[0] = 0;
        }
    }
}

/// The reference as the referee's table hands it to [`judge`]: the learner's method as the glue
/// wraps it, the matrix after the call being the answer.
pub fn reference(mut matrix: Vec<Vec<i32>>) -> Vec<Vec<i32>> {
    set_zeroes(&mut matrix);
    matrix
}

const MAX_SIDE: usize = 200;

/// A `rows` x `cols` matrix whose cell (r, c) is `value(gen, r, c)`.
fn matrix(
    rows: usize,
    cols: usize,
    gen: &mut Gen,
    mut value: impl FnMut(&mut Gen, usize, usize) -> i32,
) -> Input {
    Input {
        matrix: (0..rows)
            .map(|r| (0..cols).map(|c| value(gen, r, c)).collect())
            .collect(),
    }
}

/// The side of a square of about `n` cells, within LeetCode's bounds.
fn side(n: usize) -> usize {
    (n as f64).sqrt().floor().clamp(1.0, MAX_SIDE as f64) as usize
}

/// A non-zero value from the whole i32 range.
fn non_zero(gen: &mut Gen) -> i32 {
    match gen.int(i64::from(i32::MIN), i64::from(i32::MAX)) as i32 {
        0 => 1,
        value => value,
    }
}

impl FunctionProblem for Problem {
    type Input = Input;
    type Output = Vec<Vec<i32>>;
    const PARAMETERS: &'static [&'static str] = &["matrix"];

    /// The matrix after the call is the answer.
    fn reference(input: Input) -> Vec<Vec<i32>> {
        reference(input.matrix)
    }

    /// The rows and the columns holding a zero, as sets; a new matrix from them.
    fn oracle(input: Input) -> Vec<Vec<i32>> {
        let matrix = input.matrix;
        let mut rows = BTreeSet::new();
        let mut cols = BTreeSet::new();
        for (r, row) in matrix.iter().enumerate() {
            for (c, &value) in row.iter().enumerate() {
                if value == 0 {
                    rows.insert(r);
                    cols.insert(c);
                }
            }
        }
        matrix
            .iter()
            .enumerate()
            .map(|(r, row)| {
                row.iter()
                    .enumerate()
                    .map(|(c, &value)| {
                        if rows.contains(&r) || cols.contains(&c) {
                            0
                        } else {
                            value
                        }
                    })
                    .collect()
            })
            .collect()
    }

    fn strategy() -> BoxedStrategy<Input> {
        let value = prop_oneof![
            1 => Just(0),
            4 => -9..=9i32,
            1 => prop::sample::select(vec![i32::MIN, i32::MAX, -1, 1]),
        ];
        (1..=6usize, 1..=6usize)
            .prop_flat_map(move |(rows, cols)| {
                prop::collection::vec(prop::collection::vec(value.clone(), cols), rows)
            })
            .prop_map(|matrix| Input { matrix })
            .boxed()
    }

    fn stress() -> Vec<StressFamily<Input>> {
        // `n` is the number of cells, at most 200 x 200.
        vec![
            StressFamily {
                // Zeroing a whole row and column for each zero found is O(m·n·(m + n)) here.
                name: "every cell is 0",
                max_n: MAX_SIDE * MAX_SIDE,
                generate: |n, gen| matrix(side(n), side(n), gen, |_, _, _| 0),
            },
            StressFamily {
                name: "a zero in every row, at random columns",
                max_n: MAX_SIDE * MAX_SIDE,
                generate: |n, gen| {
                    let side = side(n);
                    let zeros: Vec<usize> = (0..side).map(|_| gen.index(side)).collect();
                    matrix(side, side, gen, |gen, r, c| {
                        if zeros[r] == c {
                            0
                        } else {
                            non_zero(gen)
                        }
                    })
                },
            },
            StressFamily {
                name: "zeros only in the first row and the first column",
                max_n: MAX_SIDE * MAX_SIDE,
                generate: |n, gen| {
                    let side = side(n);
                    let (row_zero, col_zero) = (gen.index(side), gen.index(side));
                    matrix(side, side, gen, |gen, r, c| {
                        if (r == 0 && c == col_zero) || (c == 0 && r == row_zero) {
                            0
                        } else {
                            non_zero(gen)
                        }
                    })
                },
            },
            StressFamily {
                name: "one row of 200 and one column of 200, a few zeros",
                max_n: MAX_SIDE,
                generate: |n, gen| {
                    let (rows, cols) = if gen.chance(1, 2) { (1, n) } else { (n, 1) };
                    matrix(rows, cols, gen, |gen, _, _| {
                        if gen.chance(1, 50) {
                            0
                        } else {
                            non_zero(gen)
                        }
                    })
                },
            },
            StressFamily {
                name: "no zero at all",
                max_n: MAX_SIDE * MAX_SIDE,
                generate: |n, gen| matrix(side(n), side(n), gen, |gen, _, _| non_zero(gen)),
            },
        ]
    }

    fn validate(input: &Input) -> Result<(), String> {
        constraint::length("matrix (m)", input.matrix.len(), 1..=MAX_SIDE)?;
        let cols = input.matrix[0].len();
        constraint::length("matrix[0] (n)", cols, 1..=MAX_SIDE)?;
        for (r, row) in input.matrix.iter().enumerate() {
            if row.len() != cols {
                return Err(format!(
                    "row {r} has {} values but row 0 has {cols}; every row has n values",
                    row.len()
                ));
            }
        }
        Ok(())
    }

    fn check(_input: &Input, expected: &Vec<Vec<i32>>, got: &Vec<Vec<i32>>) -> Checked {
        check::cells(expected, got)
    }
}

/// The harness's entry point: the glue calls the learner's `set_zeroes` on its own matrix and answers
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
        wrong_shared_corner,
        "../../submissions/math_geometry/set_matrix_zeroes/wrong_shared_corner.rs"
    );
    submission!(
        wrong_zero_while_scanning,
        "../../submissions/math_geometry/set_matrix_zeroes/wrong_zero_while_scanning.rs"
    );

    #[test]
    fn the_random_cases_alone_catch_the_wrong_submissions() {
        assert!(
            crate::strategy_refutes::<Problem>(|input: Input| {
                let mut matrix = input.matrix;
                wrong_shared_corner::Solution::set_zeroes(&mut matrix);
                matrix
            }),
            "wrong_shared_corner"
        );
        assert!(
            crate::strategy_refutes::<Problem>(|input: Input| {
                let mut matrix = input.matrix;
                wrong_zero_while_scanning::Solution::set_zeroes(&mut matrix);
                matrix
            }),
            "wrong_zero_while_scanning"
        );
    }

    #[test]
    fn the_examples() {
        assert_eq!(
            after(vec![vec![1, 1, 1], vec![1, 0, 1], vec![1, 1, 1]]),
            vec![vec![1, 0, 1], vec![0, 0, 0], vec![1, 0, 1]]
        );
        assert_eq!(
            after(vec![vec![0, 1, 2, 0], vec![3, 4, 5, 2], vec![1, 3, 1, 5]]),
            vec![vec![0, 0, 0, 0], vec![0, 4, 5, 0], vec![0, 3, 1, 0]]
        );
        assert_eq!(
            after(vec![vec![1, 2], vec![0, 3]]),
            vec![vec![0, 2], vec![0, 0]]
        );
    }

    #[test]
    fn stress_inputs_are_valid_and_agree_with_the_oracle() {
        for family in Problem::stress() {
            let input = (family.generate)(family.max_n, &mut Gen::new(3));
            assert_eq!(Problem::validate(&input), Ok(()), "{}", family.name);
            assert_eq!(
                Problem::reference(input.clone()),
                Problem::oracle(input),
                "{}",
                family.name
            );
        }
    }
}
