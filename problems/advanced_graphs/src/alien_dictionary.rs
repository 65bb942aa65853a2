//! Alien Dictionary (LeetCode 269, premium; statement from public facts). Target: O(C) for C
//! letters in all, with a topological sort (Kahn's algorithm) of the letters, each adjacent pair
//! of words giving at most one "comes before" constraint. Any valid order is accepted; the checker
//! tests the answer against the constraints the words imply.

use std::collections::VecDeque;

use judge_engine::prelude::*;

#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Input {
    pub words: Vec<String>,
}

pub struct Problem;

/// One "comes before" constraint: letter `before` precedes `after`, learnt from `words[index]`
/// and `words[index + 1]`.
#[derive(Clone, Copy, Debug)]
struct Rule {
    before: u8,
    after: u8,
    index: usize,
}

/// What the words imply: the constraints from adjacent pairs, or the index of a word followed by
/// its own proper prefix (then no order can sort the list).
fn rules(words: &[String]) -> Result<Vec<Rule>, usize> {
    let mut found = Vec::new();
    for (index, pair) in words.windows(2).enumerate() {
        let (a, b) = (pair[0].as_bytes(), pair[1].as_bytes());
        match a.iter().zip(b).position(|(x, y)| x != y) {
            Some(at) => found.push(Rule {
                before: a[at],
                after: b[at],
                index,
            }),
            None if a.len() > b.len() => return Err(index),
            None => {}
        }
    }
    Ok(found)
}

/// The letters that occur in the words, as a set over 'a'..='z'.
fn letters(words: &[String]) -> [bool; 26] {
    let mut present = [false; 26];
    for byte in words.iter().flat_map(|w| w.bytes()) {
        present[usize::from(byte - b'a')] = true;
    }
    present
}

/// The reference: Kahn's algorithm over the letters present (gathered first, as any solution
/// must, so that a list found impossible early is not timed as free).
pub fn reference(words: Vec<String>) -> String {
    let present = letters(&words);
    let Ok(found) = rules(&words) else {
        return String::new();
    };
    let mut after = vec![Vec::new(); 26];
    let mut indegree = [0; 26];
    for rule in found {
        let (u, v) = (
            usize::from(rule.before - b'a'),
            usize::from(rule.after - b'a'),
        );
        after[u].push(v);
        indegree[v] += 1;
    }
    let mut ready: VecDeque<usize> = (0..26)
        .filter(|&c| present[c] && indegree[c] == 0)
        .collect();
    let mut order = String::new();
    while let Some(c) = ready.pop_front() {
        order.push(char::from(b'a' + c as u8));
        for &next in &after[c] {
            indegree[next] -= 1;
            if indegree[next] == 0 {
                ready.push_back(next);
            }
        }
    }
    if order.len() == present.iter().filter(|&&p| p).count() {
        order
    } else {
        String::new()
    }
}

const MAX_WORDS: usize = 100;
const MAX_LENGTH: usize = 100;

/// A cycle among the rules, as rules in order (each one's `after` is the next one's `before`).
fn cycle(found: &[Rule]) -> Option<Vec<Rule>> {
    // Depth-first search with colours: 0 unvisited, 1 on the stack, 2 done.
    fn visit(c: u8, found: &[Rule], colour: &mut [u8; 26], stack: &mut Vec<Rule>) -> Option<usize> {
        colour[usize::from(c - b'a')] = 1;
        for rule in found.iter().filter(|r| r.before == c) {
            let next = usize::from(rule.after - b'a');
            stack.push(*rule);
            if colour[next] == 1 {
                return stack.iter().position(|r| r.before == rule.after);
            }
            if colour[next] == 0 {
                if let Some(start) = visit(rule.after, found, colour, stack) {
                    return Some(start);
                }
            }
            stack.pop();
        }
        colour[usize::from(c - b'a')] = 2;
        None
    }
    let mut colour = [0u8; 26];
    for rule in found {
        if colour[usize::from(rule.before - b'a')] == 0 {
            let mut stack = Vec::new();
            if let Some(start) = visit(rule.before, found, &mut colour, &mut stack) {
                return Some(stack[start..].to_vec());
            }
        }
    }
    None
}

fn quoted(words: &[String], rule: &Rule) -> String {
    format!(
        "'{}' must come before '{}' (from \"{}\" < \"{}\")",
        char::from(rule.before),
        char::from(rule.after),
        words[rule.index],
        words[rule.index + 1]
    )
}

/// Why no order exists, in words.
fn why_impossible(words: &[String]) -> String {
    match rules(words) {
        Err(index) => format!(
            "\"{}\" comes before its own prefix \"{}\", which no order of the letters allows",
            words[index],
            words[index + 1]
        ),
        Ok(found) => match cycle(&found) {
            Some(loop_rules) => {
                let steps: Vec<String> = loop_rules.iter().map(|r| quoted(words, r)).collect();
                format!("the constraints form a cycle: {}", steps.join(", "))
            }
            None => "no order exists".to_string(),
        },
    }
}

/// Random words over the first `alphabet` letters, sorted by a random order of them, so that most
/// lists have an order; a few swaps make some lists contradictory.
fn sorted_words(count: usize, length: usize, alphabet: u8, gen: &mut Gen) -> Vec<String> {
    let mut rank: Vec<u8> = (0..alphabet).collect();
    for i in (1..rank.len()).rev() {
        rank.swap(i, gen.index(i + 1));
    }
    let mut words: Vec<Vec<u8>> = (0..count)
        .map(|_| {
            let len = gen.int(1, length as i64) as usize;
            (0..len)
                .map(|_| gen.int(0, i64::from(alphabet) - 1) as u8)
                .collect()
        })
        .collect();
    words.sort_by(|a, b| {
        let key = |w: &Vec<u8>| w.iter().map(|&c| rank[usize::from(c)]).collect::<Vec<u8>>();
        key(a).cmp(&key(b))
    });
    words
        .into_iter()
        .map(|w| w.into_iter().map(|c| char::from(b'a' + c)).collect())
        .collect()
}

impl FunctionProblem for Problem {
    type Input = Input;
    type Output = String;
    const PARAMETERS: &'static [&'static str] = &["words"];

    fn reference(input: Input) -> String {
        reference(input.words)
    }

    /// Constraints from every pair of words (not only neighbours), then the order built by taking,
    /// again and again, the smallest letter left that no remaining letter must precede.
    fn oracle(input: Input) -> String {
        let words = input.words;
        let mut before = [[false; 26]; 26];
        for i in 0..words.len() {
            for j in i + 1..words.len() {
                let (a, b) = (words[i].as_bytes(), words[j].as_bytes());
                match a.iter().zip(b).find(|(x, y)| x != y) {
                    Some((&x, &y)) => before[usize::from(x - b'a')][usize::from(y - b'a')] = true,
                    None if a.len() > b.len() => return String::new(),
                    None => {}
                }
            }
        }
        let present = letters(&words);
        let mut left: Vec<usize> = (0..26).filter(|&c| present[c]).collect();
        let mut order = String::new();
        while !left.is_empty() {
            let Some(at) = left
                .iter()
                .position(|&c| !left.iter().any(|&other| before[other][c]))
            else {
                return String::new();
            };
            order.push(char::from(b'a' + left.remove(at) as u8));
        }
        order
    }

    fn strategy() -> BoxedStrategy<Input> {
        // Up to 6 short words over 4 letters: sorted by a hidden order (most have an answer), or
        // as drawn (cycles and prefixes out of place), or with a word followed by its prefix.
        (
            prop::collection::vec(judge_engine::string_of("abcd", 1..=4), 1..=6),
            0..4u8,
            any::<u64>(),
        )
            .prop_map(|(mut words, shape, seed)| {
                match shape {
                    0 | 1 => {
                        let mut gen = Gen::new(seed);
                        let count = words.len();
                        words = sorted_words(count, 4, 4, &mut gen);
                    }
                    2 => {
                        let last = words[words.len() - 1].clone();
                        if last.len() > 1 {
                            words.push(last[..last.len() - 1].to_string());
                        }
                    }
                    _ => {}
                }
                Input { words }
            })
            .boxed()
    }

    fn stress() -> Vec<StressFamily<Input>> {
        vec![
            StressFamily {
                name: "100 words of up to 100 letters, sorted by a random order of all 26",
                max_n: MAX_WORDS,
                generate: |n, gen| Input {
                    words: sorted_words(n, MAX_LENGTH, 26, gen),
                },
            },
            StressFamily {
                // Every pair of words agrees on 99 letters: comparing all pairs is slow.
                name: "100 words sharing a 99-letter prefix, differing in the last letter",
                max_n: MAX_WORDS,
                generate: |n, gen| {
                    let prefix = gen.string(MAX_LENGTH - 1, "abcdefghijklmnopqrstuvwxyz");
                    let mut words = sorted_words(n, 1, 26, gen);
                    for word in &mut words {
                        word.insert_str(0, &prefix);
                    }
                    Input { words }
                },
            },
            StressFamily {
                // The first word again after the last contradicts the order the others imply.
                name: "98 long sorted words, then the last and the first again",
                max_n: MAX_WORDS,
                generate: |n, gen| {
                    let mut words = sorted_words(n.saturating_sub(2).max(1), MAX_LENGTH, 26, gen);
                    let (first, last) = (words[0].clone(), words[words.len() - 1].clone());
                    if words.len() < n {
                        words.push(last);
                    }
                    if words.len() < n {
                        words.push(first);
                    }
                    Input { words }
                },
            },
            StressFamily {
                name: "100 words of 100 letters, the last followed by its own prefix",
                max_n: MAX_WORDS,
                generate: |n, gen| {
                    let mut words = sorted_words(n.saturating_sub(1).max(1), MAX_LENGTH, 26, gen);
                    let last = words[words.len() - 1].clone();
                    if last.len() > 1 {
                        words.push(last[..last.len() / 2].to_string());
                    }
                    Input { words }
                },
            },
        ]
    }

    fn validate(input: &Input) -> Result<(), String> {
        constraint::length("words", input.words.len(), 1..=MAX_WORDS)?;
        for (i, word) in input.words.iter().enumerate() {
            constraint::length(&format!("words[{i}]"), word.len(), 1..=MAX_LENGTH)?;
            if let Some(bad) = word.chars().find(|c| !c.is_ascii_lowercase()) {
                return Err(format!(
                    "words[{i}] = {word:?} holds {bad:?}; only lowercase English letters are allowed"
                ));
            }
        }
        Ok(())
    }

    fn check(input: &Input, expected: &String, got: &String) -> Checked {
        let words = &input.words;
        if expected.is_empty() {
            return if got.is_empty() {
                Ok(())
            } else {
                Err(format!(
                    "expected \"\": no order exists, because {}",
                    why_impossible(words)
                ))
            };
        }
        if got.is_empty() {
            return Err(format!(
                "got \"\", but an order exists, for example \"{expected}\""
            ));
        }
        let present = letters(words);
        let mut position = [None; 26];
        for (at, c) in got.chars().enumerate() {
            if !c.is_ascii_lowercase() || !present[usize::from(c as u8 - b'a')] {
                return Err(format!(
                    "{c:?} (at index {at}) is not a letter of the words"
                ));
            }
            let slot = &mut position[usize::from(c as u8 - b'a')];
            if let Some(first) = *slot {
                return Err(format!(
                    "'{c}' appears twice (at index {first} and {at}); every letter must appear exactly once"
                ));
            }
            *slot = Some(at);
        }
        let missing: String = (0..26u8)
            .filter(|&c| present[usize::from(c)] && position[usize::from(c)].is_none())
            .map(|c| char::from(b'a' + c))
            .collect();
        if !missing.is_empty() {
            return Err(format!(
                "letters missing from the answer: {missing}; every letter of the words must appear, constrained or not"
            ));
        }
        let found = rules(words).map_err(|_| why_impossible(words))?;
        for rule in found {
            let place = |c: u8| position[usize::from(c - b'a')];
            if place(rule.before) > place(rule.after) {
                return Err(format!(
                    "{}, but \"{got}\" puts it after",
                    quoted(words, &rule)
                ));
            }
        }
        Ok(())
    }
}

/// The harness's entry point for this problem.
pub fn judge(solve: fn(Vec<String>) -> String) -> ! {
    judge_engine::judge::<Problem>(&|input: Input| solve(input.words))
}

#[cfg(test)]
mod tests {
    use super::*;

    submission!(
        wrong_ignores_prefix_rule,
        "../../submissions/advanced_graphs/alien_dictionary/wrong_ignores_prefix_rule.rs"
    );
    submission!(
        wrong_drops_free_letters,
        "../../submissions/advanced_graphs/alien_dictionary/wrong_drops_free_letters.rs"
    );

    fn words(list: &[&str]) -> Vec<String> {
        list.iter().map(|w| w.to_string()).collect()
    }

    #[test]
    fn the_random_cases_alone_catch_the_wrong_submissions() {
        assert!(
            crate::strategy_refutes::<Problem>(|input: Input| {
                wrong_ignores_prefix_rule::Solution::alien_order(input.words)
            }),
            "wrong_ignores_prefix_rule"
        );
        assert!(
            crate::strategy_refutes::<Problem>(|input: Input| {
                wrong_drops_free_letters::Solution::alien_order(input.words)
            }),
            "wrong_drops_free_letters"
        );
    }

    judge_engine::standard_tests!(Problem);

    #[test]
    fn the_examples() {
        let ex = words(&["wrt", "wrf", "er", "ett", "rftt"]);
        assert_eq!(reference(ex), "wertf");
        assert_eq!(reference(words(&["z", "x"])), "zx");
        assert_eq!(reference(words(&["z", "x", "z"])), "");
        assert_eq!(reference(words(&["abc", "ab"])), "");
    }

    #[test]
    fn the_checker_names_what_is_wrong() {
        let input = Input {
            words: words(&["wrt", "wrf", "er", "ett", "rftt"]),
        };
        let expected = "wertf".to_string();
        assert_eq!(Problem::check(&input, &expected, &"wertf".into()), Ok(()));
        let why = Problem::check(&input, &expected, &"wefrt".into()).unwrap_err();
        assert!(
            why.contains("'t' must come before 'f' (from \"wrt\" < \"wrf\")"),
            "{why}"
        );
        let why = Problem::check(&input, &expected, &"wert".into()).unwrap_err();
        assert!(why.contains("missing from the answer: f"), "{why}");
        let why = Problem::check(&input, &expected, &"wertff".into()).unwrap_err();
        assert!(why.contains("'f' appears twice"), "{why}");
        let why = Problem::check(&input, &expected, &"".into()).unwrap_err();
        assert!(why.contains("an order exists"), "{why}");
        let prefix = Input {
            words: words(&["abc", "ab"]),
        };
        let why = Problem::check(&prefix, &String::new(), &"abc".into()).unwrap_err();
        assert!(
            why.contains("\"abc\" comes before its own prefix \"ab\""),
            "{why}"
        );
        let looped = Input {
            words: words(&["z", "x", "z"]),
        };
        let why = Problem::check(&looped, &String::new(), &"zx".into()).unwrap_err();
        assert!(why.contains("cycle"), "{why}");
        // Unconstrained letters may go anywhere.
        let free = Input {
            words: words(&["ab", "ac", "d"]),
        };
        assert!(Problem::check(&free, &"abcd".into(), &"dbac".into()).is_err());
        assert_eq!(
            Problem::check(&free, &"abcd".into(), &"bcad".into()),
            Ok(())
        );
    }

    #[test]
    fn stress_inputs_agree_with_the_all_pairs_oracle() {
        for family in Problem::stress() {
            let input = (family.generate)(family.max_n, &mut Gen::new(6));
            assert_eq!(Problem::validate(&input), Ok(()), "{}", family.name);
            let expected = Problem::oracle(input.clone());
            let got = reference(input.words.clone());
            assert_eq!(
                Problem::check(&input, &expected, &got),
                Ok(()),
                "{}",
                family.name
            );
        }
    }
}
