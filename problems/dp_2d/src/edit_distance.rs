//! Edit Distance (LeetCode 72). Target: O(m·n) time, O(n) space: the distance between the prefixes
//! word1[..i] and word2[..j] is the diagonal's when their last letters match, or one more than the
//! best of replacing (diagonal), deleting (above) and inserting (left); one row is kept.

use std::collections::VecDeque;

use judge_engine::prelude::*;

#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Input {
    pub word1: String,
    pub word2: String,
}

pub struct Problem;

/// The reference: `row[j]` is the distance from the current prefix of word1 to word2[..j];
/// `diagonal` keeps the previous row's row[j - 1] before it is overwritten.
pub fn reference(word1: String, word2: String) -> i32 {
    let (a, b) = (word1.as_bytes(), word2.as_bytes());
    let mut row: Vec<i32> = (0..=b.len() as i32).collect();
    for (i, &x) in a.iter().enumerate() {
        let mut diagonal = row[0];
        row[0] = i as i32 + 1;
        for j in 1..=b.len() {
            let above = row[j];
            row[j] = if x == b[j - 1] {
                diagonal
            } else {
                1 + diagonal.min(above).min(row[j - 1])
            };
            diagonal = above;
        }
    }
    row[b.len()]
}

const MAX_N: usize = 500;
const LOWERCASE: &str = "abcdefghijklmnopqrstuvwxyz";
/// Two words this long with no letter in common make a recursion without a memo branch three ways
/// at almost every step (more than 10^10 calls).
const RECURSION_N: usize = 15;

/// A shortest path in the edit graph: node (i, j) means word1[..i] has been turned into
/// word2[..j]; a matching letter is a free diagonal step, a replacement, deletion or insertion
/// costs 1. Breadth-first with free steps at the front of the queue (0-1 BFS).
fn by_shortest_path(a: &[u8], b: &[u8]) -> i32 {
    let mut distance = vec![vec![i32::MAX; b.len() + 1]; a.len() + 1];
    distance[0][0] = 0;
    let mut queue = VecDeque::from([(0usize, 0usize)]);
    while let Some((i, j)) = queue.pop_front() {
        let here = distance[i][j];
        let mut relax = |ni: usize, nj: usize, cost: i32, queue: &mut VecDeque<(usize, usize)>| {
            if here + cost < distance[ni][nj] {
                distance[ni][nj] = here + cost;
                if cost == 0 {
                    queue.push_front((ni, nj));
                } else {
                    queue.push_back((ni, nj));
                }
            }
        };
        if i < a.len() && j < b.len() {
            relax(i + 1, j + 1, i32::from(a[i] != b[j]), &mut queue);
        }
        if i < a.len() {
            relax(i + 1, j, 1, &mut queue);
        }
        if j < b.len() {
            relax(i, j + 1, 1, &mut queue);
        }
    }
    distance[a.len()][b.len()]
}

/// `word` after `edits` random replacements, insertions and deletions.
fn edited(gen: &mut Gen, word: &str, edits: usize) -> String {
    let mut bytes = word.as_bytes().to_vec();
    for _ in 0..edits {
        let letter = LOWERCASE.as_bytes()[gen.index(26)];
        match gen.int(0, 2) {
            0 if !bytes.is_empty() => {
                let at = gen.index(bytes.len());
                bytes[at] = letter;
            }
            1 if !bytes.is_empty() => {
                bytes.remove(gen.index(bytes.len()));
            }
            _ if bytes.len() < MAX_N => {
                let at = gen.index(bytes.len() + 1);
                bytes.insert(at, letter);
            }
            _ => {}
        }
    }
    String::from_utf8(bytes).expect("ASCII")
}

impl FunctionProblem for Problem {
    type Input = Input;
    type Output = i32;
    const PARAMETERS: &'static [&'static str] = &["word1", "word2"];

    fn reference(input: Input) -> i32 {
        reference(input.word1, input.word2)
    }

    fn oracle(input: Input) -> i32 {
        by_shortest_path(input.word1.as_bytes(), input.word2.as_bytes())
    }

    fn strategy() -> BoxedStrategy<Input> {
        // Up to 8 letters from three (either word may be empty), so that matches, near misses and
        // ties between the three operations are common.
        (string_of("abc", 0..=8), string_of("abc", 0..=8))
            .prop_map(|(word1, word2)| Input { word1, word2 })
            .boxed()
    }

    fn stress() -> Vec<StressFamily<Input>> {
        vec![
            StressFamily {
                // First, so that a recursion without a memo is stopped after 200 ms.
                name: "no letter in common, 15 and 15 (exposes a recursion without a memo)",
                max_n: RECURSION_N,
                generate: |n, gen| Input {
                    word1: gen.string(n, "abcdefghijklm"),
                    word2: gen.string(n, "nopqrstuvwxyz"),
                },
            },
            StressFamily {
                name: "random lowercase, 500 and 500",
                max_n: MAX_N,
                generate: |n, gen| Input {
                    word1: gen.string(n, LOWERCASE),
                    word2: gen.string(n, LOWERCASE),
                },
            },
            StressFamily {
                name: "random over a and b, 500 and 500",
                max_n: MAX_N,
                generate: |n, gen| Input {
                    word1: gen.string(n, "ab"),
                    word2: gen.string(n, "ab"),
                },
            },
            StressFamily {
                name: "500 letters and the same after 50 random edits",
                max_n: MAX_N,
                generate: |n, gen| {
                    let word1 = gen.string(n, LOWERCASE);
                    let word2 = edited(gen, &word1, n / 10);
                    Input { word1, word2 }
                },
            },
        ]
    }

    fn validate(input: &Input) -> Result<(), String> {
        for (name, word) in [("word1", &input.word1), ("word2", &input.word2)] {
            constraint::length(name, word.len(), 0..=MAX_N)?;
            if let Some(bad) = word.chars().find(|c| !c.is_ascii_lowercase()) {
                return Err(format!(
                    "{name} holds {bad:?}; only lowercase English letters are allowed"
                ));
            }
        }
        Ok(())
    }
}

/// The harness's entry point for this problem.
pub fn judge(solve: fn(String, String) -> i32) -> ! {
    judge_engine::judge::<Problem>(&|input: Input| solve(input.word1, input.word2))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn distance(a: &str, b: &str) -> i32 {
        reference(a.into(), b.into())
    }

    judge_engine::standard_tests!(Problem);

    #[test]
    fn the_examples_and_the_corners() {
        assert_eq!(distance("horse", "ros"), 3);
        assert_eq!(distance("intention", "execution"), 5);
        assert_eq!(distance("", ""), 0);
        assert_eq!(distance("", "abc"), 3);
        assert_eq!(distance("abc", ""), 3);
        assert_eq!(distance("ab", "ba"), 2);
    }

    #[test]
    fn the_reference_agrees_with_the_search_at_stress_sizes() {
        for family in Problem::stress() {
            for seed in 0..2 {
                let input = (family.generate)(family.max_n, &mut Gen::new(seed));
                assert_eq!(
                    reference(input.word1.clone(), input.word2.clone()),
                    Problem::oracle(input),
                    "{}",
                    family.name
                );
            }
        }
    }
}
