//! Partition Labels (LeetCode 763). Target: O(n) time, O(1) space (26 letters): with each letter's
//! last index known, a part must reach at least the last index of every letter in it, and it ends
//! as soon as the scan arrives at that point.

use judge_engine::prelude::*;

#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Input {
    pub s: String,
}

pub struct Problem;

/// The reference: the last index of each letter, then one scan that extends the current part.
pub fn reference(s: String) -> Vec<i32> {
    let bytes = s.as_bytes();
    let mut last = [0usize; 26];
    for (i, &b) in bytes.iter().enumerate() {
        last[usize::from(b - b'a')] = i;
    }
    let (mut sizes, mut start, mut end) = (Vec::new(), 0usize, 0usize);
    for (i, &b) in bytes.iter().enumerate() {
        end = end.max(last[usize::from(b - b'a')]);
        if i == end {
            sizes.push((end - start + 1) as i32);
            start = i + 1;
        }
    }
    sizes
}

const MAX_N: usize = 500;
const LETTERS: &str = "abcdefghijklmnopqrstuvwxyz";

/// `s` cut into `parts` blocks (at most 13), block p over the letters 2p and 2p + 1 only: it
/// starts and ends with the first, the second scattered inside, so each block is exactly one part.
fn blocks(n: usize, parts: usize, gen: &mut Gen) -> String {
    let letters = LETTERS.as_bytes();
    let mut s = String::with_capacity(n);
    for p in 0..parts {
        let len = n / parts + usize::from(p < n % parts);
        for i in 0..len {
            let edge = i == 0 || i + 1 == len;
            let letter = if edge || gen.chance(1, 2) {
                letters[2 * p]
            } else {
                letters[2 * p + 1]
            };
            s.push(char::from(letter));
        }
    }
    s
}

impl FunctionProblem for Problem {
    type Input = Input;
    type Output = Vec<i32>;
    const PARAMETERS: &'static [&'static str] = &["s"];

    fn reference(input: Input) -> Vec<i32> {
        reference(input.s)
    }

    /// A cut after index j is allowed when no letter occurs both before and after it; the most
    /// parts come from making every allowed cut (O(26 n)).
    fn oracle(input: Input) -> Vec<i32> {
        let bytes = input.s.as_bytes();
        let n = bytes.len();
        let mut after = vec![[0u32; 26]; n + 1];
        for i in (0..n).rev() {
            after[i] = after[i + 1];
            after[i][usize::from(bytes[i] - b'a')] += 1;
        }
        let mut seen = [false; 26];
        let (mut sizes, mut start) = (Vec::new(), 0usize);
        for j in 0..n {
            seen[usize::from(bytes[j] - b'a')] = true;
            let shared = (0..26).any(|c| seen[c] && after[j + 1][c] > 0);
            if !shared {
                sizes.push((j + 1 - start) as i32);
                start = j + 1;
            }
        }
        sizes
    }

    fn strategy() -> BoxedStrategy<Input> {
        // Few letters so that parts overlap and nest; sometimes more, for many short parts.
        prop_oneof![
            3 => string_of("abcd", 1..=14),
            1 => string_of("abcdefghij", 1..=14),
        ]
        .prop_map(|s| Input { s })
        .boxed()
    }

    fn stress() -> Vec<StressFamily<Input>> {
        vec![
            StressFamily {
                name: "13 blocks of two letters each (13 parts)",
                max_n: MAX_N,
                generate: |n, gen| Input {
                    s: blocks(n, 13.min(n), gen),
                },
            },
            StressFamily {
                // Every letter's last index is early, the part is decided by one letter at the end.
                name: "one part: the first letter again at the end",
                max_n: MAX_N,
                generate: |n, gen| {
                    let mut s = gen.string(n.saturating_sub(1), LETTERS);
                    s.insert(0, 'a');
                    if n > 1 {
                        s.pop();
                        s.push('a');
                    }
                    Input { s }
                },
            },
            StressFamily {
                name: "25 letters once each, then a run of z (26 parts)",
                max_n: MAX_N,
                generate: |n, _| Input {
                    s: LETTERS[..n.min(25)].to_string() + &"z".repeat(n.saturating_sub(25)),
                },
            },
            StressFamily {
                name: "random letters",
                max_n: MAX_N,
                generate: |n, gen| Input {
                    s: gen.string(n, LETTERS),
                },
            },
        ]
    }

    fn validate(input: &Input) -> Result<(), String> {
        constraint::length("s", input.s.len(), 1..=MAX_N)?;
        match input
            .s
            .char_indices()
            .find(|(_, c)| !c.is_ascii_lowercase())
        {
            Some((at, c)) => Err(format!(
                "s[{at}] = {c:?}; s holds only lowercase English letters"
            )),
            None => Ok(()),
        }
    }
}

/// The harness's entry point for this problem.
pub fn judge(solve: fn(String) -> Vec<i32>) -> ! {
    judge_engine::judge::<Problem>(&|input: Input| solve(input.s))
}

#[cfg(test)]
mod tests {
    use super::*;

    submission!(
        wrong_end_overwritten,
        "../../submissions/greedy/partition_labels/wrong_end_overwritten.rs"
    );
    submission!(
        wrong_cut_after_a_last_letter,
        "../../submissions/greedy/partition_labels/wrong_cut_after_a_last_letter.rs"
    );

    #[test]
    fn the_random_cases_alone_catch_the_wrong_submissions() {
        assert!(
            crate::strategy_refutes::<Problem>(|input: Input| {
                wrong_end_overwritten::Solution::partition_labels(input.s)
            }),
            "wrong_end_overwritten"
        );
        assert!(
            crate::strategy_refutes::<Problem>(|input: Input| {
                wrong_cut_after_a_last_letter::Solution::partition_labels(input.s)
            }),
            "wrong_cut_after_a_last_letter"
        );
    }

    judge_engine::standard_tests!(Problem);

    #[test]
    fn the_examples() {
        assert_eq!(reference("ababcbacadefegdehijhklij".into()), vec![9, 7, 8]);
        assert_eq!(reference("eccbbbbdec".into()), vec![10]);
    }

    #[test]
    fn stress_inputs_are_valid_and_agree_with_the_oracle() {
        for family in Problem::stress() {
            for n in [1, 2, 27, family.max_n] {
                let input = (family.generate)(n, &mut Gen::new(9));
                assert_eq!(input.s.len(), n, "{}", family.name);
                assert_eq!(Problem::validate(&input), Ok(()), "{}", family.name);
                assert_eq!(reference(input.s.clone()), Problem::oracle(input));
            }
        }
        let parts = reference(blocks(MAX_N, 13, &mut Gen::new(1)));
        assert_eq!(parts.len(), 13);
    }
}
