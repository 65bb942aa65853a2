//! Decode Ways (LeetCode 91). Target: O(n) time, O(1) space: the decodings of a prefix end with a
//! one-digit letter (any digit but '0') or a two-digit letter (10 to 26), so each count is built from
//! the previous two.

use std::collections::HashMap;

use judge_engine::prelude::*;

#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Input {
    pub s: String,
}

pub struct Problem;

/// The reference: `two` and `one` count the decodings of the prefixes of length i - 2 and i - 1.
pub fn reference(s: String) -> i32 {
    let digits = s.as_bytes();
    let (mut two, mut one) = (0i32, 1i32); // the prefix of length -1 (none) and 0 (one way)
    for i in 0..digits.len() {
        let mut here = 0;
        if digits[i] != b'0' {
            here += one;
        }
        if i > 0 && (digits[i - 1] == b'1' || (digits[i - 1] == b'2' && digits[i] <= b'6')) {
            here += two;
        }
        (two, one) = (one, here);
    }
    one
}

const MAX_N: usize = 100;

/// The decodings of `digits[i..]`, counted from the right with a memo, in u128 so that a count
/// beyond an i32 is seen rather than wrapped.
fn count_from(i: usize, digits: &[u8], memo: &mut HashMap<usize, u128>) -> u128 {
    if i == digits.len() {
        return 1;
    }
    if let Some(&known) = memo.get(&i) {
        return known;
    }
    let mut ways = 0u128;
    if digits[i] != b'0' {
        ways += count_from(i + 1, digits, memo);
        if i + 1 < digits.len() {
            let pair = (digits[i] - b'0') * 10 + (digits[i + 1] - b'0');
            if pair <= 26 {
                ways = ways.saturating_add(count_from(i + 2, digits, memo));
            }
        }
    }
    memo.insert(i, ways);
    ways
}

fn count(s: &str) -> u128 {
    count_from(0, s.as_bytes(), &mut HashMap::new())
}

/// Digits of length `n` whose count of decodings stays within an i32, as LeetCode promises: after
/// each digit the running count is checked, and a digit that would pass the bound is replaced by
/// one that adds no new way to split ('0' after a '1' or '2', else '7').
fn bounded_digits(n: usize, mut digit: impl FnMut(usize) -> u8) -> String {
    let mut s = String::with_capacity(n);
    for i in 0..n {
        s.push(char::from(digit(i)));
        if count(&s) > i32::MAX as u128 {
            s.pop();
            let safe = if s.ends_with(['1', '2']) { '0' } else { '7' };
            s.push(safe);
        }
    }
    s
}

impl FunctionProblem for Problem {
    type Input = Input;
    type Output = i32;
    const PARAMETERS: &'static [&'static str] = &["s"];

    fn reference(input: Input) -> i32 {
        reference(input.s)
    }

    /// Small inputs: every way to cut the string into pieces (a bit mask of cut positions), counting
    /// those whose pieces are all letters "1" to "26" without a leading zero. Stress sizes: a count
    /// from the right with a memo.
    fn oracle(input: Input) -> i32 {
        let digits = input.s.as_bytes();
        let n = digits.len();
        if n > 14 {
            return count(&input.s) as i32;
        }
        let letter = |piece: &[u8]| match piece {
            [a] => *a != b'0',
            [a, b] => *a != b'0' && (a - b'0') * 10 + (b - b'0') <= 26,
            _ => false,
        };
        let mut ways = 0;
        for cuts in 0u32..(1 << (n - 1)) {
            let mut start = 0;
            let mut all_letters = true;
            for end in 1..=n {
                if end == n || cuts & (1 << (end - 1)) != 0 {
                    all_letters &= letter(&digits[start..end]);
                    start = end;
                }
            }
            ways += i32::from(all_letters);
        }
        ways
    }

    fn strategy() -> BoxedStrategy<Input> {
        // Mostly 1s and 2s (many ways to split) with zeros that can cut a decoding dead.
        prop_oneof![
            string_of("1112226", 1..=14),
            string_of("0112233456789", 1..=14),
            string_of("1020", 1..=14),
        ]
        .prop_map(|s| Input { s })
        .boxed()
    }

    fn stress() -> Vec<StressFamily<Input>> {
        vec![
            StressFamily {
                // 44 ones then threes: 1,836,311,903 decodings, near i32::MAX. A recursion without a
                // memo makes at least that many calls.
                name: "44 ones then threes (the count is near i32::MAX)",
                max_n: MAX_N,
                generate: |n, _| {
                    let ones = n.min(44);
                    Input {
                        s: "1".repeat(ones) + &"3".repeat(n - ones),
                    }
                },
            },
            StressFamily {
                name: "threes then 44 ones",
                max_n: MAX_N,
                generate: |n, _| {
                    let ones = n.min(44);
                    Input {
                        s: "3".repeat(n - ones) + &"1".repeat(ones),
                    }
                },
            },
            StressFamily {
                name: "random 1s, 2s and 6s, the count held within an i32",
                max_n: MAX_N,
                generate: |n, gen| Input {
                    s: bounded_digits(n, |_| b"126"[gen.index(3)]),
                },
            },
            StressFamily {
                // Every '0' forces the pair before it: "10" and "20" pieces, with "26" pairs between.
                name: "'26' pairs then '10' and '20' pieces (2^30 decodings)",
                max_n: MAX_N,
                generate: |n, _| Input {
                    s: (0..n)
                        .map(|i| match (i < 60, i % 2, i % 4) {
                            (true, 0, _) => '2',
                            (true, _, _) => '6',
                            (false, 0, 0) => '1',
                            (false, 0, _) => '2',
                            (false, _, _) => '0',
                        })
                        .collect(),
                },
            },
            StressFamily {
                name: "random digits (often no decoding at all)",
                max_n: MAX_N,
                generate: |n, gen| Input {
                    s: bounded_digits(n, |_| b'0' + gen.index(10) as u8),
                },
            },
        ]
    }

    fn validate(input: &Input) -> Result<(), String> {
        constraint::length("s", input.s.len(), 1..=MAX_N)?;
        if let Some(bad) = input.s.chars().find(|c| !c.is_ascii_digit()) {
            return Err(format!("s contains {bad:?}; only digits are allowed"));
        }
        let ways = count(&input.s);
        if ways > i32::MAX as u128 {
            return Err(format!(
                "s has {ways} decodings; LeetCode promises the count fits in an i32"
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

    #[test]
    fn the_reference_agrees_with_the_count_from_the_right_at_stress_sizes() {
        for family in Problem::stress() {
            for seed in 0..20 {
                let input = (family.generate)(family.max_n, &mut Gen::new(seed));
                assert_eq!(reference(input.s.clone()), Problem::oracle(input));
            }
        }
    }

    #[test]
    fn the_largest_counts_fit() {
        assert_eq!(count(&"1".repeat(44)), 1_134_903_170);
        assert_eq!(count(&("1".repeat(44) + "3")), 1_836_311_903);
        let pairs = Problem::stress()[3].generate;
        assert_eq!(count(&pairs(100, &mut Gen::new(0)).s), 1 << 30);
    }
}
