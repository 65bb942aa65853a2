//! Rotting Oranges (LeetCode 994). Target: O(m·n) time: a breadth-first search from every rotten
//! orange at once, one level per minute, each orange rotting (and entering the queue) once; the
//! answer is the number of levels that rotted something, or -1 if a fresh orange is never reached.

use std::collections::VecDeque;

use judge_engine::prelude::*;

use crate::grid;

#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Input {
    pub grid: Vec<Vec<i32>>,
}

pub struct Problem;

const EMPTY: i32 = 0;
const FRESH: i32 = 1;
const ROTTEN: i32 = 2;

/// The reference, with LeetCode's signature: the rotten oranges start the queue with minute 0; a
/// fresh neighbour rots a minute after the orange that reaches it.
pub fn reference(mut grid: Vec<Vec<i32>>) -> i32 {
    let (rows, cols) = (grid.len(), grid[0].len());
    let mut fresh = grid::cells_where(&grid, |&v| v == FRESH).len();
    let mut queue: VecDeque<_> = grid::cells_where(&grid, |&v| v == ROTTEN)
        .into_iter()
        .map(|cell| (cell, 0))
        .collect();
    let mut last = 0;
    while let Some((cell, minute)) = queue.pop_front() {
        last = minute;
        for (nr, nc) in grid::neighbours(cell, rows, cols) {
            if grid[nr][nc] == FRESH {
                grid[nr][nc] = ROTTEN;
                fresh -= 1;
                queue.push_back(((nr, nc), minute + 1));
            }
        }
    }
    if fresh > 0 {
        -1
    } else {
        last
    }
}

const MAX_SIDE: usize = 10;

/// Minute by minute on a copy: every fresh orange next to a rotten one rots, all at once, until a
/// minute changes nothing.
fn simulate(grid: &[Vec<i32>]) -> i32 {
    let (rows, cols) = (grid.len(), grid[0].len());
    let mut now = grid.to_vec();
    let mut minutes = 0;
    loop {
        let mut next = now.clone();
        for r in 0..rows {
            for c in 0..cols {
                if now[r][c] == FRESH
                    && grid::neighbours((r, c), rows, cols).any(|(nr, nc)| now[nr][nc] == ROTTEN)
                {
                    next[r][c] = ROTTEN;
                }
            }
        }
        if next == now {
            break;
        }
        now = next;
        minutes += 1;
    }
    if now.iter().flatten().any(|&v| v == FRESH) {
        -1
    } else {
        minutes
    }
}

/// The snake of fresh oranges with a rotten one at its start, (0, 0).
fn rotting_snake(n: usize) -> Vec<Vec<i32>> {
    let mut grid = grid::snake(n, n, FRESH, EMPTY);
    grid[0][0] = ROTTEN;
    grid
}

impl FunctionProblem for Problem {
    type Input = Input;
    type Output = i32;
    const PARAMETERS: &'static [&'static str] = &["grid"];

    fn reference(input: Input) -> i32 {
        reference(input.grid)
    }

    fn oracle(input: Input) -> i32 {
        simulate(&input.grid)
    }

    fn strategy() -> BoxedStrategy<Input> {
        // Up to 6 by 6, mostly fresh with some empty cells and a few rotten: chains that run
        // down and right, fresh oranges cut off, grids with no rotten or no fresh orange.
        grid::small(6, vec![FRESH, FRESH, FRESH, FRESH, EMPTY, EMPTY, ROTTEN])
            .prop_map(|grid| Input { grid })
            .boxed()
    }

    fn stress() -> Vec<StressFamily<Input>> {
        vec![
            StressFamily {
                // First: the rot takes 54 minutes to reach the far end of the snake, so
                // re-scanning the grid every minute does ~54 scans of the grid.
                name: "a snake of fresh oranges rotting from one end, 10 by 10",
                max_n: MAX_SIDE,
                generate: |n, _| Input {
                    grid: rotting_snake(n),
                },
            },
            StressFamily {
                // Nearly the same long spread, and the last orange of the snake cut off from it
                // by emptying the cell before it: the answer is -1 after 50-odd minutes.
                name: "the snake with its last orange cut off, 10 by 10",
                max_n: MAX_SIDE,
                generate: |n, _| {
                    let mut grid = rotting_snake(n);
                    let path = grid::snake_path(n, n);
                    if path.len() >= 3 {
                        let (r, c) = path[path.len() - 2];
                        grid[r][c] = EMPTY;
                    }
                    Input { grid }
                },
            },
            StressFamily {
                name: "all fresh, one rotten corner, 10 by 10",
                max_n: MAX_SIDE,
                generate: |n, _| {
                    let mut grid = vec![vec![FRESH; n]; n];
                    grid[n - 1][n - 1] = ROTTEN;
                    Input { grid }
                },
            },
            StressFamily {
                name: "all fresh, nothing rotten, 10 by 10",
                max_n: MAX_SIDE,
                generate: |n, _| Input {
                    grid: vec![vec![FRESH; n]; n],
                },
            },
            StressFamily {
                name: "a checkerboard of rotten and fresh oranges, 10 by 10",
                max_n: MAX_SIDE,
                generate: |n, _| Input {
                    grid: grid::checkerboard(n, n, ROTTEN, FRESH),
                },
            },
            StressFamily {
                name: "80% fresh, 15% empty, 5% rotten at random, 10 by 10",
                max_n: MAX_SIDE,
                generate: |n, gen| Input {
                    grid: (0..n)
                        .map(|_| {
                            (0..n)
                                .map(|_| match gen.int(0, 99) {
                                    0..=79 => FRESH,
                                    80..=94 => EMPTY,
                                    _ => ROTTEN,
                                })
                                .collect()
                        })
                        .collect(),
                },
            },
        ]
    }

    fn validate(input: &Input) -> Result<(), String> {
        grid::validate_cells("grid", &input.grid, 1..=MAX_SIDE, &[EMPTY, FRESH, ROTTEN])
    }
}

/// The harness's entry point for this problem.
pub fn judge(solve: fn(Vec<Vec<i32>>) -> i32) -> ! {
    judge_engine::judge::<Problem>(&|input: Input| solve(input.grid))
}

#[cfg(test)]
mod tests {
    use super::*;

    submission!(
        wrong_ignores_unreachable,
        "../../submissions/graphs/rotting_oranges/wrong_ignores_unreachable.rs"
    );
    submission!(
        wrong_rots_during_scan,
        "../../submissions/graphs/rotting_oranges/wrong_rots_during_scan.rs"
    );

    judge_engine::standard_tests!(Problem);

    #[test]
    fn the_random_cases_alone_catch_the_wrong_submissions() {
        assert!(
            grid::strategy_refutes::<Problem>(|input: Input| {
                wrong_ignores_unreachable::Solution::oranges_rotting(input.grid)
            }),
            "wrong_ignores_unreachable"
        );
        assert!(
            grid::strategy_refutes::<Problem>(|input: Input| {
                wrong_rots_during_scan::Solution::oranges_rotting(input.grid)
            }),
            "wrong_rots_during_scan"
        );
    }

    #[test]
    fn the_examples_and_the_shapes() {
        assert_eq!(
            reference(vec![vec![2, 1, 1], vec![1, 1, 0], vec![0, 1, 1]]),
            4
        );
        assert_eq!(
            reference(vec![vec![2, 1, 1], vec![0, 1, 1], vec![1, 0, 1]]),
            -1
        );
        assert_eq!(reference(vec![vec![0, 2]]), 0);
        assert_eq!(reference(vec![vec![0]]), 0);
        assert_eq!(
            reference(rotting_snake(MAX_SIDE)),
            grid::snake_path(MAX_SIDE, MAX_SIDE).len() as i32 - 1
        );
    }

    #[test]
    fn the_reference_agrees_with_the_simulation_on_every_family() {
        for family in Problem::stress() {
            for n in [1, 2, 3, 7, family.max_n] {
                let input = (family.generate)(n, &mut Gen::new(n as u64));
                let want = simulate(&input.grid);
                assert_eq!(reference(input.grid), want, "{} at {n}", family.name);
            }
        }
    }
}
