//! Valid Parentheses (LeetCode 20). Target: O(n) with a stack of the closers still expected.

use judge_engine::prelude::*;

#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Input {
    pub s: String,
}

pub struct Problem;

/// The reference: push the closer each opener expects; every closer must match the top.
pub fn reference(s: String) -> bool {
    let mut expected: Vec<u8> = Vec::with_capacity(s.len());
    for c in s.bytes() {
        match c {
            b'(' => expected.push(b')'),
            b'[' => expected.push(b']'),
            b'{' => expected.push(b'}'),
            closer => {
                if expected.pop() != Some(closer) {
                    return false;
                }
            }
        }
    }
    expected.is_empty()
}

const MAX_N: usize = 10_000;
const BRACKETS: &str = "()[]{}";

/// A well-formed string of length `n` (n even): random nesting, each pair of a random kind.
fn balanced(n: usize, gen: &mut Gen, depth_first: bool) -> String {
    let pairs = [(b'(', b')'), (b'[', b']'), (b'{', b'}')];
    let mut out = Vec::with_capacity(n);
    let mut open: Vec<u8> = Vec::new();
    while out.len() < n {
        let remaining = n - out.len();
        let must_close = open.len() == remaining;
        let may_close = !open.is_empty();
        let close = must_close || (may_close && !depth_first && gen.chance(1, 2));
        if close {
            out.push(open.pop().unwrap());
        } else {
            let (opener, closer) = pairs[gen.index(3)];
            out.push(opener);
            open.push(closer);
        }
    }
    String::from_utf8(out).unwrap()
}

/// Deletes adjacent matching pairs until none is left: the definition of well-formed, run literally.
fn reduces_to_nothing(s: &str) -> bool {
    let mut s = s.to_owned();
    loop {
        let shorter = s.replace("()", "").replace("[]", "").replace("{}", "");
        if shorter.len() == s.len() {
            return s.is_empty();
        }
        s = shorter;
    }
}

impl FunctionProblem for Problem {
    type Input = Input;
    type Output = bool;
    const PARAMETERS: &'static [&'static str] = &["s"];

    fn reference(input: Input) -> bool {
        reference(input.s)
    }

    fn oracle(input: Input) -> bool {
        reduces_to_nothing(&input.s)
    }

    fn strategy() -> BoxedStrategy<Input> {
        // Half of the cases start from a valid string and may get one character changed, so that
        // "valid" and "almost valid" are both common; the rest are random brackets.
        // Sometimes long (up to 2000 characters): the oracle removes the innermost pairs once for
        // every level of nesting.
        let random = gen::sized_vec(
            prop::sample::select(BRACKETS.chars().collect::<Vec<_>>()),
            1..=12,
            2000,
        )
        .prop_map(|chars| chars.into_iter().collect::<String>());
        let nearly_valid = (
            gen::size(1..=8, 1000),
            any::<u64>(),
            prop::option::of((
                any::<prop::sample::Index>(),
                prop::sample::select(BRACKETS.chars().collect::<Vec<_>>()),
            )),
        )
            .prop_map(|(pairs, seed, change)| {
                let mut chars: Vec<char> = balanced(2 * pairs, &mut Gen::new(seed), false)
                    .chars()
                    .collect();
                if let Some((at, c)) = change {
                    let i = at.index(chars.len());
                    chars[i] = c;
                }
                chars.into_iter().collect::<String>()
            });
        prop_oneof![random, nearly_valid]
            .prop_map(|s| Input { s })
            .boxed()
    }

    fn stress() -> Vec<StressFamily<Input>> {
        vec![
            StressFamily {
                // Removing "()" pairs one replace at a time takes n/2 passes over the string.
                name: "one deep nest: n/2 openers, then n/2 closers",
                max_n: MAX_N,
                generate: |n, gen| Input {
                    s: balanced(n.max(2) & !1, gen, true),
                },
            },
            StressFamily {
                name: "random valid nesting",
                max_n: MAX_N,
                generate: |n, gen| Input {
                    s: balanced(n.max(2) & !1, gen, false),
                },
            },
            StressFamily {
                // Everything matches until the last character.
                name: "a deep nest whose last closer is the wrong kind",
                max_n: MAX_N,
                generate: |n, gen| {
                    let mut s = balanced(n.max(2) & !1, gen, true).into_bytes();
                    let last = s.len() - 1;
                    s[last] = if s[last] == b')' { b']' } else { b')' };
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
        if let Some(bad) = input.s.chars().find(|c| !BRACKETS.contains(*c)) {
            return Err(format!(
                "s holds {bad:?}; only the characters {BRACKETS} are allowed"
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
