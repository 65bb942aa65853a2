//! Spiral Matrix (LeetCode 54). Target: O(m·n) time, O(1) extra space besides the answer: four
//! bounds enclose the part not yet visited; each leg of the walk shrinks one of them, and the
//! return legs run only while rows and columns remain between the bounds.

use judge_engine::prelude::*;

#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Input {
    pub matrix: Vec<Vec<i32>>,
}

pub struct Problem;

/// The reference: the layer walk inside the bounds `top..bottom` and `left..right` (half-open).
pub fn reference(matrix: Vec<Vec<i32>>) -> Vec<i32> {
    let (mut top, mut bottom) = (0, matrix.len());
    let (mut left, mut right) = (0, matrix[0].len());
    let mut out = Vec::with_capacity(bottom * right);
    while top < bottom && left < right {
        out.extend_from_slice(&matrix[top][left..right]);
        top += 1;
        out.extend((top..bottom).map(|r| matrix[r][right - 1]));
        right -= 1;
        if top < bottom && left < right {
            out.extend(matrix[bottom - 1][left..right].iter().rev());
            bottom -= 1;
            out.extend((top..bottom).rev().map(|r| matrix[r][left]));
            left += 1;
        }
    }
    out
}

const MAX_SIDE: usize = 10;
const MAX_VALUE: i32 = 100;

/// A `rows` x `cols` matrix of random values.
fn matrix(rows: usize, cols: usize, gen: &mut Gen) -> Input {
    Input {
        matrix: (0..rows)
            .map(|_| gen.ints(cols, -MAX_VALUE, MAX_VALUE))
            .collect(),
    }
}

/// The side of a square of about `n` cells, within LeetCode's bounds.
fn side(n: usize) -> usize {
    (n as f64).sqrt().floor().clamp(1.0, MAX_SIDE as f64) as usize
}

impl FunctionProblem for Problem {
    type Input = Input;
    type Output = Vec<i32>;
    const PARAMETERS: &'static [&'static str] = &["matrix"];

    fn reference(input: Input) -> Vec<i32> {
        reference(input.matrix)
    }

    /// Peeling: take the first row, turn what is left a quarter counter-clockwise (its last column
    /// becomes its first row), and repeat until nothing is left.
    fn oracle(input: Input) -> Vec<i32> {
        let mut rest = input.matrix;
        let mut out = Vec::new();
        while !rest.is_empty() {
            out.extend(rest.remove(0));
            if rest.is_empty() || rest[0].is_empty() {
                break;
            }
            let cols = rest[0].len();
            rest = (0..cols)
                .rev()
                .map(|c| rest.iter().map(|row| row[c]).collect())
                .collect();
        }
        out
    }

    fn strategy() -> BoxedStrategy<Input> {
        (1..=MAX_SIDE, 1..=MAX_SIDE)
            .prop_flat_map(|(rows, cols)| {
                prop::collection::vec(prop::collection::vec(-MAX_VALUE..=MAX_VALUE, cols), rows)
            })
            .prop_map(|matrix| Input { matrix })
            .boxed()
    }

    fn stress() -> Vec<StressFamily<Input>> {
        // `n` is the number of cells, at most 10 x 10 = 100: every method visits each cell once,
        // so these families check shapes at the largest sizes, not speed (see the data's [judge]).
        vec![
            StressFamily {
                name: "a 10 x 10 square",
                max_n: MAX_SIDE * MAX_SIDE,
                generate: |n, gen| matrix(side(n), side(n), gen),
            },
            StressFamily {
                name: "a single row of 10",
                max_n: MAX_SIDE,
                generate: |n, gen| matrix(1, n, gen),
            },
            StressFamily {
                name: "a single column of 10",
                max_n: MAX_SIDE,
                generate: |n, gen| matrix(n, 1, gen),
            },
            StressFamily {
                name: "10 rows of 9 and 9 rows of 10 (the middle is one line)",
                max_n: MAX_SIDE * MAX_SIDE,
                generate: |n, gen| {
                    let long = side(n);
                    let short = (long - 1).max(1);
                    if gen.chance(1, 2) {
                        matrix(long, short, gen)
                    } else {
                        matrix(short, long, gen)
                    }
                },
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
            constraint::each_within(&format!("matrix[{r}]"), row, -MAX_VALUE..=MAX_VALUE)?;
        }
        Ok(())
    }
}

/// The harness's entry point for this problem.
pub fn judge(solve: fn(Vec<Vec<i32>>) -> Vec<i32>) -> ! {
    judge_engine::judge::<Problem>(&|input: Input| solve(input.matrix))
}

#[cfg(test)]
mod tests {
    use super::*;

    judge_engine::standard_tests!(Problem);

    submission!(
        wrong_no_recheck,
        "../../submissions/math_geometry/spiral_matrix/wrong_no_recheck.rs"
    );
    submission!(
        wrong_layers_skip_middle,
        "../../submissions/math_geometry/spiral_matrix/wrong_layers_skip_middle.rs"
    );

    #[test]
    fn the_random_cases_alone_catch_the_wrong_submissions() {
        assert!(
            crate::strategy_refutes::<Problem>(|input: Input| {
                wrong_no_recheck::Solution::spiral_order(input.matrix)
            }),
            "wrong_no_recheck"
        );
        assert!(
            crate::strategy_refutes::<Problem>(|input: Input| {
                wrong_layers_skip_middle::Solution::spiral_order(input.matrix)
            }),
            "wrong_layers_skip_middle"
        );
    }

    #[test]
    fn the_examples_and_thin_shapes() {
        let grid = |rows: &[&[i32]]| rows.iter().map(|r| r.to_vec()).collect::<Vec<_>>();
        assert_eq!(
            reference(grid(&[&[1, 2, 3], &[4, 5, 6], &[7, 8, 9]])),
            vec![1, 2, 3, 6, 9, 8, 7, 4, 5]
        );
        assert_eq!(
            reference(grid(&[&[1, 2, 3, 4], &[5, 6, 7, 8], &[9, 10, 11, 12]])),
            vec![1, 2, 3, 4, 8, 12, 11, 10, 9, 5, 6, 7]
        );
        assert_eq!(reference(grid(&[&[1, 2, 3]])), vec![1, 2, 3]);
        assert_eq!(reference(grid(&[&[1], &[2], &[3]])), vec![1, 2, 3]);
    }
}
