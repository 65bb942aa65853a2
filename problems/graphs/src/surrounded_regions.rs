//! Surrounded Regions (LeetCode 130). Target: O(m·n) time: the regions that must stay are exactly
//! those reachable from an 'O' on the border, so one search from the border 'O's marks them and a
//! final pass flips every other 'O'. In place: the answer is the board after the call, and a wrong
//! one is reported by the first differing cell's row and column.

use judge_engine::prelude::*;

use crate::grid;

#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Input {
    pub board: Vec<Vec<char>>,
}

pub struct Problem;

/// LeetCode's method: mark every 'O' reachable from the border (a stack, no recursion), then
/// flip the unmarked 'O's to 'X' and the marked ones back to 'O'.
pub fn solve(board: &mut [Vec<char>]) {
    let (rows, cols) = (board.len(), board[0].len());
    let mut stack: Vec<(usize, usize)> = grid::cells_where(board, |&v| v == 'O')
        .into_iter()
        .filter(|&cell| grid::on_border(cell, rows, cols))
        .collect();
    for &(r, c) in &stack {
        board[r][c] = '#';
    }
    while let Some(cell) = stack.pop() {
        for (nr, nc) in grid::neighbours(cell, rows, cols) {
            if board[nr][nc] == 'O' {
                board[nr][nc] = '#';
                stack.push((nr, nc));
            }
        }
    }
    for cell in board.iter_mut().flatten() {
        *cell = if *cell == '#' { 'O' } else { 'X' };
    }
}

/// The reference as the judge calls it: the board after the call.
pub fn reference(mut board: Vec<Vec<char>>) -> Vec<Vec<char>> {
    solve(&mut board);
    board
}

const MAX_SIDE: usize = 200;

/// Small boards: each 'O' on its own, a search of its region; it stays only if the region
/// touches the border.
fn region_by_region(board: &[Vec<char>]) -> Vec<Vec<char>> {
    let (rows, cols) = (board.len(), board[0].len());
    let mut answer = board.to_vec();
    for r in 0..rows {
        for c in 0..cols {
            if board[r][c] != 'O' {
                continue;
            }
            let mut seen = vec![vec![false; cols]; rows];
            seen[r][c] = true;
            let mut todo = vec![(r, c)];
            let mut escapes = false;
            while let Some(cell) = todo.pop() {
                escapes |= grid::on_border(cell, rows, cols);
                for (nr, nc) in grid::neighbours(cell, rows, cols) {
                    if board[nr][nc] == 'O' && !seen[nr][nc] {
                        seen[nr][nc] = true;
                        todo.push((nr, nc));
                    }
                }
            }
            if !escapes {
                answer[r][c] = 'X';
            }
        }
    }
    answer
}

/// Large boards: union-find of the 'O's, with one extra node for "outside" that every border 'O'
/// joins; an 'O' stays if it shares a root with the outside.
fn by_union_find(board: &[Vec<char>]) -> Vec<Vec<char>> {
    let (rows, cols) = (board.len(), board[0].len());
    let outside = rows * cols;
    let mut parent: Vec<usize> = (0..=outside).collect();
    fn root(parent: &mut [usize], mut x: usize) -> usize {
        while parent[x] != x {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        x
    }
    let join = |parent: &mut Vec<usize>, a: usize, b: usize| {
        let (a, b) = (root(parent, a), root(parent, b));
        parent[a] = b;
    };
    for r in 0..rows {
        for c in 0..cols {
            if board[r][c] != 'O' {
                continue;
            }
            if grid::on_border((r, c), rows, cols) {
                join(&mut parent, r * cols + c, outside);
            }
            if r + 1 < rows && board[r + 1][c] == 'O' {
                join(&mut parent, r * cols + c, (r + 1) * cols + c);
            }
            if c + 1 < cols && board[r][c + 1] == 'O' {
                join(&mut parent, r * cols + c, r * cols + c + 1);
            }
        }
    }
    let free = root(&mut parent, outside);
    (0..rows)
        .map(|r| {
            (0..cols)
                .map(|c| {
                    if board[r][c] == 'O' && root(&mut parent, r * cols + c) == free {
                        'O'
                    } else {
                        'X'
                    }
                })
                .collect()
        })
        .collect()
}

/// A snake of 'O' inside a frame of 'X' (the snake drawn on the inner n - 2 by n - 2 cells),
/// and, when `escape` is set, the cell of the frame beside the snake's far end opened.
fn framed_snake(n: usize, escape: bool) -> Vec<Vec<char>> {
    let mut board = vec![vec!['X'; n]; n];
    if n < 3 {
        return board;
    }
    let inner = grid::snake(n - 2, n - 2, 'O', 'X');
    for (r, row) in inner.into_iter().enumerate() {
        board[r + 1][1..n - 1].copy_from_slice(&row);
    }
    if escape {
        // The far end lies in the last inner row: open the border cell below it.
        let (_, c) = *grid::snake_path(n - 2, n - 2).last().expect("a cell");
        board[n - 1][c + 1] = 'O';
    }
    board
}

impl FunctionProblem for Problem {
    type Input = Input;
    type Output = Vec<Vec<char>>;
    const PARAMETERS: &'static [&'static str] = &["board"];

    fn reference(input: Input) -> Vec<Vec<char>> {
        reference(input.board)
    }

    fn oracle(input: Input) -> Vec<Vec<char>> {
        if input.board.len() * input.board[0].len() <= 100 {
            region_by_region(&input.board)
        } else {
            by_union_find(&input.board)
        }
    }

    fn strategy() -> BoxedStrategy<Input> {
        // Up to 7 by 7, mostly 'O': regions that reach the border through a long way round,
        // regions that only touch it at a corner, boards with nothing to flip.
        grid::small(7, vec!['O', 'O', 'O', 'X', 'X'])
            .prop_map(|board| Input { board })
            .boxed()
    }

    fn stress() -> Vec<StressFamily<Input>> {
        vec![
            StressFamily {
                // First: checking each 'O' on its own walks the whole snake from every cell.
                name: "a snake of 'O' closed in by 'X' (all of it flips), 200 by 200",
                max_n: MAX_SIDE,
                generate: |n, _| Input {
                    board: framed_snake(n, false),
                },
            },
            StressFamily {
                // A search from the border goes ~20,000 cells deep along the snake.
                name: "a snake of 'O' reaching the border only at its far end (none flips), 200 by 200",
                max_n: MAX_SIDE,
                generate: |n, _| Input {
                    board: framed_snake(n, true),
                },
            },
            StressFamily {
                name: "all 'O', 200 by 200",
                max_n: MAX_SIDE,
                generate: |n, _| Input {
                    board: vec![vec!['O'; n]; n],
                },
            },
            StressFamily {
                name: "all 'X', 200 by 200",
                max_n: MAX_SIDE,
                generate: |n, _| Input {
                    board: vec![vec!['X'; n]; n],
                },
            },
            StressFamily {
                // Every inner 'O' is a region of its own; those on the border stay.
                name: "a checkerboard, 200 by 200",
                max_n: MAX_SIDE,
                generate: |n, _| Input {
                    board: grid::checkerboard(n, n, 'O', 'X'),
                },
            },
            StressFamily {
                name: "60% 'O' at random, 200 by 200",
                max_n: MAX_SIDE,
                generate: |n, gen| Input {
                    board: grid::random(n, n, 60, 'O', 'X', gen),
                },
            },
        ]
    }

    fn validate(input: &Input) -> Result<(), String> {
        grid::validate_cells("board", &input.board, 1..=MAX_SIDE, &['X', 'O'])
    }

    fn check(_input: &Input, expected: &Vec<Vec<char>>, got: &Vec<Vec<char>>) -> Checked {
        check::cells(expected, got)
    }
}

/// The harness's entry point: the glue calls `solve` on the learner's board and answers with the
/// board after the call.
pub fn judge(solve: fn(Vec<Vec<char>>) -> Vec<Vec<char>>) -> ! {
    judge_engine::judge::<Problem>(&|input: Input| solve(input.board))
}

#[cfg(test)]
mod tests {
    use super::*;

    submission!(
        wrong_keeps_border_cells_only,
        "../../submissions/graphs/surrounded_regions/wrong_keeps_border_cells_only.rs"
    );
    submission!(
        wrong_diagonals,
        "../../submissions/graphs/surrounded_regions/wrong_diagonals.rs"
    );

    judge_engine::standard_tests!(Problem);

    #[test]
    fn the_random_cases_alone_catch_the_wrong_submissions() {
        assert!(
            grid::strategy_refutes::<Problem>(|mut input: Input| {
                wrong_keeps_border_cells_only::Solution::solve(&mut input.board);
                input.board
            }),
            "wrong_keeps_border_cells_only"
        );
        assert!(
            grid::strategy_refutes::<Problem>(|mut input: Input| {
                wrong_diagonals::Solution::solve(&mut input.board);
                input.board
            }),
            "wrong_diagonals"
        );
    }

    fn parse(rows: &[&str]) -> Vec<Vec<char>> {
        rows.iter().map(|row| row.chars().collect()).collect()
    }

    #[test]
    fn the_examples_and_the_shapes() {
        let board = parse(&["XXXX", "XOOX", "XXOX", "XOXX"]);
        assert_eq!(reference(board), parse(&["XXXX", "XXXX", "XXXX", "XOXX"]));
        assert_eq!(reference(parse(&["X"])), parse(&["X"]));
        let closed = framed_snake(MAX_SIDE, false);
        assert_eq!(reference(closed), vec![vec!['X'; MAX_SIDE]; MAX_SIDE]);
        let open = framed_snake(MAX_SIDE, true);
        assert_eq!(reference(open.clone()), open);
        let small_open = framed_snake(7, true);
        assert_eq!(reference(small_open.clone()), small_open);
    }

    #[test]
    fn the_oracles_agree_at_every_size() {
        let mut gen = Gen::new(8);
        for _ in 0..500 {
            let (rows, cols) = (gen.int(1, 9) as usize, gen.int(1, 9) as usize);
            let board = grid::random(rows, cols, 65, 'O', 'X', &mut gen);
            assert_eq!(region_by_region(&board), by_union_find(&board), "{board:?}");
        }
        for family in Problem::stress() {
            let input = (family.generate)(family.max_n, &mut Gen::new(9));
            assert_eq!(
                reference(input.board.clone()),
                Problem::oracle(input),
                "{}",
                family.name
            );
        }
    }

    #[test]
    fn a_wrong_cell_is_named() {
        let why = Problem::check(
            &Input { board: vec![] },
            &parse(&["XXX", "XXX"]),
            &parse(&["XXX", "XOO"]),
        )
        .unwrap_err();
        assert_eq!(
            why,
            "row 1, column 1: expected 'X', got 'O' (2 cells differ)"
        );
    }
}
