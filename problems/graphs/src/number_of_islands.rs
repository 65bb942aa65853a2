//! Number of Islands (LeetCode 200). Target: O(m·n) time: every land cell is visited once, by the
//! search started from the first cell of its island, which sinks the whole island as it goes.
//! The reference searches with an explicit stack, so a 45,000-cell snake needs no deep recursion.

use judge_engine::prelude::*;

use crate::grid;

#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Input {
    pub grid: Vec<Vec<char>>,
}

pub struct Problem;

/// The reference, with LeetCode's signature: for each land cell still standing, count an island
/// and sink everything reachable from it with a depth-first search on a stack.
pub fn reference(mut grid: Vec<Vec<char>>) -> i32 {
    let (rows, cols) = (grid.len(), grid[0].len());
    let mut islands = 0;
    let mut stack = Vec::new();
    for r in 0..rows {
        for c in 0..cols {
            if grid[r][c] != '1' {
                continue;
            }
            islands += 1;
            grid[r][c] = '0';
            stack.push((r, c));
            while let Some(cell) = stack.pop() {
                for (nr, nc) in grid::neighbours(cell, rows, cols) {
                    if grid[nr][nc] == '1' {
                        grid[nr][nc] = '0';
                        stack.push((nr, nc));
                    }
                }
            }
        }
    }
    islands
}

const MAX_SIDE: usize = 300;

/// Union-find over the cells: join each land cell with the land to its right and below; the
/// islands are the land cells that are their own root.
fn by_union_find(grid: &[Vec<char>]) -> i32 {
    let (rows, cols) = (grid.len(), grid[0].len());
    let mut parent: Vec<usize> = (0..rows * cols).collect();
    fn root(parent: &mut [usize], mut x: usize) -> usize {
        while parent[x] != x {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        x
    }
    for r in 0..rows {
        for c in 0..cols {
            if grid[r][c] != '1' {
                continue;
            }
            for (nr, nc) in [(r + 1, c), (r, c + 1)] {
                if nr < rows && nc < cols && grid[nr][nc] == '1' {
                    let (a, b) = (
                        root(&mut parent, r * cols + c),
                        root(&mut parent, nr * cols + nc),
                    );
                    parent[a] = b;
                }
            }
        }
    }
    (0..rows * cols)
        .filter(|&i| grid[i / cols][i % cols] == '1' && root(&mut parent, i) == i)
        .count() as i32
}

/// Small grids: give every land cell its own label and let each take the smallest label among
/// itself and its land neighbours until nothing changes; count the labels left.
fn by_label_spreading(grid: &[Vec<char>]) -> i32 {
    let (rows, cols) = (grid.len(), grid[0].len());
    let mut label: Vec<Vec<usize>> = (0..rows)
        .map(|r| (0..cols).map(|c| r * cols + c).collect())
        .collect();
    let mut changed = true;
    while changed {
        changed = false;
        for r in 0..rows {
            for c in 0..cols {
                if grid[r][c] != '1' {
                    continue;
                }
                for (nr, nc) in grid::neighbours((r, c), rows, cols) {
                    if grid[nr][nc] == '1' && label[nr][nc] < label[r][c] {
                        label[r][c] = label[nr][nc];
                        changed = true;
                    }
                }
            }
        }
    }
    let mut labels: Vec<usize> = (0..rows)
        .flat_map(|r| (0..cols).map(move |c| (r, c)))
        .filter(|&(r, c)| grid[r][c] == '1')
        .map(|(r, c)| label[r][c])
        .collect();
    labels.sort_unstable();
    labels.dedup();
    labels.len() as i32
}

impl FunctionProblem for Problem {
    type Input = Input;
    type Output = i32;
    const PARAMETERS: &'static [&'static str] = &["grid"];

    fn reference(input: Input) -> i32 {
        reference(input.grid)
    }

    fn oracle(input: Input) -> i32 {
        if input.grid.len() * input.grid[0].len() <= 100 {
            by_label_spreading(&input.grid)
        } else {
            by_union_find(&input.grid)
        }
    }

    fn strategy() -> BoxedStrategy<Input> {
        // Up to 7 by 7, about half land: U shapes, diagonal touches and islands that wrap around
        // water are all common.
        grid::small(7, vec!['0', '1'])
            .prop_map(|grid| Input { grid })
            .boxed()
    }

    fn stress() -> Vec<StressFamily<Input>> {
        vec![
            StressFamily {
                // A recursive search goes ~45,000 calls deep (as deep on LeetCode).
                name: "one snake-shaped island through half of the 300 by 300 cells",
                max_n: MAX_SIDE,
                generate: |n, _| Input {
                    grid: grid::snake(n, n, '1', '0'),
                },
            },
            StressFamily {
                name: "all land, 300 by 300",
                max_n: MAX_SIDE,
                generate: |n, _| Input {
                    grid: vec![vec!['1'; n]; n],
                },
            },
            StressFamily {
                name: "all water, 300 by 300",
                max_n: MAX_SIDE,
                generate: |n, _| Input {
                    grid: vec![vec!['0'; n]; n],
                },
            },
            StressFamily {
                // 45,000 islands of one cell, touching only at their corners.
                name: "a checkerboard, 300 by 300",
                max_n: MAX_SIDE,
                generate: |n, _| Input {
                    grid: grid::checkerboard(n, n, '1', '0'),
                },
            },
            StressFamily {
                // Near the point where land starts to connect across the grid: islands of every
                // size and shape.
                name: "60% land at random, 300 by 300",
                max_n: MAX_SIDE,
                generate: |n, gen| Input {
                    grid: grid::random(n, n, 60, '1', '0', gen),
                },
            },
        ]
    }

    fn validate(input: &Input) -> Result<(), String> {
        grid::validate_cells("grid", &input.grid, 1..=MAX_SIDE, &['0', '1'])
    }
}

/// The harness's entry point for this problem.
pub fn judge(solve: fn(Vec<Vec<char>>) -> i32) -> ! {
    judge_engine::judge::<Problem>(&|input: Input| solve(input.grid))
}

#[cfg(test)]
mod tests {
    use super::*;

    submission!(
        wrong_diagonals,
        "../../submissions/graphs/number_of_islands/wrong_diagonals.rs"
    );
    submission!(
        wrong_up_and_left_only,
        "../../submissions/graphs/number_of_islands/wrong_up_and_left_only.rs"
    );

    judge_engine::standard_tests!(Problem);

    #[test]
    fn the_random_cases_alone_catch_the_wrong_submissions() {
        assert!(
            grid::strategy_refutes::<Problem>(|input: Input| {
                wrong_diagonals::Solution::num_islands(input.grid)
            }),
            "wrong_diagonals"
        );
        assert!(
            grid::strategy_refutes::<Problem>(|input: Input| {
                wrong_up_and_left_only::Solution::num_islands(input.grid)
            }),
            "wrong_up_and_left_only"
        );
    }

    fn parse(rows: &[&str]) -> Vec<Vec<char>> {
        rows.iter().map(|row| row.chars().collect()).collect()
    }

    #[test]
    fn the_examples_and_the_shapes() {
        let one = parse(&["11110", "11010", "11000", "00000"]);
        assert_eq!(reference(one), 1);
        let three = parse(&["11000", "11000", "00100", "00011"]);
        assert_eq!(reference(three), 3);
        assert_eq!(reference(grid::snake(MAX_SIDE, MAX_SIDE, '1', '0')), 1);
        assert_eq!(
            reference(grid::checkerboard(MAX_SIDE, MAX_SIDE, '1', '0')),
            45_000
        );
    }

    #[test]
    fn the_oracles_agree_at_every_size() {
        let mut gen = Gen::new(3);
        for _ in 0..500 {
            let (rows, cols) = (gen.int(1, 9) as usize, gen.int(1, 9) as usize);
            let grid = grid::random(rows, cols, 55, '1', '0', &mut gen);
            assert_eq!(by_label_spreading(&grid), by_union_find(&grid), "{grid:?}");
        }
        for family in Problem::stress() {
            let input = (family.generate)(family.max_n, &mut Gen::new(4));
            assert_eq!(
                reference(input.grid.clone()),
                Problem::oracle(input),
                "{}",
                family.name
            );
        }
    }
}
