//! Longest Substring Without Repeating Characters (LeetCode 3). Target: O(n), a window whose left
//! edge jumps past the previous occurrence of the character that just entered.

use std::collections::HashSet;

use judge_engine::prelude::*;

#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Input {
    pub s: String,
}

pub struct Problem;

/// The reference: `after_last[c]` is one past the last index where byte `c` was seen, so a
/// window ending here cannot start before it.
pub fn reference(s: String) -> i32 {
    let mut after_last = [0usize; 256];
    let mut start = 0;
    let mut best = 0;
    for (i, byte) in s.bytes().enumerate() {
        start = start.max(after_last[byte as usize]);
        after_last[byte as usize] = i + 1;
        best = best.max(i + 1 - start);
    }
    best as i32
}

const MAX_LEN: usize = 50_000;

/// Every character the constraints allow: letters, digits, symbols and the space (ASCII 32..=126).
fn printable() -> String {
    (b' '..=b'~').map(char::from).collect()
}

impl FunctionProblem for Problem {
    type Input = Input;
    type Output = i32;
    const PARAMETERS: &'static [&'static str] = &["s"];

    fn reference(input: Input) -> i32 {
        reference(input.s)
    }

    fn oracle(input: Input) -> i32 {
        // From every start, extend until a character repeats.
        let chars: Vec<char> = input.s.chars().collect();
        let mut best = 0;
        for start in 0..chars.len() {
            let mut seen = HashSet::new();
            let mut end = start;
            while end < chars.len() && seen.insert(chars[end]) {
                end += 1;
            }
            best = best.max(end - start);
        }
        best as i32
    }

    fn strategy() -> BoxedStrategy<Input> {
        // Few distinct characters make repeats (and stale positions to the left of the window)
        // common; the full printable set makes long windows. Picks shrink towards the first
        // character of the alphabet, and the length towards the empty string. The oracle extends
        // from every start, at most the alphabet's size: up to 2000 characters.
        let alphabets: Vec<String> = vec![
            "ab".into(),
            "abc".into(),
            "abcdefgh".into(),
            " aZ0!~\"\\".into(),
            printable(),
        ];
        (
            prop::sample::select(alphabets),
            gen::sized_vec(any::<prop::sample::Index>(), 0..=40, 1000),
        )
            .prop_map(|(alphabet, picks)| {
                let letters: Vec<char> = alphabet.chars().collect();
                Input {
                    s: picks
                        .iter()
                        .map(|pick| letters[pick.index(letters.len())])
                        .collect(),
                }
            })
            .boxed()
    }

    fn stress() -> Vec<StressFamily<Input>> {
        vec![
            StressFamily {
                name: "random printable characters",
                max_n: MAX_LEN,
                generate: |n, gen| Input {
                    s: gen.string(n, &printable()),
                },
            },
            StressFamily {
                // Every window of 95 is repeat-free, the longest any window can be: restarting
                // from each start walks 95 characters, and checking every substring is O(n²).
                name: "all 95 printable characters, cycled",
                max_n: MAX_LEN,
                generate: |n, _| {
                    let all = printable().into_bytes();
                    Input {
                        s: (0..n).map(|i| char::from(all[i % all.len()])).collect(),
                    }
                },
            },
            StressFamily {
                // Repeats everywhere, then the only long repeat-free run at the very end.
                name: "digits in a short loop, the longest run at the end",
                max_n: MAX_LEN,
                generate: |n, gen| {
                    let all = printable();
                    let tail = all.len().min(n);
                    let mut s = gen.string(n - tail, "0123");
                    s.push_str(&all[all.len() - tail..]);
                    Input { s }
                },
            },
            StressFamily {
                name: "a single repeated character",
                max_n: MAX_LEN,
                generate: |n, _| Input { s: " ".repeat(n) },
            },
        ]
    }

    fn validate(input: &Input) -> Result<(), String> {
        let n = input.s.chars().count();
        constraint::length("s", n, 0..=MAX_LEN)?;
        if let Some(bad) = input.s.chars().find(|c| !(' '..='~').contains(c)) {
            return Err(format!(
                "s holds {bad:?}; only English letters, digits, symbols and spaces (printable ASCII) are allowed"
            ));
        }
        Ok(())
    }
}

/// The harness's entry point for this problem.
pub fn judge(solve: fn(String) -> i32) -> ! {
    judge_engine::judge::<Problem>(&|input: Input| solve(input.s))
}

#[cfg(test)]
mod tests {
    use super::*;

    judge_engine::standard_tests!(Problem);
}
