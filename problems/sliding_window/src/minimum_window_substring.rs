//! Minimum Window Substring (LeetCode 76). Target: O(m + n) with a variable window over letter
//! counts. Several minimal windows may exist; any valid minimal one is accepted.

use judge_engine::prelude::*;

#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Input {
    pub s: String,
    pub t: String,
}

pub struct Problem;

fn counts(text: &[u8]) -> [i32; 128] {
    let mut counts = [0; 128];
    for &c in text {
        counts[c as usize] += 1;
    }
    counts
}

/// The reference: grow the right edge until every letter of t is covered, then shrink the left
/// edge while it stays covered, remembering the shortest window.
pub fn reference(s: String, t: String) -> String {
    let (s_bytes, need) = (s.as_bytes(), counts(t.as_bytes()));
    let mut missing = t.len();
    let mut have = [0i32; 128];
    let (mut best, mut left) = (None::<(usize, usize)>, 0);
    for (right, &c) in s_bytes.iter().enumerate() {
        have[c as usize] += 1;
        if have[c as usize] <= need[c as usize] {
            missing -= 1;
        }
        while missing == 0 {
            if best.is_none_or(|(a, b)| right + 1 - left < b - a) {
                best = Some((left, right + 1));
            }
            let out = s_bytes[left] as usize;
            have[out] -= 1;
            if have[out] < need[out] {
                missing += 1;
            }
            left += 1;
        }
    }
    best.map_or(String::new(), |(a, b)| s[a..b].to_string())
}

const MAX_LEN: usize = 100_000;
const LETTERS: &str = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";

impl FunctionProblem for Problem {
    type Input = Input;
    type Output = String;
    const PARAMETERS: &'static [&'static str] = &["s", "t"];

    fn reference(input: Input) -> String {
        reference(input.s, input.t)
    }

    fn oracle(input: Input) -> String {
        // For each length from |t| up, the first window that covers t: obviously minimal.
        // Binary search on the length keeps it usable at stress sizes (coverage is monotonic in length).
        let (s, need) = (input.s.as_bytes(), counts(input.t.as_bytes()));
        // The first window of exactly `len` letters that covers t, sliding fixed-size counts.
        let first_covering = |len: usize| -> Option<usize> {
            if len > s.len() {
                return None;
            }
            let mut have = counts(&s[..len]);
            let enough = |have: &[i32; 128]| (0..128).all(|c| have[c] >= need[c]);
            for start in 0..=s.len() - len {
                if start > 0 {
                    have[s[start - 1] as usize] -= 1;
                    have[s[start + len - 1] as usize] += 1;
                }
                if enough(&have) {
                    return Some(start);
                }
            }
            None
        };
        let (mut low, mut high) = (input.t.len(), s.len() + 1);
        while low < high {
            let mid = (low + high) / 2;
            if first_covering(mid).is_some() {
                high = mid;
            } else {
                low = mid + 1;
            }
        }
        match (low <= s.len()).then(|| first_covering(low)).flatten() {
            Some(i) => input.s[i..i + low].to_string(),
            None => String::new(),
        }
    }

    fn strategy() -> BoxedStrategy<Input> {
        // Sometimes s is long (the oracle's binary search slides over s about log(n) times, with
        // a 128-letter count at each step: up to 1000 letters) and t too (up to 20).
        (
            gen::sized_string("abcA", 1..=25, 1000),
            gen::sized_string("abcA", 1..=4, 20),
        )
            .prop_map(|(s, t)| Input { s, t })
            .boxed()
    }

    fn stress() -> Vec<StressFamily<Input>> {
        vec![
            StressFamily {
                // The only window is at the very end; t is long with repeated letters.
                name: "the window at the very end",
                max_n: MAX_LEN,
                generate: |n, gen| {
                    let t = gen.string((n / 10).max(1), "abc");
                    let s = gen.string(n - t.len(), "xyz") + &t.chars().rev().collect::<String>();
                    Input { s, t }
                },
            },
            StressFamily {
                name: "random letters, t of n/2 letters",
                max_n: MAX_LEN,
                generate: |n, gen| Input {
                    s: gen.string(n, LETTERS),
                    t: gen.string((n / 2).max(1), "aAbB"),
                },
            },
            StressFamily {
                name: "random letters, short t",
                max_n: MAX_LEN,
                generate: |n, gen| Input {
                    s: gen.string(n, LETTERS),
                    t: gen.string(5.min(n), LETTERS),
                },
            },
        ]
    }

    fn validate(input: &Input) -> Result<(), String> {
        for (name, text) in [("s", &input.s), ("t", &input.t)] {
            if !(1..=MAX_LEN).contains(&text.len()) {
                return Err(format!(
                    "{name} has length {}; allowed 1..={MAX_LEN}",
                    text.len()
                ));
            }
            if let Some(bad) = text.chars().find(|c| !c.is_ascii_alphabetic()) {
                return Err(format!(
                    "{name} holds {bad:?}; only English letters are allowed"
                ));
            }
        }
        Ok(())
    }

    /// Any window of minimal length that holds every letter of t (with multiplicity) is right.
    fn check(input: &Input, expected: &String, got: &String) -> Checked {
        if expected.is_empty() || got.is_empty() {
            return match (expected.is_empty(), got.is_empty()) {
                (true, true) => Ok(()),
                (true, false) => Err(format!(
                    "no window of s holds every letter of t, but the answer is {got:?}"
                )),
                _ => Err(format!(
                    "a window of length {} holds every letter of t, but the answer is \"\"",
                    expected.len()
                )),
            };
        }
        if !input.s.contains(got.as_str()) {
            return Err(format!("{got:?} is not a substring of s"));
        }
        let (need, have) = (counts(input.t.as_bytes()), counts(got.as_bytes()));
        if let Some(c) = (0..128u8).find(|&c| have[c as usize] < need[c as usize]) {
            return Err(format!(
                "{got:?} holds {} of the {} {:?} in t",
                have[c as usize], need[c as usize], c as char
            ));
        }
        if got.len() != expected.len() {
            return Err(format!(
                "a window of length {} exists, but the answer has length {}",
                expected.len(),
                got.len()
            ));
        }
        Ok(())
    }
}

/// The harness's entry point for this problem.
pub fn judge(solve: fn(String, String) -> String) -> ! {
    judge_engine::judge::<Problem>(&|input: Input| solve(input.s, input.t))
}

#[cfg(test)]
mod tests {
    use super::*;

    judge_engine::standard_tests!(Problem);

    #[test]
    fn another_minimal_window_is_accepted() {
        let input = Input {
            s: "abcab".into(),
            t: "ab".into(),
        };
        assert!(Problem::check(&input, &"ab".into(), &"ab".into()).is_ok());
        assert!(Problem::check(&input, &"ab".into(), &"ca".into()).is_err());
        assert!(Problem::check(&input, &"ab".into(), &"bca".into()).is_err());
    }
}
