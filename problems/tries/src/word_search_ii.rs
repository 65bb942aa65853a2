//! Word Search II (LeetCode 212). Target: one trie of all the words and one depth-first search from
//! every cell that follows the trie, pruning branches whose words are all found: O(m·n·4·3^(L-1))
//! for words of length at most L, however many words share their prefixes. Any order is accepted.

use std::collections::{BTreeMap, BTreeSet};

use judge_engine::prelude::*;

#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Input {
    pub board: Vec<Vec<char>>,
    pub words: Vec<String>,
}

pub struct Problem;

/// The trie of the reference: 26 child slots (0 = none), the index of the word ending at each
/// node, and how many words not yet found lie at or below each node.
struct Trie {
    children: Vec<[u32; 26]>,
    word: Vec<Option<u32>>,
    left: Vec<u32>,
}

impl Trie {
    fn new(words: &[String]) -> Trie {
        let mut trie = Trie {
            children: vec![[0; 26]],
            word: vec![None],
            left: vec![0],
        };
        for (index, word) in words.iter().enumerate() {
            let mut node = 0usize;
            trie.left[0] += 1;
            for byte in word.bytes() {
                let slot = usize::from(byte - b'a');
                if trie.children[node][slot] == 0 {
                    trie.children[node][slot] = trie.children.len() as u32;
                    trie.children.push([0; 26]);
                    trie.word.push(None);
                    trie.left.push(0);
                }
                node = trie.children[node][slot] as usize;
                trie.left[node] += 1;
            }
            trie.word[node] = Some(index as u32);
        }
        trie
    }
}

/// Follows the trie from `node` into cell (r, c); the cell is marked with 0 while on the path.
/// Returns how many words were found below, so that the callers can lower their counts.
fn search(
    board: &mut [Vec<u8>],
    trie: &mut Trie,
    node: usize,
    (r, c): (usize, usize),
    words: &[String],
    found: &mut Vec<String>,
) -> u32 {
    let letter = board[r][c];
    let child = trie.children[node][usize::from(letter - b'a')] as usize;
    if child == 0 || trie.left[child] == 0 {
        return 0;
    }
    let mut count = 0;
    if let Some(index) = trie.word[child].take() {
        found.push(words[index as usize].clone());
        count += 1;
    }
    board[r][c] = 0;
    let (rows, cols) = (board.len(), board[0].len());
    let neighbours = [
        (r.wrapping_sub(1), c),
        (r + 1, c),
        (r, c.wrapping_sub(1)),
        (r, c + 1),
    ];
    for (nr, nc) in neighbours {
        if nr < rows && nc < cols && board[nr][nc] != 0 && trie.left[child] > count {
            count += search(board, trie, child, (nr, nc), words, found);
        }
    }
    board[r][c] = letter;
    trie.left[child] -= count;
    count
}

/// The reference, with LeetCode's signature.
pub fn reference(board: Vec<Vec<char>>, words: Vec<String>) -> Vec<String> {
    let mut trie = Trie::new(&words);
    let mut grid: Vec<Vec<u8>> = board
        .iter()
        .map(|row| row.iter().map(|&c| c as u8).collect())
        .collect();
    let mut found = Vec::new();
    for r in 0..grid.len() {
        for c in 0..grid[0].len() {
            if trie.left[0] == 0 {
                return found;
            }
            let count = search(&mut grid, &mut trie, 0, (r, c), &words, &mut found);
            trie.left[0] -= count;
        }
    }
    found
}

const MAX_SIDE: usize = 12;
const MAX_WORDS: usize = 30_000;
const MAX_LENGTH: usize = 10;

/// Whether `word` can be traced on the board from (r, c) on, through cells not in `used`.
fn traced(
    board: &[Vec<char>],
    word: &[char],
    (r, c): (usize, usize),
    used: &mut Vec<Vec<bool>>,
) -> bool {
    if used[r][c] || board[r][c] != word[0] {
        return false;
    }
    if word.len() == 1 {
        return true;
    }
    used[r][c] = true;
    let (rows, cols) = (board.len(), board[0].len());
    let found = (r > 0 && traced(board, &word[1..], (r - 1, c), used))
        || (r + 1 < rows && traced(board, &word[1..], (r + 1, c), used))
        || (c > 0 && traced(board, &word[1..], (r, c - 1), used))
        || (c + 1 < cols && traced(board, &word[1..], (r, c + 1), used));
    used[r][c] = false;
    found
}

/// Unique words, in the order first seen.
fn unique(words: Vec<String>) -> Vec<String> {
    let mut seen = BTreeSet::new();
    words
        .into_iter()
        .filter(|w| seen.insert(w.clone()))
        .collect()
}

impl FunctionProblem for Problem {
    type Input = Input;
    type Output = Vec<String>;
    const PARAMETERS: &'static [&'static str] = &["board", "words"];

    fn reference(input: Input) -> Vec<String> {
        reference(input.board, input.words)
    }

    fn oracle(input: Input) -> Vec<String> {
        // Every word on its own: skip it if the board lacks enough of one of its letters, else
        // try to trace it from every cell.
        let (rows, cols) = (input.board.len(), input.board[0].len());
        let mut on_board = [0usize; 26];
        for &letter in input.board.iter().flatten() {
            on_board[(letter as u8 - b'a') as usize] += 1;
        }
        input
            .words
            .into_iter()
            .filter(|word| {
                let mut needed = [0usize; 26];
                for byte in word.bytes() {
                    needed[usize::from(byte - b'a')] += 1;
                }
                if needed.iter().zip(&on_board).any(|(n, have)| n > have) {
                    return false;
                }
                let letters: Vec<char> = word.chars().collect();
                let mut used = vec![vec![false; cols]; rows];
                (0..rows)
                    .any(|r| (0..cols).any(|c| traced(&input.board, &letters, (r, c), &mut used)))
            })
            .collect()
    }

    fn strategy() -> BoxedStrategy<Input> {
        // Two or three letters on a small board: words are often found along several paths, and
        // a word that needs a cell twice is common.
        (
            1..=4usize,
            1..=4usize,
            prop_oneof![Just("ab"), Just("abc")],
            any::<u64>(),
            1..=8usize,
        )
            .prop_map(|(rows, cols, alphabet, seed, count)| {
                let mut gen = Gen::new(seed);
                let board = gen.letter_grid(rows, cols, alphabet);
                let words = (0..count)
                    .map(|_| {
                        let length = gen.int(1, 6) as usize;
                        if gen.chance(1, 2) {
                            gen.walk(&board, length)
                        } else {
                            gen.string(length, alphabet)
                        }
                    })
                    .collect();
                Input {
                    board,
                    words: unique(words),
                }
            })
            .boxed()
    }

    fn stress() -> Vec<StressFamily<Input>> {
        vec![
            StressFamily {
                // Every word starts with six a's and is absent: searching each word on its own
                // walks all the a-paths of length six from every cell, once per word.
                name: "all-'a' board, absent words sharing the prefix aaaaaa",
                max_n: MAX_WORDS,
                generate: |n, gen| {
                    let words = (0..n)
                        .map(|_| format!("aaaaaa{}", gen.string(4, "bcdefghijklmnopqrstuvwxyz")))
                        .collect();
                    Input {
                        board: vec![vec!['a'; MAX_SIDE]; MAX_SIDE],
                        words: unique(words),
                    }
                },
            },
            StressFamily {
                name: "random board of 3 letters, words from random walks (mostly present)",
                max_n: MAX_WORDS,
                generate: |n, gen| {
                    let board = gen.letter_grid(MAX_SIDE, MAX_SIDE, "abc");
                    let words = (0..n)
                        .map(|_| {
                            let length = gen.int(1, MAX_LENGTH as i64) as usize;
                            gen.walk(&board, length)
                        })
                        .collect();
                    Input {
                        board,
                        words: unique(words),
                    }
                },
            },
            StressFamily {
                name: "random board of 26 letters, random words",
                max_n: MAX_WORDS,
                generate: |n, gen| {
                    let letters = "abcdefghijklmnopqrstuvwxyz";
                    let board = gen.letter_grid(MAX_SIDE, MAX_SIDE, letters);
                    let words = (0..n)
                        .map(|_| {
                            let length = gen.int(1, MAX_LENGTH as i64) as usize;
                            gen.string(length, letters)
                        })
                        .collect();
                    Input {
                        board,
                        words: unique(words),
                    }
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
                .find(|(_, l)| !l.is_ascii_lowercase())
            {
                return Err(format!(
                    "board[{r}][{c}] = {letter:?}; cells are lowercase English letters"
                ));
            }
        }
        constraint::length("words", input.words.len(), 1..=MAX_WORDS)?;
        let mut seen = BTreeSet::new();
        for (i, word) in input.words.iter().enumerate() {
            if !(1..=MAX_LENGTH).contains(&word.len()) {
                return Err(format!(
                    "words[{i}] has length {}; allowed 1..={MAX_LENGTH}",
                    word.len()
                ));
            }
            if !word.bytes().all(|b| b.is_ascii_lowercase()) {
                return Err(format!(
                    "words[{i}] = {word:?}; words are lowercase English letters"
                ));
            }
            if !seen.insert(word) {
                return Err(format!(
                    "words[{i}] = {word:?} appears twice; the words are unique"
                ));
            }
        }
        Ok(())
    }

    fn check(input: &Input, expected: &Vec<String>, got: &Vec<String>) -> Checked {
        if check::any_order(expected, got).is_ok() {
            return Ok(());
        }
        let mut counts: BTreeMap<&String, usize> = BTreeMap::new();
        for word in got {
            *counts.entry(word).or_default() += 1;
        }
        let on_board: BTreeSet<&String> = expected.iter().collect();
        let listed: BTreeSet<&String> = input.words.iter().collect();
        let mut problems = Vec::new();
        for (word, &n) in &counts {
            if !listed.contains(word) {
                problems.push(format!("{word:?} is not one of the words"));
            } else if !on_board.contains(word) {
                problems.push(format!("{word:?} is not on the board"));
            } else if n > 1 {
                problems.push(format!(
                    "{word:?} appears {n} times; each word is reported once"
                ));
            }
        }
        for word in expected {
            if !counts.contains_key(word) {
                problems.push(format!(
                    "{word:?} is on the board but missing from the answer"
                ));
            }
        }
        let more = problems.len().saturating_sub(4);
        problems.truncate(4);
        if more > 0 {
            problems.push(format!("and {more} more"));
        }
        Err(problems.join("; "))
    }
}

/// The harness's entry point for this problem.
pub fn judge(solve: fn(Vec<Vec<char>>, Vec<String>) -> Vec<String>) -> ! {
    judge_engine::judge::<Problem>(&|input: Input| solve(input.board, input.words))
}

#[cfg(test)]
mod tests {
    use super::*;

    judge_engine::standard_tests!(Problem);
}
