//! Longest Repeating Character Replacement (LeetCode 424). Target: O(n), a window that never
//! shrinks, with letter counts and the highest count seen so far.

use judge_engine::prelude::*;

#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Input {
    pub s: String,
    pub k: i32,
}

pub struct Problem;

/// The reference: a window `[left, right]` is fine when all but its most frequent letter fit in
/// `k` replacements. The window only grows or slides, so the highest count ever reached may stand
/// in for the current one: only a higher count can give a longer window.
pub fn reference(s: String, k: i32) -> i32 {
    let s = s.as_bytes();
    let k = k as usize;
    let mut counts = [0usize; 26];
    let mut most = 0;
    let mut left = 0;
    for right in 0..s.len() {
        let letter = (s[right] - b'A') as usize;
        counts[letter] += 1;
        most = most.max(counts[letter]);
        if right + 1 - left - most > k {
            counts[(s[left] - b'A') as usize] -= 1;
            left += 1;
        }
    }
    (s.len() - left) as i32
}

const MAX_N: usize = 100_000;
const LETTERS: &str = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";

impl FunctionProblem for Problem {
    type Input = Input;
    type Output = i32;
    const PARAMETERS: &'static [&'static str] = &["s", "k"];

    fn reference(input: Input) -> i32 {
        reference(input.s, input.k)
    }

    fn oracle(input: Input) -> i32 {
        // Try every letter as the one to keep. The other letters' positions, with sentinels at -1
        // and n, split the string; a window holding at most k of them is at best the span
        // strictly between two of them that are k + 1 apart in the list.
        let s = input.s.as_bytes();
        let (n, k) = (s.len() as i64, input.k as usize);
        let mut best = 0;
        for keep in b'A'..=b'Z' {
            let mut others = vec![-1i64];
            others.extend((0..n).filter(|&i| s[i as usize] != keep));
            others.push(n);
            // others.len() = (number of other letters) + 2.
            if others.len() - 2 <= k {
                return n as i32;
            }
            for pair in others.windows(k + 2) {
                best = best.max(pair[k + 1] - pair[0] - 1);
            }
        }
        best as i32
    }

    fn strategy() -> BoxedStrategy<Input> {
        // One to three letters make long runs and ties for the commonest letter common. Every
        // part shrinks on its own: letters towards 'A', k towards 0, the string towards length 1.
        // The oracle is linear for each of the 26 letters: up to a few thousand letters.
        (
            prop_oneof![Just(1u8), Just(2u8), Just(3u8), Just(26u8)],
            gen::sized_vec(0u8..26, 1..=40, 1000),
            any::<prop::sample::Index>(),
        )
            .prop_map(|(alphabet, codes, k)| {
                let s: String = codes
                    .iter()
                    .map(|&c| char::from(b'A' + c % alphabet))
                    .collect();
                let k = k.index(s.len() + 1) as i32;
                Input { s, k }
            })
            .boxed()
    }

    fn stress() -> Vec<StressFamily<Input>> {
        vec![
            StressFamily {
                name: "random letters, k = 0",
                max_n: MAX_N,
                generate: |n, gen| Input {
                    s: gen.string(n, LETTERS),
                    k: 0,
                },
            },
            StressFamily {
                // Long windows: extending from every start runs far, O(n²).
                name: "random letters, k = n/4",
                max_n: MAX_N,
                generate: |n, gen| Input {
                    s: gen.string(n, LETTERS),
                    k: (n / 4) as i32,
                },
            },
            StressFamily {
                // The whole string is the answer even with no replacement: extending from every
                // start always runs to the end.
                name: "a single letter, k = 0",
                max_n: MAX_N,
                generate: |n, _| Input {
                    s: "Q".repeat(n),
                    k: 0,
                },
            },
            StressFamily {
                // Two letters in random blocks: the commonest letter changes as the window moves.
                name: "two letters in blocks, k = n/8",
                max_n: MAX_N,
                generate: |n, gen| {
                    let mut s = String::with_capacity(n);
                    let mut letter = 'A';
                    while s.len() < n {
                        let block = (gen.int(1, 50) as usize).min(n - s.len());
                        s.extend(std::iter::repeat_n(letter, block));
                        letter = if letter == 'A' { 'B' } else { 'A' };
                    }
                    Input {
                        s,
                        k: (n / 8) as i32,
                    }
                },
            },
        ]
    }

    fn validate(input: &Input) -> Result<(), String> {
        let n = input.s.chars().count();
        constraint::length("s", n, 1..=MAX_N)?;
        if let Some(bad) = input.s.chars().find(|c| !c.is_ascii_uppercase()) {
            return Err(format!(
                "s holds {bad:?}; only uppercase English letters are allowed"
            ));
        }
        if !(0..=n as i64).contains(&i64::from(input.k)) {
            return Err(format!("k = {}; allowed 0..={n}", input.k));
        }
        Ok(())
    }
}

/// The harness's entry point for this problem.
pub fn judge(solve: fn(String, i32) -> i32) -> ! {
    judge_engine::judge::<Problem>(&|input: Input| solve(input.s, input.k))
}

#[cfg(test)]
mod tests {
    use super::*;

    judge_engine::standard_tests!(Problem);
}
