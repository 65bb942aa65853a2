//! Valid Palindrome (LeetCode 125). Target: O(n) time and O(1) extra space with two pointers that
//! skip what is not a letter or a digit.

use judge_engine::prelude::*;

#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Input {
    pub s: String,
}

pub struct Problem;

/// The reference: close in from both ends, skipping non-alphanumeric bytes, comparing letters
/// without case.
pub fn reference(s: String) -> bool {
    let bytes = s.as_bytes();
    let (mut lo, mut hi) = (0, bytes.len().saturating_sub(1));
    while lo < hi {
        if !bytes[lo].is_ascii_alphanumeric() {
            lo += 1;
        } else if !bytes[hi].is_ascii_alphanumeric() {
            hi -= 1;
        } else if bytes[lo].eq_ignore_ascii_case(&bytes[hi]) {
            lo += 1;
            hi -= 1;
        } else {
            return false;
        }
    }
    true
}

const MAX_N: usize = 200_000;
const NOISE: &str = " ,.:;!?'\"-_()[]{}@#$%^&*+=/\\|<>~`";

/// A palindrome (in the problem's sense) of exactly `n` printable characters: a random first half
/// of letters, digits and punctuation, mirrored with every letter's case and every punctuation
/// character drawn afresh, since neither matters.
fn palindrome(n: usize, gen: &mut Gen) -> Vec<u8> {
    let alphabet = b"abcdefghijklmnopqrstuvwxyz0123456789";
    let noise = NOISE.as_bytes();
    let any = |gen: &mut Gen| {
        if gen.chance(1, 4) {
            noise[gen.index(noise.len())]
        } else {
            alphabet[gen.index(alphabet.len())]
        }
    };
    let half: Vec<u8> = (0..n / 2).map(|_| any(gen)).collect();
    let mut s = half.clone();
    if !n.is_multiple_of(2) {
        s.push(any(gen));
    }
    for &c in half.iter().rev() {
        s.push(if c.is_ascii_alphanumeric() {
            c
        } else {
            noise[gen.index(noise.len())]
        });
    }
    for c in s.iter_mut() {
        if gen.chance(1, 2) {
            c.make_ascii_uppercase();
        }
    }
    s
}

impl FunctionProblem for Problem {
    type Input = Input;
    type Output = bool;
    const PARAMETERS: &'static [&'static str] = &["s"];

    fn reference(input: Input) -> bool {
        reference(input.s)
    }

    /// The definition, literally: keep the letters and digits, lower-case them, compare with the
    /// reverse.
    fn oracle(input: Input) -> bool {
        let kept: Vec<char> = input
            .s
            .chars()
            .filter(|c| c.is_ascii_alphanumeric())
            .map(|c| c.to_ascii_lowercase())
            .collect();
        kept.iter().eq(kept.iter().rev())
    }

    fn strategy() -> BoxedStrategy<Input> {
        // Palindromes with noise and case changes, sometimes with one character changed; and
        // random short strings of a small alphabet mixing cases, digits and noise.
        // Sometimes a few thousand characters long: the oracle is linear.
        let near_palindrome = (
            gen::size(1..=30, 1000),
            any::<u64>(),
            prop::option::of((
                any::<prop::sample::Index>(),
                prop::sample::select(b"aAbB0 .".to_vec()),
            )),
        )
            .prop_map(|(n, seed, change)| {
                let mut s = palindrome(n, &mut Gen::new(seed));
                if let Some((at, c)) = change {
                    let i = at.index(s.len());
                    s[i] = c;
                }
                String::from_utf8(s).unwrap()
            });
        let random = gen::sized_string("aAbB01 ,.:", 1..=12, 1000);
        prop_oneof![near_palindrome, random]
            .prop_map(|s| Input { s })
            .boxed()
    }

    fn stress() -> Vec<StressFamily<Input>> {
        vec![
            StressFamily {
                // The whole string must be read; removing characters from the front re-copies it.
                name: "a long palindrome with mixed case and punctuation",
                max_n: MAX_N,
                generate: |n, gen| Input {
                    s: String::from_utf8(palindrome(n, gen)).unwrap(),
                },
            },
            StressFamily {
                // Identical until the middle.
                name: "a long palindrome with its middle letter changed",
                max_n: MAX_N,
                generate: |n, gen| {
                    let mut s = palindrome(n, gen);
                    let middle = s.len() / 2;
                    let letter = s[..middle]
                        .iter()
                        .rposition(|c| c.is_ascii_alphanumeric())
                        .unwrap_or(0);
                    s[letter] = if s[letter].eq_ignore_ascii_case(&b'x') {
                        b'y'
                    } else {
                        b'x'
                    };
                    Input {
                        s: String::from_utf8(s).unwrap(),
                    }
                },
            },
            StressFamily {
                // Only the two ends hold letters: the pointers skip everything in between.
                name: "punctuation and spaces only, between two equal letters",
                max_n: MAX_N,
                generate: |n, gen| {
                    let noise = NOISE.as_bytes();
                    let mut s: Vec<u8> = (0..n).map(|_| noise[gen.index(noise.len())]).collect();
                    s[0] = b'Q';
                    s[n - 1] = b'q';
                    Input {
                        s: String::from_utf8(s).unwrap(),
                    }
                },
            },
        ]
    }

    fn validate(input: &Input) -> Result<(), String> {
        let n = input.s.len();
        constraint::length("s", n, 1..=MAX_N)?;
        if let Some(bad) = input.s.chars().find(|c| !(' '..='~').contains(c)) {
            return Err(format!(
                "s holds {bad:?}; only printable ASCII characters are allowed"
            ));
        }
        Ok(())
    }
}

/// The harness's entry point for this problem.
pub fn judge(solve: fn(String) -> bool) -> ! {
    judge_engine::judge::<Problem>(&|input: Input| solve(input.s))
}

#[cfg(test)]
mod tests {
    use super::*;

    judge_engine::standard_tests!(Problem);
}
