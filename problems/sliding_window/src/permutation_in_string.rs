//! Permutation in String (LeetCode 567). Target: O(n) with a fixed window of 26 letter counts.

use judge_engine::prelude::*;

#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Input {
    pub s1: String,
    pub s2: String,
}

pub struct Problem;

/// The reference: a window of |s1| letters slides over s2, counting how many of the 26 letters
/// have the same count in the window as in s1.
pub fn reference(s1: String, s2: String) -> bool {
    let (a, b) = (s1.as_bytes(), s2.as_bytes());
    if a.len() > b.len() {
        return false;
    }
    let mut need = [0i32; 26];
    for &c in a {
        need[(c - b'a') as usize] += 1;
    }
    let mut window = [0i32; 26];
    for &c in &b[..a.len()] {
        window[(c - b'a') as usize] += 1;
    }
    let mut matching = (0..26).filter(|&i| need[i] == window[i]).count();
    for right in a.len()..=b.len() {
        if matching == 26 {
            return true;
        }
        if right == b.len() {
            break;
        }
        let (incoming, outgoing) = (
            (b[right] - b'a') as usize,
            (b[right - a.len()] - b'a') as usize,
        );
        for (letter, delta) in [(incoming, 1), (outgoing, -1)] {
            if window[letter] == need[letter] {
                matching -= 1;
            }
            window[letter] += delta;
            if window[letter] == need[letter] {
                matching += 1;
            }
        }
    }
    false
}

const MAX_LEN: usize = 10_000;

impl FunctionProblem for Problem {
    type Input = Input;
    type Output = bool;
    const PARAMETERS: &'static [&'static str] = &["s1", "s2"];

    fn reference(input: Input) -> bool {
        reference(input.s1, input.s2)
    }

    fn oracle(input: Input) -> bool {
        // Sorted letters of s1 against the sorted letters of every window of s2.
        let mut target: Vec<u8> = input.s1.bytes().collect();
        target.sort_unstable();
        input.s2.as_bytes().windows(target.len()).any(|w| {
            let mut w = w.to_vec();
            w.sort_unstable();
            w == target
        })
    }

    fn strategy() -> BoxedStrategy<Input> {
        // Three letters make permutations and near misses common. The oracle sorts every window:
        // s2 up to 2000 letters, s1 up to 50.
        (
            gen::sized_string("abc", 1..=5, 50),
            gen::sized_string("abc", 1..=30, 1000),
        )
            .prop_map(|(s1, s2)| Input { s1, s2 })
            .boxed()
    }

    fn stress() -> Vec<StressFamily<Input>> {
        vec![
            StressFamily {
                // Long s1 and a near miss in every window: re-counting each window is O(n·m).
                name: "s1 of n/2 letters, no permutation",
                max_n: MAX_LEN,
                generate: |n, gen| {
                    let m = (n / 2).max(1);
                    let s1 = gen.string(m, "ab");
                    let s2 = "c".repeat(n / 4) + &gen.string(n - n / 4, "a");
                    Input { s1, s2 }
                },
            },
            StressFamily {
                name: "the permutation at the very end",
                max_n: MAX_LEN,
                generate: |n, gen| {
                    let m = (n / 3).max(1);
                    let s1 = gen.string(m, "abcdefghijklmnopqrstuvwxyz");
                    let mut tail: Vec<char> = s1.chars().rev().collect();
                    tail.rotate_left(m / 2);
                    let s2 = "z".repeat(n - m) + &tail.into_iter().collect::<String>();
                    Input { s1, s2 }
                },
            },
            StressFamily {
                name: "random letters",
                max_n: MAX_LEN,
                generate: |n, gen| Input {
                    s1: gen.string((n / 10).max(1), "abcde"),
                    s2: gen.string(n, "abcde"),
                },
            },
        ]
    }

    fn validate(input: &Input) -> Result<(), String> {
        for (name, text) in [("s1", &input.s1), ("s2", &input.s2)] {
            if !(1..=MAX_LEN).contains(&text.len()) {
                return Err(format!(
                    "{name} has length {}; allowed 1..={MAX_LEN}",
                    text.len()
                ));
            }
            if let Some(bad) = text.chars().find(|c| !c.is_ascii_lowercase()) {
                return Err(format!(
                    "{name} holds {bad:?}; only lowercase English letters are allowed"
                ));
            }
        }
        Ok(())
    }
}

/// The harness's entry point for this problem.
pub fn judge(solve: fn(String, String) -> bool) -> ! {
    judge_engine::judge::<Problem>(&|input: Input| solve(input.s1, input.s2))
}

#[cfg(test)]
mod tests {
    use super::*;

    judge_engine::standard_tests!(Problem);
}
