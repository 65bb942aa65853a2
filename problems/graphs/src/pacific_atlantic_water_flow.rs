//! Pacific Atlantic Water Flow (LeetCode 417). Target: O(m·n) time: instead of asking, for every
//! cell, where its water goes, search uphill from each ocean's edge; a cell drains into both
//! oceans when both searches reach it. Any order of the cells is accepted.

use std::collections::VecDeque;

use judge_engine::prelude::*;

use crate::grid;

#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Input {
    pub heights: Vec<Vec<i32>>,
}

pub struct Problem;

/// The cells whose water reaches the ocean whose edge cells are `starts`: a depth-first search
/// on a stack, stepping only to neighbours at least as high.
fn uphill_from(heights: &[Vec<i32>], starts: Vec<(usize, usize)>) -> Vec<Vec<bool>> {
    let (rows, cols) = (heights.len(), heights[0].len());
    let mut reached = vec![vec![false; cols]; rows];
    for &(r, c) in &starts {
        reached[r][c] = true;
    }
    let mut stack = starts;
    while let Some((r, c)) = stack.pop() {
        for (nr, nc) in grid::neighbours((r, c), rows, cols) {
            if !reached[nr][nc] && heights[nr][nc] >= heights[r][c] {
                reached[nr][nc] = true;
                stack.push((nr, nc));
            }
        }
    }
    reached
}

/// A cell as (row, column).
type Cell = (usize, usize);

/// The edge cells of each ocean: the Pacific's top row and left column, the Atlantic's bottom row
/// and right column.
fn edges(rows: usize, cols: usize) -> (Vec<Cell>, Vec<Cell>) {
    let mut pacific: Vec<(usize, usize)> = (0..cols).map(|c| (0, c)).collect();
    pacific.extend((1..rows).map(|r| (r, 0)));
    let mut atlantic: Vec<(usize, usize)> = (0..cols).map(|c| (rows - 1, c)).collect();
    atlantic.extend((0..rows - 1).map(|r| (r, cols - 1)));
    (pacific, atlantic)
}

/// Which cells reach the Pacific and which the Atlantic.
fn reach(heights: &[Vec<i32>]) -> (Vec<Vec<bool>>, Vec<Vec<bool>>) {
    let (pacific, atlantic) = edges(heights.len(), heights[0].len());
    (
        uphill_from(heights, pacific),
        uphill_from(heights, atlantic),
    )
}

/// The reference, with LeetCode's signature: the cells both searches reach, in reading order.
pub fn reference(heights: Vec<Vec<i32>>) -> Vec<Vec<i32>> {
    let (pacific, atlantic) = reach(&heights);
    let mut both = Vec::new();
    for (r, (p, a)) in pacific.iter().zip(&atlantic).enumerate() {
        for c in 0..p.len() {
            if p[c] && a[c] {
                both.push(vec![r as i32, c as i32]);
            }
        }
    }
    both
}

const MAX_SIDE: usize = 200;
const MAX_HEIGHT: i32 = 100_000;

/// Small grids: from each cell on its own, every cell its water can flow to (downhill or level);
/// whether that set touches each ocean's edge.
fn flow_from_each_cell(heights: &[Vec<i32>]) -> Vec<Vec<i32>> {
    let (rows, cols) = (heights.len(), heights[0].len());
    let mut both = Vec::new();
    for r in 0..rows {
        for c in 0..cols {
            let mut wet = vec![vec![false; cols]; rows];
            wet[r][c] = true;
            let mut todo = vec![(r, c)];
            let (mut pacific, mut atlantic) = (false, false);
            while let Some((wr, wc)) = todo.pop() {
                pacific |= wr == 0 || wc == 0;
                atlantic |= wr == rows - 1 || wc == cols - 1;
                for (nr, nc) in grid::neighbours((wr, wc), rows, cols) {
                    if !wet[nr][nc] && heights[nr][nc] <= heights[wr][wc] {
                        wet[nr][nc] = true;
                        todo.push((nr, nc));
                    }
                }
            }
            if pacific && atlantic {
                both.push(vec![r as i32, c as i32]);
            }
        }
    }
    both
}

/// Large grids: each ocean's cells by a breadth-first search uphill (a queue, each ocean on its
/// own), intersected.
fn by_queues(heights: &[Vec<i32>]) -> Vec<Vec<i32>> {
    let (rows, cols) = (heights.len(), heights[0].len());
    let (pacific_edge, atlantic_edge) = edges(rows, cols);
    let flood = |edge: Vec<(usize, usize)>| {
        let mut seen = vec![false; rows * cols];
        let mut queue: VecDeque<(usize, usize)> = VecDeque::new();
        for (r, c) in edge {
            if !seen[r * cols + c] {
                seen[r * cols + c] = true;
                queue.push_back((r, c));
            }
        }
        while let Some((r, c)) = queue.pop_front() {
            for (nr, nc) in grid::neighbours((r, c), rows, cols) {
                if !seen[nr * cols + nc] && heights[nr][nc] >= heights[r][c] {
                    seen[nr * cols + nc] = true;
                    queue.push_back((nr, nc));
                }
            }
        }
        seen
    };
    let (pacific, atlantic) = (flood(pacific_edge), flood(atlantic_edge));
    (0..rows * cols)
        .filter(|&i| pacific[i] && atlantic[i])
        .map(|i| vec![(i / cols) as i32, (i % cols) as i32])
        .collect()
}

/// Heights climbing along the snake path from (0, 0), with 0 off the path.
fn snake_ridge(n: usize) -> Vec<Vec<i32>> {
    let mut heights = vec![vec![0; n]; n];
    for (step, (r, c)) in grid::snake_path(n, n).into_iter().enumerate() {
        heights[r][c] = 1 + (step as i32).min(MAX_HEIGHT - 1);
    }
    heights
}

impl FunctionProblem for Problem {
    type Input = Input;
    type Output = Vec<Vec<i32>>;
    const PARAMETERS: &'static [&'static str] = &["heights"];

    fn reference(input: Input) -> Vec<Vec<i32>> {
        reference(input.heights)
    }

    fn oracle(input: Input) -> Vec<Vec<i32>> {
        if input.heights.len() * input.heights[0].len() <= 100 {
            flow_from_each_cell(&input.heights)
        } else {
            by_queues(&input.heights)
        }
    }

    fn strategy() -> BoxedStrategy<Input> {
        // Up to 6 by 6 with heights 0 to 3, so level stretches (which water crosses) are common;
        // now and then heights up to 10^5.
        (
            1..=6usize,
            1..=6usize,
            prop_oneof![4 => Just(3), 1 => Just(MAX_HEIGHT)],
        )
            .prop_flat_map(|(rows, cols, high)| {
                prop::collection::vec(prop::collection::vec(0..=high, cols), rows)
            })
            .prop_map(|heights| Input { heights })
            .boxed()
    }

    fn stress() -> Vec<StressFamily<Input>> {
        vec![
            StressFamily {
                // First: every cell drains into both oceans, so a search from every cell visits
                // all 40,000 cells each time.
                name: "all heights equal, 200 by 200",
                max_n: MAX_SIDE,
                generate: |n, _| Input {
                    heights: vec![vec![MAX_HEIGHT / 2; n]; n],
                },
            },
            StressFamily {
                // The Pacific's search climbs the whole ridge: ~20,000 steps deep.
                name: "a snake-shaped ridge climbing from the top left corner, 200 by 200",
                max_n: MAX_SIDE,
                generate: |n, _| Input {
                    heights: snake_ridge(n),
                },
            },
            StressFamily {
                name: "random heights up to 10^5, 200 by 200",
                max_n: MAX_SIDE,
                generate: |n, gen| Input {
                    heights: (0..n).map(|_| gen.ints(n, 0, MAX_HEIGHT)).collect(),
                },
            },
            StressFamily {
                // Plateaus and small steps everywhere.
                name: "random heights 0 to 2, 200 by 200",
                max_n: MAX_SIDE,
                generate: |n, gen| Input {
                    heights: (0..n).map(|_| gen.ints(n, 0, 2)).collect(),
                },
            },
            StressFamily {
                name: "a checkerboard of 0 and 10^5, 200 by 200",
                max_n: MAX_SIDE,
                generate: |n, _| Input {
                    heights: grid::checkerboard(n, n, 0, MAX_HEIGHT),
                },
            },
            StressFamily {
                // Everything drains to the Pacific; only the Atlantic's edges reach both.
                name: "heights r + c (sloping down to the Pacific), 200 by 200",
                max_n: MAX_SIDE,
                generate: |n, _| Input {
                    heights: (0..n)
                        .map(|r| (0..n).map(|c| (r + c) as i32).collect())
                        .collect(),
                },
            },
        ]
    }

    fn validate(input: &Input) -> Result<(), String> {
        constraint::length("heights", input.heights.len(), 1..=MAX_SIDE)?;
        let cols = input.heights[0].len();
        constraint::length("heights[0]", cols, 1..=MAX_SIDE)?;
        for (r, row) in input.heights.iter().enumerate() {
            if row.len() != cols {
                return Err(format!(
                    "heights[{r}] has {} cells but heights[0] has {cols}; every row has the same length",
                    row.len()
                ));
            }
            constraint::each_within(&format!("heights[{r}]"), row, 0..=MAX_HEIGHT)?;
        }
        Ok(())
    }

    /// Any order; a cell given that should not be there is explained by the ocean it cannot
    /// reach.
    fn check(input: &Input, expected: &Vec<Vec<i32>>, got: &Vec<Vec<i32>>) -> Checked {
        let Err(why) = check::any_order(expected, got) else {
            return Ok(());
        };
        let (rows, cols) = (input.heights.len(), input.heights[0].len());
        let extra = got.iter().find(|cell| !expected.contains(cell));
        let detail = match extra.map(|cell| cell.as_slice()) {
            Some(&[r, c]) if (0..rows as i32).contains(&r) && (0..cols as i32).contains(&c) => {
                let (pacific, atlantic) = reach(&input.heights);
                let (r, c) = (r as usize, c as usize);
                let cannot: Vec<&str> = [("Pacific", pacific[r][c]), ("Atlantic", atlantic[r][c])]
                    .into_iter()
                    .filter(|(_, reached)| !reached)
                    .map(|(ocean, _)| ocean)
                    .collect();
                format!(
                    ": water from [{r}, {c}] (height {}) cannot reach the {}",
                    input.heights[r][c],
                    cannot.join(" or the ")
                )
            }
            Some(cell) => format!(": {cell:?} is not a cell of the {rows} by {cols} grid"),
            None => String::new(),
        };
        Err(format!("{why}{detail}"))
    }
}

/// The harness's entry point for this problem.
pub fn judge(solve: fn(Vec<Vec<i32>>) -> Vec<Vec<i32>>) -> ! {
    judge_engine::judge::<Problem>(&|input: Input| solve(input.heights))
}

#[cfg(test)]
mod tests {
    use super::*;

    submission!(
        wrong_strictly_uphill,
        "../../submissions/graphs/pacific_atlantic_water_flow/wrong_strictly_uphill.rs"
    );
    submission!(
        wrong_shared_visited,
        "../../submissions/graphs/pacific_atlantic_water_flow/wrong_shared_visited.rs"
    );

    judge_engine::standard_tests!(Problem);

    #[test]
    fn the_random_cases_alone_catch_the_wrong_submissions() {
        assert!(
            grid::strategy_refutes::<Problem>(|input: Input| {
                wrong_strictly_uphill::Solution::pacific_atlantic(input.heights)
            }),
            "wrong_strictly_uphill"
        );
        assert!(
            grid::strategy_refutes::<Problem>(|input: Input| {
                wrong_shared_visited::Solution::pacific_atlantic(input.heights)
            }),
            "wrong_shared_visited"
        );
    }

    #[test]
    fn the_examples() {
        let heights = vec![
            vec![1, 2, 2, 3, 5],
            vec![3, 2, 3, 4, 4],
            vec![2, 4, 5, 3, 1],
            vec![6, 7, 1, 4, 5],
            vec![5, 1, 1, 2, 4],
        ];
        let want = vec![
            vec![0, 4],
            vec![1, 3],
            vec![1, 4],
            vec![2, 2],
            vec![3, 0],
            vec![3, 1],
            vec![4, 0],
        ];
        assert_eq!(reference(heights), want);
        assert_eq!(reference(vec![vec![1]]), vec![vec![0, 0]]);
    }

    #[test]
    fn the_oracles_agree_at_every_size() {
        let mut gen = Gen::new(10);
        for _ in 0..300 {
            let (rows, cols) = (gen.int(1, 8) as usize, gen.int(1, 8) as usize);
            let heights: Vec<Vec<i32>> = (0..rows).map(|_| gen.ints(cols, 0, 3)).collect();
            assert_eq!(
                flow_from_each_cell(&heights),
                by_queues(&heights),
                "{heights:?}"
            );
        }
        for family in Problem::stress() {
            let input = (family.generate)(family.max_n, &mut Gen::new(11));
            assert_eq!(
                reference(input.heights.clone()),
                Problem::oracle(input),
                "{}",
                family.name
            );
        }
    }

    #[test]
    fn an_extra_cell_names_the_ocean_it_cannot_reach() {
        let input = Input {
            heights: vec![vec![1, 2], vec![2, 1]],
        };
        let expected = reference(input.heights.clone());
        let mut got = expected.clone();
        got.push(vec![1, 1]);
        let why = Problem::check(&input, &expected, &got).unwrap_err();
        assert!(why.contains("cannot reach the Pacific"), "{why}");
        let why = Problem::check(&input, &expected, &vec![vec![5, 5]]).unwrap_err();
        assert!(why.contains("not a cell of the 2 by 2 grid"), "{why}");
    }
}
