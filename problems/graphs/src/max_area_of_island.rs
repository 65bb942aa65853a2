//! Max Area of Island (LeetCode 695). Target: O(m·n) time: each island is measured once, by the
//! search started from its first cell, which sinks the island as it counts it. The reference
//! searches with an explicit stack.

use std::collections::BTreeSet;

use judge_engine::prelude::*;

use crate::grid;

#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Input {
    pub grid: Vec<Vec<i32>>,
}

pub struct Problem;

/// The reference, with LeetCode's signature: sink each island from its first cell, counting the
/// cells as they are sunk (each is pushed once, when it is sunk).
pub fn reference(mut grid: Vec<Vec<i32>>) -> i32 {
    let (rows, cols) = (grid.len(), grid[0].len());
    let mut largest = 0;
    let mut stack = Vec::new();
    for r in 0..rows {
        for c in 0..cols {
            if grid[r][c] != 1 {
                continue;
            }
            grid[r][c] = 0;
            stack.push((r, c));
            let mut area = 0;
            while let Some(cell) = stack.pop() {
                area += 1;
                for (nr, nc) in grid::neighbours(cell, rows, cols) {
                    if grid[nr][nc] == 1 {
                        grid[nr][nc] = 0;
                        stack.push((nr, nc));
                    }
                }
            }
            largest = largest.max(area);
        }
    }
    largest
}

const MAX_SIDE: usize = 50;

/// The island of (r, c) as a set of cells, grown one ring of neighbours at a time until it stops
/// growing.
fn island_of(grid: &[Vec<i32>], start: (usize, usize)) -> BTreeSet<(usize, usize)> {
    let (rows, cols) = (grid.len(), grid[0].len());
    let mut island = BTreeSet::from([start]);
    loop {
        let ring: Vec<(usize, usize)> = island
            .iter()
            .flat_map(|&cell| grid::neighbours(cell, rows, cols))
            .filter(|&(r, c)| grid[r][c] == 1 && !island.contains(&(r, c)))
            .collect();
        if ring.is_empty() {
            return island;
        }
        island.extend(ring);
    }
}

impl FunctionProblem for Problem {
    type Input = Input;
    type Output = i32;
    const PARAMETERS: &'static [&'static str] = &["grid"];

    fn reference(input: Input) -> i32 {
        reference(input.grid)
    }

    /// The island of every land cell not in an island already grown, grown ring by ring on its
    /// own; the largest.
    fn oracle(input: Input) -> i32 {
        let grid = &input.grid;
        let mut measured = BTreeSet::new();
        let mut largest = 0;
        for r in 0..grid.len() {
            for c in 0..grid[0].len() {
                if grid[r][c] == 1 && !measured.contains(&(r, c)) {
                    let island = island_of(grid, (r, c));
                    largest = largest.max(island.len() as i32);
                    measured.extend(island);
                }
            }
        }
        largest
    }

    fn strategy() -> BoxedStrategy<Input> {
        // Up to 7 by 7, about half land: islands that touch at corners, U shapes and rings.
        grid::small(7, vec![0, 1])
            .prop_map(|grid| Input { grid })
            .boxed()
    }

    fn stress() -> Vec<StressFamily<Input>> {
        vec![
            StressFamily {
                // First: a search from every land cell that forgets what it visited is stopped
                // here. A recursive search goes ~1,300 calls deep.
                name: "one snake-shaped island through half of the 50 by 50 cells",
                max_n: MAX_SIDE,
                generate: |n, _| Input {
                    grid: grid::snake(n, n, 1, 0),
                },
            },
            StressFamily {
                name: "all land, 50 by 50",
                max_n: MAX_SIDE,
                generate: |n, _| Input {
                    grid: vec![vec![1; n]; n],
                },
            },
            StressFamily {
                name: "all water, 50 by 50",
                max_n: MAX_SIDE,
                generate: |n, _| Input {
                    grid: vec![vec![0; n]; n],
                },
            },
            StressFamily {
                name: "a checkerboard of 1,250 islands of one cell, 50 by 50",
                max_n: MAX_SIDE,
                generate: |n, _| Input {
                    grid: grid::checkerboard(n, n, 1, 0),
                },
            },
            StressFamily {
                name: "60% land at random, 50 by 50",
                max_n: MAX_SIDE,
                generate: |n, gen| Input {
                    grid: grid::random(n, n, 60, 1, 0, gen),
                },
            },
        ]
    }

    fn validate(input: &Input) -> Result<(), String> {
        grid::validate_cells("grid", &input.grid, 1..=MAX_SIDE, &[0, 1])
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
        wrong_counts_cells_twice,
        "../../submissions/graphs/max_area_of_island/wrong_counts_cells_twice.rs"
    );
    submission!(
        wrong_diagonals,
        "../../submissions/graphs/max_area_of_island/wrong_diagonals.rs"
    );

    judge_engine::standard_tests!(Problem);

    #[test]
    fn the_random_cases_alone_catch_the_wrong_submissions() {
        assert!(
            grid::strategy_refutes::<Problem>(|input: Input| {
                wrong_counts_cells_twice::Solution::max_area_of_island(input.grid)
            }),
            "wrong_counts_cells_twice"
        );
        assert!(
            grid::strategy_refutes::<Problem>(|input: Input| {
                wrong_diagonals::Solution::max_area_of_island(input.grid)
            }),
            "wrong_diagonals"
        );
    }

    #[test]
    fn the_examples_and_the_shapes() {
        let example = vec![
            vec![0, 0, 1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0],
            vec![0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 0, 0, 0],
            vec![0, 1, 1, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0],
            vec![0, 1, 0, 0, 1, 1, 0, 0, 1, 0, 1, 0, 0],
            vec![0, 1, 0, 0, 1, 1, 0, 0, 1, 1, 1, 0, 0],
            vec![0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0],
            vec![0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 0, 0, 0],
            vec![0, 0, 0, 0, 0, 0, 0, 1, 1, 0, 0, 0, 0],
        ];
        assert_eq!(reference(example), 6);
        assert_eq!(reference(vec![vec![0; 8]]), 0);
        let snake = grid::snake(MAX_SIDE, MAX_SIDE, 1, 0);
        assert_eq!(
            reference(snake),
            grid::snake_path(MAX_SIDE, MAX_SIDE).len() as i32
        );
    }

    #[test]
    fn the_reference_agrees_with_the_oracle_at_stress_sizes() {
        for family in Problem::stress() {
            let input = (family.generate)(family.max_n, &mut Gen::new(6));
            assert_eq!(
                reference(input.grid.clone()),
                Problem::oracle(input),
                "{}",
                family.name
            );
        }
    }
}
