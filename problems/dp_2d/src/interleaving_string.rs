//! Interleaving String (LeetCode 97). Target: O(m·n) time, O(n) space: whether s3[..i + j] can be
//! made from s1[..i] and s2[..j] depends on its last letter coming from s1 (and the state (i - 1, j)
//! working) or from s2 (and (i, j - 1) working); one row of the table is kept.

use std::collections::VecDeque;

use judge_engine::prelude::*;

#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Input {
    pub s1: String,
    pub s2: String,
    pub s3: String,
}

pub struct Problem;

/// The reference: `row[j]` says whether s1[..i] and s2[..j] interleave into s3[..i + j], for the
/// current i.
pub fn reference(s1: String, s2: String, s3: String) -> bool {
    let (a, b, c) = (s1.as_bytes(), s2.as_bytes(), s3.as_bytes());
    if a.len() + b.len() != c.len() {
        return false;
    }
    let mut row = vec![false; b.len() + 1];
    row[0] = true;
    for j in 1..=b.len() {
        row[j] = row[j - 1] && b[j - 1] == c[j - 1];
    }
    for i in 1..=a.len() {
        row[0] = row[0] && a[i - 1] == c[i - 1];
        for j in 1..=b.len() {
            let from_s1 = row[j] && a[i - 1] == c[i + j - 1];
            let from_s2 = row[j - 1] && b[j - 1] == c[i + j - 1];
            row[j] = from_s1 || from_s2;
        }
    }
    row[b.len()]
}

const MAX_PART: usize = 100;
const MAX_WHOLE: usize = 200;
const LOWERCASE: &str = "abcdefghijklmnopqrstuvwxyz";

/// Small inputs: every choice of which positions of s3 come from s1 (a bit mask with as many ones
/// as s1 has letters), kept when the chosen letters spell s1 and the others spell s2.
fn by_enumeration(a: &[u8], b: &[u8], c: &[u8]) -> bool {
    if a.len() + b.len() != c.len() {
        return false;
    }
    (0u32..1 << c.len())
        .filter(|mask| mask.count_ones() as usize == a.len())
        .any(|mask| {
            let (mut from_a, mut from_b) = (Vec::new(), Vec::new());
            for (k, &letter) in c.iter().enumerate() {
                if mask & (1 << k) != 0 {
                    from_a.push(letter);
                } else {
                    from_b.push(letter);
                }
            }
            from_a == a && from_b == b
        })
}

/// Stress sizes: a breadth-first search over the pairs (letters used from s1, letters used from
/// s2), each step taking the next letter of s3 from either string.
fn by_search(a: &[u8], b: &[u8], c: &[u8]) -> bool {
    if a.len() + b.len() != c.len() {
        return false;
    }
    let mut seen = vec![vec![false; b.len() + 1]; a.len() + 1];
    seen[0][0] = true;
    let mut queue = VecDeque::from([(0, 0)]);
    while let Some((i, j)) = queue.pop_front() {
        if (i, j) == (a.len(), b.len()) {
            return true;
        }
        let next = c[i + j];
        let mut visit = |i: usize, j: usize| {
            if !seen[i][j] {
                seen[i][j] = true;
                queue.push_back((i, j));
            }
        };
        if i < a.len() && a[i] == next {
            visit(i + 1, j);
        }
        if j < b.len() && b[j] == next {
            visit(i, j + 1);
        }
    }
    false
}

/// s1 and s2 merged in a random order: always an interleaving.
fn merge(gen: &mut Gen, s1: &str, s2: &str) -> String {
    let (mut a, mut b) = (s1.chars().peekable(), s2.chars().peekable());
    let mut merged = String::with_capacity(s1.len() + s2.len());
    loop {
        let take_a = match (a.peek(), b.peek()) {
            (None, None) => return merged,
            (Some(_), None) => true,
            (None, Some(_)) => false,
            (Some(_), Some(_)) => gen.chance(1, 2),
        };
        let letter = if take_a { a.next() } else { b.next() };
        merged.push(letter.expect("peeked"));
    }
}

/// The letter at `index` of `text` replaced by another of `alphabet`.
fn with_one_letter_changed(text: &str, index: usize, alphabet: &str) -> String {
    let mut bytes = text.as_bytes().to_vec();
    let old = bytes[index];
    bytes[index] = *alphabet
        .as_bytes()
        .iter()
        .find(|&&x| x != old)
        .expect("two letters at least");
    String::from_utf8(bytes).expect("ASCII")
}

impl FunctionProblem for Problem {
    type Input = Input;
    type Output = bool;
    const PARAMETERS: &'static [&'static str] = &["s1", "s2", "s3"];

    fn reference(input: Input) -> bool {
        reference(input.s1, input.s2, input.s3)
    }

    fn oracle(input: Input) -> bool {
        let (a, b, c) = (
            input.s1.as_bytes(),
            input.s2.as_bytes(),
            input.s3.as_bytes(),
        );
        if c.len() <= 16 {
            by_enumeration(a, b, c)
        } else {
            by_search(a, b, c)
        }
    }

    fn strategy() -> BoxedStrategy<Input> {
        // Two letters and up to 7 of them in each part, so that both strings often offer the next
        // letter. s3 is a true interleaving, one with a letter changed, one missing or with an
        // extra letter, or random letters of the right length.
        (
            string_of("ab", 0..=7),
            string_of("ab", 0..=7),
            any::<u64>(),
            0..5u8,
        )
            .prop_map(|(s1, s2, seed, mode)| {
                let mut gen = Gen::new(seed);
                let merged = merge(&mut gen, &s1, &s2);
                let s3 = match mode {
                    0 | 1 => merged,
                    2 if !merged.is_empty() => {
                        let at = gen.index(merged.len());
                        with_one_letter_changed(&merged, at, "ab")
                    }
                    3 if !merged.is_empty() => merged[1..].to_string(),
                    3 => "a".to_string(),
                    _ => gen.string(s1.len() + s2.len(), "ab"),
                };
                Input { s1, s2, s3 }
            })
            .boxed()
    }

    fn stress() -> Vec<StressFamily<Input>> {
        vec![
            StressFamily {
                // First: every split of the a's fits until the final b, so a recursion without a
                // memo tries all C(200, 100) interleavings; the reference fills 10^4 cells.
                name: "a^100 and a^100 against a^199 b (exposes a recursion without a memo)",
                max_n: MAX_PART,
                generate: |n, _| Input {
                    s1: "a".repeat(n),
                    s2: "a".repeat(n),
                    s3: "a".repeat(2 * n - 1) + "b",
                },
            },
            StressFamily {
                name: "a random interleaving of two random strings over a and b: true",
                max_n: MAX_PART,
                generate: |n, gen| {
                    let (s1, s2) = (gen.string(n, "ab"), gen.string(n, "ab"));
                    let s3 = merge(gen, &s1, &s2);
                    Input { s1, s2, s3 }
                },
            },
            StressFamily {
                name: "the same with one letter changed near the end: usually false",
                max_n: MAX_PART,
                generate: |n, gen| {
                    let (s1, s2) = (gen.string(n, "ab"), gen.string(n, "ab"));
                    let merged = merge(gen, &s1, &s2);
                    let at = merged.len() - 1 - gen.index(merged.len().min(10));
                    let s3 = with_one_letter_changed(&merged, at, "ab");
                    Input { s1, s2, s3 }
                },
            },
            StressFamily {
                name: "random lowercase parts and a random interleaving: true",
                max_n: MAX_PART,
                generate: |n, gen| {
                    let (s1, s2) = (gen.string(n, LOWERCASE), gen.string(n, LOWERCASE));
                    let s3 = merge(gen, &s1, &s2);
                    Input { s1, s2, s3 }
                },
            },
        ]
    }

    fn validate(input: &Input) -> Result<(), String> {
        constraint::length("s1", input.s1.len(), 0..=MAX_PART)?;
        constraint::length("s2", input.s2.len(), 0..=MAX_PART)?;
        constraint::length("s3", input.s3.len(), 0..=MAX_WHOLE)?;
        for (name, text) in [("s1", &input.s1), ("s2", &input.s2), ("s3", &input.s3)] {
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
pub fn judge(solve: fn(String, String, String) -> bool) -> ! {
    judge_engine::judge::<Problem>(&|input: Input| solve(input.s1, input.s2, input.s3))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn interleaves(s1: &str, s2: &str, s3: &str) -> bool {
        reference(s1.into(), s2.into(), s3.into())
    }

    judge_engine::standard_tests!(Problem);

    #[test]
    fn the_examples() {
        assert!(interleaves("aabcc", "dbbca", "aadbbcbcac"));
        assert!(!interleaves("aabcc", "dbbca", "aadbbbaccc"));
        assert!(interleaves("", "", ""));
        assert!(!interleaves("a", "b", "abc"));
    }

    #[test]
    fn the_two_oracles_agree_on_small_inputs() {
        let mut gen = Gen::new(11);
        for _ in 0..2000 {
            let (m, n) = (gen.int(0, 6) as usize, gen.int(0, 6) as usize);
            let (a, b) = (gen.string(m, "ab"), gen.string(n, "ab"));
            let c = if gen.chance(1, 2) {
                merge(&mut gen, &a, &b)
            } else {
                gen.string(m + n, "ab")
            };
            assert_eq!(
                by_enumeration(a.as_bytes(), b.as_bytes(), c.as_bytes()),
                by_search(a.as_bytes(), b.as_bytes(), c.as_bytes()),
                "{a} {b} {c}"
            );
        }
    }

    #[test]
    fn the_reference_agrees_with_the_search_at_stress_sizes() {
        for family in Problem::stress() {
            for seed in 0..5 {
                let input = (family.generate)(family.max_n, &mut Gen::new(seed));
                assert_eq!(
                    reference(input.s1.clone(), input.s2.clone(), input.s3.clone()),
                    Problem::oracle(input),
                    "{}",
                    family.name
                );
            }
        }
    }
}
