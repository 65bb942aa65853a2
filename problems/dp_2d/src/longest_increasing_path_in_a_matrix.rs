//! Longest Increasing Path in a Matrix (LeetCode 329). Target: O(m·n) time and space: the cells
//! with the "leads to a strictly larger neighbour" edges form a graph without cycles, and the
//! longest path from a cell is one more than the longest from its best larger neighbour, each
//! computed once. The reference peels the graph from its local maxima inwards, one layer per step
//! (Kahn's order): the number of layers is the answer, with no recursion 40,000 cells deep.

use judge_engine::prelude::*;

#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Input {
    pub matrix: Vec<Vec<i32>>,
}

pub struct Problem;

const STEPS: [(isize, isize); 4] = [(-1, 0), (1, 0), (0, -1), (0, 1)];

/// The in-bounds neighbours of (r, c) in a rows by cols grid.
fn neighbours(
    r: usize,
    c: usize,
    rows: usize,
    cols: usize,
) -> impl Iterator<Item = (usize, usize)> {
    STEPS.iter().filter_map(move |&(dr, dc)| {
        let (nr, nc) = (r.checked_add_signed(dr)?, c.checked_add_signed(dc)?);
        (nr < rows && nc < cols).then_some((nr, nc))
    })
}

/// The reference: `larger[cell]` counts the neighbours strictly larger than the cell and not yet
/// peeled; a layer is every cell whose count is 0, and removing it lowers its smaller neighbours'.
pub fn reference(matrix: Vec<Vec<i32>>) -> i32 {
    let (rows, cols) = (matrix.len(), matrix[0].len());
    let mut larger = vec![vec![0u8; cols]; rows];
    let mut layer = Vec::new();
    for r in 0..rows {
        for c in 0..cols {
            larger[r][c] = neighbours(r, c, rows, cols)
                .filter(|&(nr, nc)| matrix[nr][nc] > matrix[r][c])
                .count() as u8;
            if larger[r][c] == 0 {
                layer.push((r, c));
            }
        }
    }
    let mut layers = 0;
    while !layer.is_empty() {
        layers += 1;
        let mut next = Vec::new();
        for (r, c) in layer {
            for (nr, nc) in neighbours(r, c, rows, cols) {
                if matrix[nr][nc] < matrix[r][c] {
                    larger[nr][nc] -= 1;
                    if larger[nr][nc] == 0 {
                        next.push((nr, nc));
                    }
                }
            }
        }
        layer = next;
    }
    layers
}

const MAX_SIDE: usize = 200;
const MAX_VALUE: i32 = i32::MAX;
/// A 20 by 20 grid of i + j makes a recursion without a memo walk every right-or-down path
/// (C(38, 19) > 3 * 10^10 from the corner alone).
const RECURSION_SIDE: usize = 20;

/// Small inputs: every increasing path from every cell, one step at a time, with no memo.
fn longest_from(matrix: &[Vec<i32>], r: usize, c: usize) -> i32 {
    let (rows, cols) = (matrix.len(), matrix[0].len());
    1 + neighbours(r, c, rows, cols)
        .filter(|&(nr, nc)| matrix[nr][nc] > matrix[r][c])
        .map(|(nr, nc)| longest_from(matrix, nr, nc))
        .max()
        .unwrap_or(0)
}

/// Stress sizes: the cells sorted by value, largest first; each cell's longest path starts with a
/// step to a strictly larger neighbour, which comes earlier in that order and is already known.
fn by_sorted_cells(matrix: &[Vec<i32>]) -> i32 {
    let (rows, cols) = (matrix.len(), matrix[0].len());
    let mut cells: Vec<(usize, usize)> = (0..rows)
        .flat_map(|r| (0..cols).map(move |c| (r, c)))
        .collect();
    cells.sort_by_key(|&(r, c)| std::cmp::Reverse(matrix[r][c]));
    let mut longest = vec![vec![1i32; cols]; rows];
    for (r, c) in cells {
        for (nr, nc) in neighbours(r, c, rows, cols) {
            if matrix[nr][nc] > matrix[r][c] {
                longest[r][c] = longest[r][c].max(longest[nr][nc] + 1);
            }
        }
    }
    longest
        .into_iter()
        .flatten()
        .max()
        .expect("at least one cell")
}

/// A rows by cols grid whose values climb along a snake: left to right on even rows, right to
/// left on odd ones, so a single increasing path runs through every cell.
fn snake(rows: usize, cols: usize) -> Vec<Vec<i32>> {
    (0..rows)
        .map(|r| {
            (0..cols)
                .map(|c| {
                    let along = if r % 2 == 0 { c } else { cols - 1 - c };
                    (r * cols + along) as i32
                })
                .collect()
        })
        .collect()
}

impl FunctionProblem for Problem {
    type Input = Input;
    type Output = i32;
    const PARAMETERS: &'static [&'static str] = &["matrix"];

    fn reference(input: Input) -> i32 {
        reference(input.matrix)
    }

    fn oracle(input: Input) -> i32 {
        let matrix = &input.matrix;
        if matrix.len() * matrix[0].len() <= 36 {
            (0..matrix.len())
                .flat_map(|r| (0..matrix[0].len()).map(move |c| (r, c)))
                .map(|(r, c)| longest_from(matrix, r, c))
                .max()
                .expect("at least one cell")
        } else {
            by_sorted_cells(matrix)
        }
    }

    fn strategy() -> BoxedStrategy<Input> {
        // Up to 6 by 6 with values from a small range, so that equal neighbours (which do not
        // count as increasing) are common; now and then values up to 2^31 - 1.
        (
            1..=6usize,
            1..=6usize,
            prop_oneof![4 => Just(4), 1 => Just(MAX_VALUE)],
        )
            .prop_flat_map(|(rows, cols, high)| {
                prop::collection::vec(prop::collection::vec(0..=high, cols), rows)
            })
            .prop_map(|matrix| Input { matrix })
            .boxed()
    }

    fn stress() -> Vec<StressFamily<Input>> {
        vec![
            StressFamily {
                // First, so that a depth-first search without a memo is stopped after 200 ms.
                name: "i + j on a 20 by 20 grid (exposes a search without a memo)",
                max_n: RECURSION_SIDE,
                generate: |n, _| Input {
                    matrix: (0..n)
                        .map(|r| (0..n).map(|c| (r + c) as i32).collect())
                        .collect(),
                },
            },
            StressFamily {
                name: "random values up to 2^31 - 1, 200 by 200",
                max_n: MAX_SIDE,
                generate: |n, gen| Input {
                    matrix: (0..n).map(|_| gen.ints(n, 0, MAX_VALUE)).collect(),
                },
            },
            StressFamily {
                // One path through all 40,000 cells: a recursive search goes 40,000 calls deep.
                name: "a snake of increasing values through all 200 by 200 cells",
                max_n: MAX_SIDE,
                generate: |n, _| Input {
                    matrix: snake(n, n),
                },
            },
            StressFamily {
                // Mostly equal neighbours: only strict increases count.
                name: "values 0 to 2 at random, 200 by 200",
                max_n: MAX_SIDE,
                generate: |n, gen| Input {
                    matrix: (0..n).map(|_| gen.ints(n, 0, 2)).collect(),
                },
            },
            StressFamily {
                name: "i + j, 200 by 200",
                max_n: MAX_SIDE,
                generate: |n, _| Input {
                    matrix: (0..n)
                        .map(|r| (0..n).map(|c| (r + c) as i32).collect())
                        .collect(),
                },
            },
        ]
    }

    fn validate(input: &Input) -> Result<(), String> {
        constraint::length("matrix", input.matrix.len(), 1..=MAX_SIDE)?;
        let cols = input.matrix[0].len();
        constraint::length("matrix[0]", cols, 1..=MAX_SIDE)?;
        for (r, row) in input.matrix.iter().enumerate() {
            if row.len() != cols {
                return Err(format!(
                    "matrix[{r}] has {} values but matrix[0] has {cols}; every row has the same length",
                    row.len()
                ));
            }
            constraint::each_within(&format!("matrix[{r}]"), row, 0..=MAX_VALUE)?;
        }
        Ok(())
    }
}

/// The harness's entry point for this problem.
pub fn judge(solve: fn(Vec<Vec<i32>>) -> i32) -> ! {
    judge_engine::judge::<Problem>(&|input: Input| solve(input.matrix))
}

#[cfg(test)]
mod tests {
    use super::*;

    judge_engine::standard_tests!(Problem);

    #[test]
    fn the_examples_and_the_shapes() {
        assert_eq!(
            reference(vec![vec![9, 9, 4], vec![6, 6, 8], vec![2, 1, 1]]),
            4
        );
        assert_eq!(
            reference(vec![vec![3, 4, 5], vec![3, 2, 6], vec![2, 2, 1]]),
            4
        );
        assert_eq!(reference(vec![vec![1]]), 1);
        assert_eq!(reference(snake(200, 200)), 40_000);
        assert_eq!(reference(vec![vec![7; 5]; 5]), 1);
    }

    #[test]
    fn the_two_oracles_agree_on_small_inputs() {
        let mut gen = Gen::new(2);
        for _ in 0..1000 {
            let (rows, cols) = (gen.int(1, 4) as usize, gen.int(1, 4) as usize);
            let matrix: Vec<Vec<i32>> = (0..rows).map(|_| gen.ints(cols, 0, 3)).collect();
            let brute = (0..rows)
                .flat_map(|r| (0..cols).map(move |c| (r, c)))
                .map(|(r, c)| longest_from(&matrix, r, c))
                .max()
                .unwrap();
            assert_eq!(brute, by_sorted_cells(&matrix), "{matrix:?}");
        }
    }

    #[test]
    fn the_reference_agrees_with_the_oracle_at_stress_sizes() {
        for family in Problem::stress() {
            let input = (family.generate)(family.max_n, &mut Gen::new(9));
            assert_eq!(
                reference(input.matrix.clone()),
                Problem::oracle(input),
                "{}",
                family.name
            );
        }
    }

    #[test]
    fn ragged_rows_are_named() {
        let input = Input {
            matrix: vec![vec![1, 2], vec![3]],
        };
        assert!(Problem::validate(&input)
            .unwrap_err()
            .contains("matrix[1] has 1 values"));
    }
}
