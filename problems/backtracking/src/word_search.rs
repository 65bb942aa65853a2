//! Word Search (LeetCode 79). Target: a depth-first search from every cell that marks the cells
//! on its path and unmarks them on the way back, stops at the first match, and first rules out a
//! word that needs more of some letter than the board holds: O(m·n·3^L) in the worst case, O(m·n)
//! when the letters alone say no.

use judge_engine::prelude::*;

#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Input {
    pub board: Vec<Vec<char>>,
    pub word: String,
}

pub struct Problem;

/// Whether `word[i..]` can be spelled from (r, c) on; cells on the path are 0 while it is walked.
fn spells(grid: &mut [Vec<u8>], word: &[u8], i: usize, (r, c): (usize, usize)) -> bool {
    if grid[r][c] != word[i] {
        return false;
    }
    if i + 1 == word.len() {
        return true;
    }
    grid[r][c] = 0;
    let (rows, cols) = (grid.len(), grid[0].len());
    let found = (r > 0 && spells(grid, word, i + 1, (r - 1, c)))
        || (r + 1 < rows && spells(grid, word, i + 1, (r + 1, c)))
        || (c > 0 && spells(grid, word, i + 1, (r, c - 1)))
        || (c + 1 < cols && spells(grid, word, i + 1, (r, c + 1)));
    grid[r][c] = word[i];
    found
}

/// The reference, with LeetCode's signature: count the letters first, start from the rarer end
/// of the word, then search from every cell.
pub fn reference(board: Vec<Vec<char>>, word: String) -> bool {
    let mut grid: Vec<Vec<u8>> = board
        .iter()
        .map(|row| row.iter().map(|&c| c as u8).collect())
        .collect();
    let mut word = word.into_bytes();
    let mut have = [0usize; 128];
    for &letter in grid.iter().flatten() {
        have[usize::from(letter)] += 1;
    }
    let mut need = [0usize; 128];
    for &letter in &word {
        need[usize::from(letter)] += 1;
        if need[usize::from(letter)] > have[usize::from(letter)] {
            return false;
        }
    }
    // Fewer starting cells for the rarer end: the search from it dies sooner.
    if have[usize::from(word[0])] > have[usize::from(word[word.len() - 1])] {
        word.reverse();
    }
    for r in 0..grid.len() {
        for c in 0..grid[0].len() {
            if spells(&mut grid, &word, 0, (r, c)) {
                return true;
            }
        }
    }
    false
}

const MAX_SIDE: usize = 6;
const MAX_LENGTH: usize = 15;

/// A board of one letter, `m` × `n` at most 6 × 6.
fn all_a() -> Vec<Vec<char>> {
    vec![vec!['A'; MAX_SIDE]; MAX_SIDE]
}

impl FunctionProblem for Problem {
    type Input = Input;
    type Output = bool;
    const PARAMETERS: &'static [&'static str] = &["board", "word"];

    fn reference(input: Input) -> bool {
        reference(input.board, input.word)
    }

    /// Grows every path that spells a prefix of the word, one letter at a time, as a list of
    /// (cell, cells used as a bit set) states: no pruning, no recursion, no early exit.
    fn oracle(input: Input) -> bool {
        let (rows, cols) = (input.board.len(), input.board[0].len());
        let letters: Vec<char> = input.word.chars().collect();
        let mut paths: Vec<((usize, usize), u64)> = Vec::new();
        for r in 0..rows {
            for c in 0..cols {
                if input.board[r][c] == letters[0] {
                    paths.push(((r, c), 1 << (r * cols + c)));
                }
            }
        }
        for &letter in &letters[1..] {
            let mut longer = Vec::new();
            for &((r, c), used) in &paths {
                for (dr, dc) in [(-1i64, 0i64), (1, 0), (0, -1), (0, 1)] {
                    let (nr, nc) = (r as i64 + dr, c as i64 + dc);
                    if nr < 0 || nc < 0 || nr >= rows as i64 || nc >= cols as i64 {
                        continue;
                    }
                    let (nr, nc) = (nr as usize, nc as usize);
                    let bit = 1u64 << (nr * cols + nc);
                    if used & bit == 0 && input.board[nr][nc] == letter {
                        longer.push(((nr, nc), used | bit));
                    }
                }
            }
            paths = longer;
        }
        !paths.is_empty()
    }

    fn strategy() -> BoxedStrategy<Input> {
        // Two letters on a small board: a word is often spelled along a path that a first,
        // failed branch also walked (so a cell left marked hides it), and a word that needs a
        // cell twice or a diagonal step is common.
        (
            1..=4usize,
            1..=4usize,
            prop_oneof![Just("ab"), Just("aB"), Just("abc")],
            any::<u64>(),
            1..=8usize,
        )
            .prop_map(|(rows, cols, alphabet, seed, length)| {
                let mut gen = Gen::new(seed);
                let board = gen.letter_grid(rows, cols, alphabet);
                let word = if gen.chance(1, 2) {
                    gen.walk(&board, length)
                } else {
                    gen.string(length, alphabet)
                };
                Input { board, word }
            })
            .boxed()
    }

    /// `n` is the word's length; every board is 6 × 6.
    fn stress() -> Vec<StressFamily<Input>> {
        vec![
            StressFamily {
                // Present along almost any path: found at once by a search that stops at the
                // first match, while one that goes on collects every path.
                name: "all-'A' board, word of n A's (present)",
                max_n: MAX_LENGTH,
                generate: |n, _| Input {
                    board: all_a(),
                    word: "A".repeat(n),
                },
            },
            StressFamily {
                name: "random board of 'A' and 'B', word from a random walk (present)",
                max_n: MAX_LENGTH,
                generate: |n, gen| {
                    let board = gen.letter_grid(MAX_SIDE, MAX_SIDE, "AB");
                    let word = gen.walk(&board, n);
                    Input { board, word }
                },
            },
            StressFamily {
                name: "random board of 'A' and 'B', random word (mostly absent)",
                max_n: MAX_LENGTH,
                generate: |n, gen| {
                    let board = gen.letter_grid(MAX_SIDE, MAX_SIDE, "AB");
                    let word = gen.string(n, "AB");
                    Input { board, word }
                },
            },
        ]
    }

    fn validate(input: &Input) -> Result<(), String> {
        let rows = input.board.len();
        constraint::length("board", rows, 1..=MAX_SIDE)?;
        let cols = input.board[0].len();
        constraint::length("board[0]", cols, 1..=MAX_SIDE)?;
        for (r, row) in input.board.iter().enumerate() {
            if row.len() != cols {
                return Err(format!(
                    "board[{r}] has {} cells; board[0] has {cols}",
                    row.len()
                ));
            }
            if let Some((c, letter)) = row
                .iter()
                .enumerate()
                .find(|(_, l)| !l.is_ascii_alphabetic())
            {
                return Err(format!(
                    "board[{r}][{c}] = {letter:?}; cells are English letters"
                ));
            }
        }
        constraint::length("word", input.word.len(), 1..=MAX_LENGTH)?;
        if let Some(letter) = input.word.chars().find(|l| !l.is_ascii_alphabetic()) {
            return Err(format!(
                "word contains {letter:?}; it is made of English letters"
            ));
        }
        Ok(())
    }
}

/// The harness's entry point for this problem.
pub fn judge(solve: fn(Vec<Vec<char>>, String) -> bool) -> ! {
    judge_engine::judge::<Problem>(&|input: Input| solve(input.board, input.word))
}

#[cfg(test)]
mod tests {
    use super::*;

    submission!(
        wrong_no_unmark,
        "../../submissions/backtracking/word_search/wrong_no_unmark.rs"
    );
    submission!(
        wrong_reuses_cells,
        "../../submissions/backtracking/word_search/wrong_reuses_cells.rs"
    );
    submission!(
        wrong_diagonal_moves,
        "../../submissions/backtracking/word_search/wrong_diagonal_moves.rs"
    );

    judge_engine::standard_tests!(Problem);

    #[test]
    fn the_random_cases_alone_catch_the_wrong_submissions() {
        assert!(
            crate::strategy_refutes::<Problem>(|input: Input| {
                wrong_no_unmark::Solution::exist(input.board, input.word)
            }),
            "wrong_no_unmark"
        );
        assert!(
            crate::strategy_refutes::<Problem>(|input: Input| {
                wrong_reuses_cells::Solution::exist(input.board, input.word)
            }),
            "wrong_reuses_cells"
        );
        assert!(
            crate::strategy_refutes::<Problem>(|input: Input| {
                wrong_diagonal_moves::Solution::exist(input.board, input.word)
            }),
            "wrong_diagonal_moves"
        );
    }

    fn board(rows: &[&str]) -> Vec<Vec<char>> {
        rows.iter().map(|row| row.chars().collect()).collect()
    }

    #[test]
    fn the_examples() {
        let abc = board(&["ABCE", "SFCS", "ADEE"]);
        assert!(reference(abc.clone(), "ABCCED".into()));
        assert!(reference(abc.clone(), "SEE".into()));
        assert!(!reference(abc, "ABCB".into()));
    }

    #[test]
    fn stress_inputs_are_valid_and_agree_with_the_oracle() {
        for family in Problem::stress() {
            for n in [1, 8, MAX_LENGTH] {
                let input = (family.generate)(n, &mut Gen::new(n as u64));
                assert_eq!(Problem::validate(&input), Ok(()), "{}", family.name);
                if family.name.starts_with("random") {
                    assert_eq!(
                        reference(input.board.clone(), input.word.clone()),
                        Problem::oracle(input),
                        "{}",
                        family.name
                    );
                }
            }
        }
    }

    #[test]
    fn bad_inputs_are_named() {
        let why = Problem::validate(&Input {
            board: board(&["AB", "C"]),
            word: "A".into(),
        })
        .unwrap_err();
        assert!(why.contains("board[1] has 1 cells"), "{why}");
        let why = Problem::validate(&Input {
            board: board(&["AB"]),
            word: "A1".into(),
        })
        .unwrap_err();
        assert!(why.contains("'1'"), "{why}");
    }
}
