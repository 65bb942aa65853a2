//! Swim in Rising Water (LeetCode 778). Target: O(n² log n) with Dijkstra on a min-heap keyed by
//! the highest cell on the way: the first time the bottom-right cell is popped, its key is the
//! answer. Binary search on the time with a BFS each (also O(n² log n)) meets it too.

use std::cmp::Reverse;
use std::collections::BinaryHeap;

use judge_engine::prelude::*;

#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Input {
    pub grid: Vec<Vec<i32>>,
}

pub struct Problem;

const STEPS: [(isize, isize); 4] = [(0, 1), (1, 0), (0, -1), (-1, 0)];

/// The reference: Dijkstra where a path costs its highest cell.
pub fn reference(grid: Vec<Vec<i32>>) -> i32 {
    let n = grid.len();
    let mut seen = vec![vec![false; n]; n];
    let mut heap = BinaryHeap::from([Reverse((grid[0][0], 0usize, 0usize))]);
    seen[0][0] = true;
    while let Some(Reverse((level, r, c))) = heap.pop() {
        if (r, c) == (n - 1, n - 1) {
            return level;
        }
        for (dr, dc) in STEPS {
            let (nr, nc) = (r.wrapping_add_signed(dr), c.wrapping_add_signed(dc));
            if nr < n && nc < n && !seen[nr][nc] {
                seen[nr][nc] = true;
                heap.push(Reverse((level.max(grid[nr][nc]), nr, nc)));
            }
        }
    }
    unreachable!("the bottom-right cell is always reached")
}

const MAX_SIDE: usize = 50;

/// The cells of an n x n grid in a random order of 0..n².
fn shuffled(n: usize, gen: &mut Gen) -> Vec<i32> {
    let mut values: Vec<i32> = (0..(n * n) as i32).collect();
    for i in (1..values.len()).rev() {
        values.swap(i, gen.index(i + 1));
    }
    values
}

fn to_grid(n: usize, flat: Vec<i32>) -> Input {
    Input {
        grid: flat.chunks(n).map(<[i32]>::to_vec).collect(),
    }
}

/// The cells of a boustrophedon: row 0 left to right, row 1 right to left, and so on.
fn snake(n: usize) -> Vec<(usize, usize)> {
    (0..n)
        .flat_map(|r| (0..n).map(move |i| (r, if r.is_multiple_of(2) { i } else { n - 1 - i })))
        .collect()
}

/// The water rises along a snake through every row, one cell a time unit, and the bottom-right
/// cell is the lowest of all: every time up to the answer (about n² - n) opens exactly one more
/// cell, so trying each time with a fresh search costs O(n⁴).
fn rising_snake(n: usize) -> Input {
    let path = snake(n);
    let target = path
        .iter()
        .position(|&cell| cell == (n - 1, n - 1))
        .expect("the snake covers every cell");
    let mut flat = vec![0; n * n];
    for (index, &(r, c)) in path.iter().enumerate() {
        flat[r * n + c] = match index.cmp(&target) {
            std::cmp::Ordering::Less => index as i32 + 1,
            std::cmp::Ordering::Equal => 0,
            std::cmp::Ordering::Greater => index as i32,
        };
    }
    to_grid(n, flat)
}

/// A corridor along the even rows, joined at alternate ends, rising from the top-left; the walls
/// between its rows are higher than all of it. The only way through is the whole corridor.
fn walled_corridor(n: usize, gen: &mut Gen) -> Input {
    let mut path = Vec::new();
    for r in (0..n).step_by(2) {
        let rightwards = r.is_multiple_of(4);
        path.extend((0..n).map(|i| (r, if rightwards { i } else { n - 1 - i })));
        if r + 1 < n {
            path.push((r + 1, if rightwards { n - 1 } else { 0 }));
        }
    }
    if n.is_multiple_of(2) && path.last() != Some(&(n - 1, n - 1)) {
        path.extend((1..n).map(|c| (n - 1, c)));
    }
    let mut flat = vec![-1; n * n];
    for (index, &(r, c)) in path.iter().enumerate() {
        flat[r * n + c] = index as i32;
    }
    let mut walls = (path.len() as i32..(n * n) as i32).collect::<Vec<i32>>();
    for i in (1..walls.len()).rev() {
        walls.swap(i, gen.index(i + 1));
    }
    for value in flat.iter_mut().filter(|v| **v < 0) {
        *value = walls.pop().expect("one wall value per wall cell");
    }
    to_grid(n, flat)
}

impl FunctionProblem for Problem {
    type Input = Input;
    type Output = i32;
    const PARAMETERS: &'static [&'static str] = &["grid"];

    fn reference(input: Input) -> i32 {
        reference(input.grid)
    }

    /// Union-find: let the water rise one unit at a time, opening the cell of that height and
    /// joining it to its open neighbours, until the two corners are in one pool.
    fn oracle(input: Input) -> i32 {
        let grid = input.grid;
        let n = grid.len();
        let mut cell_at = vec![(0, 0); n * n];
        for (r, row) in grid.iter().enumerate() {
            for (c, &value) in row.iter().enumerate() {
                cell_at[value as usize] = (r, c);
            }
        }
        let mut parent: Vec<usize> = (0..n * n).collect();
        fn root(parent: &mut [usize], mut v: usize) -> usize {
            while parent[v] != v {
                parent[v] = parent[parent[v]];
                v = parent[v];
            }
            v
        }
        for (time, &(r, c)) in cell_at.iter().enumerate() {
            for (dr, dc) in STEPS {
                let (nr, nc) = (r.wrapping_add_signed(dr), c.wrapping_add_signed(dc));
                if nr < n && nc < n && grid[nr][nc] <= time as i32 {
                    let (a, b) = (root(&mut parent, r * n + c), root(&mut parent, nr * n + nc));
                    parent[a] = b;
                }
            }
            if grid[0][0] <= time as i32
                && grid[n - 1][n - 1] <= time as i32
                && root(&mut parent, 0) == root(&mut parent, n * n - 1)
            {
                return time as i32;
            }
        }
        unreachable!("at time n² - 1 every cell is open")
    }

    fn strategy() -> BoxedStrategy<Input> {
        (1..=5usize)
            .prop_flat_map(|n| {
                (
                    Just(n),
                    Just((0..(n * n) as i32).collect::<Vec<i32>>()).prop_shuffle(),
                )
            })
            .prop_map(|(n, flat)| to_grid(n, flat))
            .boxed()
    }

    fn stress() -> Vec<StressFamily<Input>> {
        vec![
            StressFamily {
                name: "50x50, the water rises along a snake through every row, the target lowest",
                max_n: MAX_SIDE,
                generate: |n, _| rising_snake(n),
            },
            StressFamily {
                name: "50x50, a rising corridor along the even rows between high walls",
                max_n: MAX_SIDE,
                generate: |n, gen| walled_corridor(n, gen),
            },
            StressFamily {
                name: "50x50, a random permutation",
                max_n: MAX_SIDE,
                generate: |n, gen| to_grid(n, shuffled(n, gen)),
            },
        ]
    }

    fn validate(input: &Input) -> Result<(), String> {
        let n = input.grid.len();
        constraint::length("grid", n, 1..=MAX_SIDE)?;
        let mut seen = vec![None; n * n];
        for (r, row) in input.grid.iter().enumerate() {
            if row.len() != n {
                return Err(format!(
                    "grid[{r}] has {} cells but the grid has {n} rows; the grid is n x n",
                    row.len()
                ));
            }
            for (c, &value) in row.iter().enumerate() {
                constraint::within(&format!("grid[{r}][{c}]"), value, 0..=(n * n) as i32 - 1)?;
                if let Some((r0, c0)) = seen[value as usize] {
                    return Err(format!(
                        "grid[{r0}][{c0}] and grid[{r}][{c}] are both {value}; LeetCode's values are a permutation of 0..n²-1"
                    ));
                }
                seen[value as usize] = Some((r, c));
            }
        }
        Ok(())
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
        wrong_right_and_down_only,
        "../../submissions/advanced_graphs/swim_in_rising_water/wrong_right_and_down_only.rs"
    );
    submission!(
        wrong_ignores_start_height,
        "../../submissions/advanced_graphs/swim_in_rising_water/wrong_ignores_start_height.rs"
    );

    #[test]
    fn the_random_cases_alone_catch_the_wrong_submissions() {
        assert!(
            crate::strategy_refutes::<Problem>(|input: Input| {
                wrong_right_and_down_only::Solution::swim_in_water(input.grid)
            }),
            "wrong_right_and_down_only"
        );
        assert!(
            crate::strategy_refutes::<Problem>(|input: Input| {
                wrong_ignores_start_height::Solution::swim_in_water(input.grid)
            }),
            "wrong_ignores_start_height"
        );
    }

    judge_engine::standard_tests!(Problem);

    #[test]
    fn the_examples() {
        assert_eq!(reference(vec![vec![0, 2], vec![1, 3]]), 3);
        let grid = vec![
            vec![0, 1, 2, 3, 4],
            vec![24, 23, 22, 21, 5],
            vec![12, 13, 14, 15, 16],
            vec![11, 17, 18, 19, 20],
            vec![10, 9, 8, 7, 6],
        ];
        assert_eq!(reference(grid), 16);
    }

    #[test]
    fn stress_inputs_agree_with_union_find() {
        for family in Problem::stress() {
            for n in [1, 2, 3, 4, 7, MAX_SIDE] {
                let input = (family.generate)(n, &mut Gen::new(n as u64));
                assert_eq!(Problem::validate(&input), Ok(()), "{} at {n}", family.name);
                assert_eq!(
                    reference(input.grid.clone()),
                    Problem::oracle(input),
                    "{} at {n}",
                    family.name
                );
            }
        }
        assert_eq!(reference(rising_snake(MAX_SIDE).grid), 2450);
    }
}
