//! Search a 2D Matrix (LeetCode 74). Target: O(log(m·n)) time, O(1) space: the rows, read one after
//! another, form one sorted sequence, so a single binary search over `m·n` positions finds the target.

use std::cmp::Ordering;

use judge_engine::prelude::*;

#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Input {
    pub matrix: Vec<Vec<i32>>,
    pub target: i32,
}

pub struct Problem;

/// The reference: position `i` of the flattened sequence is `matrix[i / n][i % n]`.
pub fn reference(matrix: Vec<Vec<i32>>, target: i32) -> bool {
    let width = matrix[0].len();
    let (mut lo, mut hi) = (0usize, matrix.len() * width);
    while lo < hi {
        let mid = lo + (hi - lo) / 2;
        match matrix[mid / width][mid % width].cmp(&target) {
            Ordering::Equal => return true,
            Ordering::Less => lo = mid + 1,
            Ordering::Greater => hi = mid,
        }
    }
    false
}

const MAX_SIDE: usize = 100;
const MAX_VALUE: i32 = 10_000;

/// Cuts `values` into `rows` rows of equal length.
fn into_rows(values: Vec<i32>, rows: usize) -> Vec<Vec<i32>> {
    let width = values.len() / rows;
    values.chunks(width).map(<[i32]>::to_vec).collect()
}

/// An `n`×`n` matrix whose cells, row after row, are -10^4, -10^4 + 2, ...: every odd target is absent.
fn even_steps(n: usize) -> Vec<Vec<i32>> {
    into_rows((0..(n * n) as i32).map(|k| -MAX_VALUE + 2 * k).collect(), n)
}

impl FunctionProblem for Problem {
    type Input = Input;
    type Output = bool;
    const PARAMETERS: &'static [&'static str] = &["matrix", "target"];

    fn reference(input: Input) -> bool {
        reference(input.matrix, input.target)
    }

    fn oracle(input: Input) -> bool {
        input.matrix.iter().any(|row| row.contains(&input.target))
    }

    fn strategy() -> BoxedStrategy<Input> {
        // Steps of 0 inside a row give repeated values; steps between rows are at least 1, as the
        // constraints demand. Half of the targets are taken from the matrix, the others from a
        // range a little wider than its values. Sometimes a side is up to 60 (the oracle scans;
        // 3600 steps of at most 2 stay within the values' limit).
        (gen::size(1..=6, 60), gen::size(1..=6, 60))
            .prop_flat_map(|(m, n)| {
                let high = (2 * (m * n) as i32 + 18).max(90);
                (
                    Just(m),
                    Just(n),
                    -12..=12i32,
                    prop::collection::vec(0..=2i32, m * n),
                    any::<prop::sample::Index>(),
                    -15..=high,
                    any::<bool>(),
                )
            })
            .prop_map(|(m, n, start, steps, at, other, pick)| {
                let mut value = start;
                let mut values = Vec::with_capacity(m * n);
                for (k, step) in steps.into_iter().enumerate() {
                    if k > 0 {
                        value += if k % n == 0 { step.max(1) } else { step };
                    }
                    values.push(value);
                }
                let target = if pick {
                    values[at.index(values.len())]
                } else {
                    other
                };
                Input {
                    matrix: into_rows(values, m),
                    target,
                }
            })
            .boxed()
    }

    fn stress() -> Vec<StressFamily<Input>> {
        vec![
            StressFamily {
                // A scan of every cell reads all 10^4 of them before it can say false.
                name: "target above every value",
                max_n: MAX_SIDE,
                generate: |n, _| Input {
                    matrix: even_steps(n),
                    target: MAX_VALUE,
                },
            },
            StressFamily {
                // Found only in the last cell by a row-by-row scan.
                name: "target in the bottom-right cell",
                max_n: MAX_SIDE,
                generate: |n, _| {
                    let matrix = even_steps(n);
                    let target = matrix[n - 1][n - 1];
                    Input { matrix, target }
                },
            },
            StressFamily {
                // Rows of equal values: the target falls between the last two rows.
                name: "constant rows, target between the last two rows",
                max_n: MAX_SIDE,
                generate: |n, _| {
                    let matrix: Vec<Vec<i32>> =
                        (0..n as i32).map(|r| vec![-MAX_VALUE + 3 * r; n]).collect();
                    // With one row, just above its value.
                    let target = if n == 1 {
                        matrix[0][0] + 1
                    } else {
                        matrix[n - 1][0] - 1
                    };
                    Input { matrix, target }
                },
            },
            StressFamily {
                name: "random increasing values, target present",
                max_n: MAX_SIDE,
                generate: |n, gen| {
                    let mut value = -MAX_VALUE;
                    let mut values = Vec::with_capacity(n * n);
                    for k in 0..n * n {
                        if k > 0 {
                            // Steps of 0..=1 inside a row and 1 between rows keep within 10^4.
                            value += if k % n == 0 { 1 } else { gen.int(0, 1) as i32 };
                        }
                        values.push(value);
                    }
                    let target = values[gen.index(values.len())];
                    Input {
                        matrix: into_rows(values, n),
                        target,
                    }
                },
            },
        ]
    }

    fn validate(input: &Input) -> Result<(), String> {
        let m = input.matrix.len();
        if !(1..=MAX_SIDE).contains(&m) {
            return Err(format!("matrix has {m} rows; allowed 1..={MAX_SIDE}"));
        }
        let n = input.matrix[0].len();
        if !(1..=MAX_SIDE).contains(&n) {
            return Err(format!("matrix has {n} columns; allowed 1..={MAX_SIDE}"));
        }
        if let Some(r) = input.matrix.iter().position(|row| row.len() != n) {
            return Err(format!(
                "row {r} has {} values but row 0 has {n}; every row must have the same length",
                input.matrix[r].len()
            ));
        }
        let range = -MAX_VALUE..=MAX_VALUE;
        for (r, row) in input.matrix.iter().enumerate() {
            if let Some(c) = row.iter().position(|v| !range.contains(v)) {
                return Err(format!(
                    "matrix[{r}][{c}] = {}; allowed -{MAX_VALUE}..={MAX_VALUE}",
                    row[c]
                ));
            }
            if let Some(c) = row.windows(2).position(|w| w[0] > w[1]) {
                return Err(format!(
                    "row {r} is not sorted: matrix[{r}][{c}] = {} > matrix[{r}][{}] = {}",
                    row[c],
                    c + 1,
                    row[c + 1]
                ));
            }
            if r > 0 && row[0] <= input.matrix[r - 1][n - 1] {
                return Err(format!(
                    "row {r} starts with {}, which is not greater than the last value {} of row {}",
                    row[0],
                    input.matrix[r - 1][n - 1],
                    r - 1
                ));
            }
        }
        if !range.contains(&input.target) {
            return Err(format!(
                "target = {}; allowed -{MAX_VALUE}..={MAX_VALUE}",
                input.target
            ));
        }
        Ok(())
    }
}

/// The harness's entry point for this problem.
pub fn judge(solve: fn(Vec<Vec<i32>>, i32) -> bool) -> ! {
    judge_engine::judge::<Problem>(&|input: Input| solve(input.matrix, input.target))
}

#[cfg(test)]
mod tests {
    use super::*;

    judge_engine::standard_tests!(Problem);
}
