//! Valid Sudoku (LeetCode 36). Target: one pass over the 81 cells with a seen-set per row, column
//! and box (bit masks here). The board has a fixed size, so every correct solution is O(1); the
//! stress families only check that a solution is not wastefully slow.

use judge_engine::prelude::*;

use super::shuffle;

#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Input {
    pub board: Vec<Vec<char>>,
}

pub struct Problem;

/// The reference: bit `d` of `rows[r]`, `cols[c]` and `boxes[b]` says digit `d` was seen there.
pub fn reference(board: Vec<Vec<char>>) -> bool {
    let (mut rows, mut cols, mut boxes) = ([0u16; 9], [0u16; 9], [0u16; 9]);
    for (r, row) in board.iter().enumerate() {
        for (c, &cell) in row.iter().enumerate() {
            let Some(digit) = cell.to_digit(10) else {
                continue;
            };
            let bit = 1u16 << digit;
            let b = (r / 3) * 3 + c / 3;
            if (rows[r] | cols[c] | boxes[b]) & bit != 0 {
                return false;
            }
            rows[r] |= bit;
            cols[c] |= bit;
            boxes[b] |= bit;
        }
    }
    true
}

/// The board's size: fixed by the problem, so no family can grow it.
const SIZE: usize = 9;

/// A solved grid: the classic shifted pattern, with its digits, rows within bands, columns within
/// stacks, bands and stacks permuted at random (each keeps it solved).
fn solved(gen: &mut Gen) -> Vec<Vec<char>> {
    let mut digits: Vec<u32> = (1..=9).collect();
    shuffle(&mut digits, gen);
    let order = |gen: &mut Gen| {
        let mut bands = [0, 1, 2];
        shuffle(&mut bands, gen);
        let mut order = Vec::new();
        for band in bands {
            let mut within = [0, 1, 2];
            shuffle(&mut within, gen);
            order.extend(within.iter().map(|i| band * 3 + i));
        }
        order
    };
    let (rows, cols) = (order(gen), order(gen));
    rows.iter()
        .map(|&r| {
            cols.iter()
                .map(|&c| {
                    let d = digits[(r * 3 + r / 3 + c) % 9];
                    char::from_digit(d, 10).expect("a digit")
                })
                .collect()
        })
        .collect()
}

/// A solved grid with each cell blanked with probability `blank` in 100.
fn puzzle(gen: &mut Gen, blank: u64) -> Vec<Vec<char>> {
    let mut board = solved(gen);
    for row in &mut board {
        for cell in row.iter_mut() {
            if gen.chance(blank, 100) {
                *cell = '.';
            }
        }
    }
    board
}

impl FunctionProblem for Problem {
    type Input = Input;
    type Output = bool;
    const PARAMETERS: &'static [&'static str] = &["board"];

    fn reference(input: Input) -> bool {
        reference(input.board)
    }

    fn oracle(input: Input) -> bool {
        // Two filled cells clash when they hold the same digit in one row, column or box.
        let cells: Vec<(usize, usize, char)> = (0..SIZE)
            .flat_map(|r| (0..SIZE).map(move |c| (r, c)))
            .map(|(r, c)| (r, c, input.board[r][c]))
            .filter(|&(_, _, cell)| cell != '.')
            .collect();
        cells.iter().enumerate().all(|(i, &(r1, c1, d1))| {
            cells[i + 1..].iter().all(|&(r2, c2, d2)| {
                let same_box = r1 / 3 == r2 / 3 && c1 / 3 == c2 / 3;
                d1 != d2 || (r1 != r2 && c1 != c2 && !same_box)
            })
        })
    }

    fn strategy() -> BoxedStrategy<Input> {
        // Valid puzzles with blanks, then a few cells overwritten: sometimes that breaks a rule,
        // sometimes not. Shrinking blanks cells out and drops the overwrites.
        let seed = any::<u64>();
        let keep = prop::collection::vec(any::<bool>(), SIZE * SIZE);
        let overwrites = prop::collection::vec((0..SIZE * SIZE, 1..=9u32), 0..=2);
        let sparse = prop::collection::vec(
            prop_oneof![6 => Just('.'), 1 => prop::sample::select("123456789".chars().collect::<Vec<_>>())],
            SIZE * SIZE,
        );
        prop_oneof![
            (seed, keep, overwrites).prop_map(|(seed, keep, overwrites)| {
                let mut board = solved(&mut Gen::new(seed));
                for (i, kept) in keep.into_iter().enumerate() {
                    if !kept {
                        board[i / SIZE][i % SIZE] = '.';
                    }
                }
                for (i, digit) in overwrites {
                    board[i / SIZE][i % SIZE] = char::from_digit(digit, 10).expect("a digit");
                }
                board
            }),
            // Random digits on a mostly empty board.
            sparse.prop_map(|cells| cells.chunks(SIZE).map(|row| row.to_vec()).collect()),
        ]
        .prop_map(|board| Input { board })
        .boxed()
    }

    fn stress() -> Vec<StressFamily<Input>> {
        // `n` is ignored: every board is 9x9.
        vec![
            StressFamily {
                name: "a completely solved, valid board",
                max_n: SIZE * SIZE,
                generate: |_, gen| Input { board: solved(gen) },
            },
            StressFamily {
                name: "a valid puzzle, half blank",
                max_n: SIZE * SIZE,
                generate: |_, gen| Input {
                    board: puzzle(gen, 50),
                },
            },
            StressFamily {
                // The only clash is inside the bottom-right box, seen last in reading order.
                name: "a puzzle whose only clash is in the last box",
                max_n: SIZE * SIZE,
                generate: |_, gen| {
                    let mut board = solved(gen);
                    // Blank the other copies of the digit in row 7 and column 7 first, so that
                    // the copy at (7, 7) clashes with (6, 6) only through their box.
                    let digit = board[6][6];
                    for cell in board[7].iter_mut() {
                        if *cell == digit {
                            *cell = '.';
                        }
                    }
                    for row in board.iter_mut() {
                        if row[7] == digit {
                            row[7] = '.';
                        }
                    }
                    board[7][7] = digit;
                    Input { board }
                },
            },
        ]
    }

    fn validate(input: &Input) -> Result<(), String> {
        let rows = input.board.len();
        if rows != SIZE {
            return Err(format!("board has {rows} rows; it must have {SIZE}"));
        }
        for (r, row) in input.board.iter().enumerate() {
            if row.len() != SIZE {
                return Err(format!(
                    "board[{r}] has {} cells; it must have {SIZE}",
                    row.len()
                ));
            }
            if let Some(bad) = row
                .iter()
                .find(|&&cell| cell != '.' && !('1'..='9').contains(&cell))
            {
                return Err(format!(
                    "board[{r}] holds {bad:?}; a cell is a digit 1-9 or '.'"
                ));
            }
        }
        Ok(())
    }
}

/// The harness's entry point for this problem.
pub fn judge(solve: fn(Vec<Vec<char>>) -> bool) -> ! {
    judge_engine::judge::<Problem>(&|input: Input| solve(input.board))
}

#[cfg(test)]
mod tests {
    use super::*;

    judge_engine::standard_tests!(Problem);
}
