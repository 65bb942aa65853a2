//! LeetCode's way of writing a test case: `nums = [1,3,-1], k = 3` for the arguments and a plain
//! JSON value (`[3,3,5]`, `"abc"`, `true`) for an answer. Fixtures, regression files and every
//! message a learner reads use it, so what the judge shows can be pasted into LeetCode's "Test case"
//! box and back.

use serde_json::{Map, Value};

/// Why an argument list could not be read, with the byte offset where it went wrong.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FormatError {
    pub offset: usize,
    pub message: String,
}

impl std::fmt::Display for FormatError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} (at character {})", self.message, self.offset + 1)
    }
}

impl std::error::Error for FormatError {}

/// Reads `name = value, name = value` into the ordered list of named JSON values.
pub fn parse_arguments(text: &str) -> Result<Vec<(String, Value)>, FormatError> {
    let mut arguments = Vec::new();
    let mut rest = text;
    let offset_of = |rest: &str| text.len() - rest.len();
    loop {
        rest = rest.trim_start();
        let name_len = rest
            .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
            .unwrap_or(rest.len());
        if name_len == 0 {
            return Err(FormatError {
                offset: offset_of(rest),
                message: "expected an argument name, as in `nums = [1,2,3]`".into(),
            });
        }
        let name = rest[..name_len].to_string();
        rest = rest[name_len..].trim_start();
        let Some(after_equals) = rest.strip_prefix('=') else {
            return Err(FormatError {
                offset: offset_of(rest),
                message: format!("expected `=` after the argument name `{name}`"),
            });
        };
        let value_start = after_equals.trim_start();
        let mut values = serde_json::Deserializer::from_str(value_start).into_iter::<Value>();
        let value = match values.next() {
            Some(Ok(value)) => value,
            Some(Err(error)) => {
                return Err(FormatError {
                    offset: offset_of(value_start) + error.column().saturating_sub(1),
                    message: format!("the value of `{name}` is not valid: {error}"),
                })
            }
            None => {
                return Err(FormatError {
                    offset: offset_of(value_start),
                    message: format!("`{name}` has no value"),
                })
            }
        };
        if arguments.iter().any(|(seen, _)| *seen == name) {
            return Err(FormatError {
                offset: offset_of(rest),
                message: format!("the argument `{name}` is given twice"),
            });
        }
        arguments.push((name, value));
        rest = value_start[values.byte_offset()..].trim_start();
        if rest.is_empty() {
            return Ok(arguments);
        }
        match rest.strip_prefix(',') {
            Some(after_comma) => rest = after_comma,
            None => {
                return Err(FormatError {
                    offset: offset_of(rest),
                    message: "expected `,` between arguments".into(),
                })
            }
        }
    }
}

/// Reads the arguments into a JSON object keyed by name, checking that the names are exactly
/// `expected_names` in that order (the signature's parameters).
pub fn parse_arguments_as_object(
    text: &str,
    expected_names: &[&str],
) -> Result<Value, FormatError> {
    let arguments = parse_arguments(text)?;
    let names: Vec<&str> = arguments.iter().map(|(n, _)| n.as_str()).collect();
    if names != expected_names {
        return Err(FormatError {
            offset: 0,
            message: format!(
                "the arguments are named {}, but the signature takes {}",
                list_names(&names),
                list_names(expected_names)
            ),
        });
    }
    Ok(Value::Object(arguments.into_iter().collect::<Map<_, _>>()))
}

fn list_names(names: &[&str]) -> String {
    if names.is_empty() {
        return "nothing".into();
    }
    names
        .iter()
        .map(|n| format!("`{n}`"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// Writes named values as LeetCode does: `nums = [1,3,-1], k = 3`.
pub fn write_arguments<'a>(arguments: impl IntoIterator<Item = (&'a str, &'a Value)>) -> String {
    arguments
        .into_iter()
        .map(|(name, value)| format!("{name} = {}", write_value(value)))
        .collect::<Vec<_>>()
        .join(", ")
}

/// Writes an object's fields in the given order as an argument list.
pub fn write_object_as_arguments(object: &Value, order: &[&str]) -> String {
    write_arguments(
        order
            .iter()
            .filter_map(|name| object.get(*name).map(|value| (*name, value))),
    )
}

/// A value in compact JSON, as LeetCode prints it.
pub fn write_value(value: &Value) -> String {
    value.to_string()
}

/// A value short enough to read in a terminal: arrays and strings longer than `budget` characters
/// keep their head and say how much was left out. Returns the text and whether it is complete.
pub fn summarize_value(value: &Value, budget: usize) -> (String, bool) {
    let full = write_value(value);
    if full.chars().count() <= budget {
        return (full, true);
    }
    let summary = match value {
        Value::Array(items) => {
            let mut shown = Vec::new();
            let mut used = 2;
            for item in items {
                let (text, _) = summarize_value(item, budget / 2);
                if used + text.len() + 1 > budget {
                    break;
                }
                used += text.len() + 1;
                shown.push(text);
            }
            let left = items.len() - shown.len();
            format!(
                "[{}, … {left} more] (length {})",
                shown.join(","),
                items.len()
            )
        }
        Value::String(s) => {
            let head: String = s.chars().take(budget).collect();
            let total = s.chars().count();
            format!(
                "{}… ({} more characters; length {total})",
                write_value(&Value::String(head)),
                total - budget.min(total)
            )
        }
        _ => full.chars().take(budget).collect::<String>() + "…",
    };
    (summary, false)
}

/// Where two answers first differ, in words: `index 1: expected -2, got 0`, `[2][0]: expected
/// "eat", got "tea"`, `character 3: expected 'c', got 'x'`, or the lengths when one is a prefix of
/// the other. Computed on the whole values, so it holds however long they are; elements are
/// shortened to keep the line readable. `None` when the values are equal.
pub fn first_difference(expected: &Value, got: &Value) -> Option<String> {
    if expected == got {
        return None;
    }
    let mut path = String::new();
    let (mut expected, mut got) = (expected, got);
    loop {
        match (expected, got) {
            (Value::Array(want), Value::Array(have)) => {
                let Some(i) = (0..want.len().min(have.len())).find(|&i| want[i] != have[i]) else {
                    return Some(length_difference(
                        &path,
                        "elements",
                        want.len(),
                        have.len(),
                        |i| want.get(i).or(have.get(i)).map(short).unwrap_or_default(),
                    ));
                };
                path.push_str(&format!("[{i}]"));
                (expected, got) = (&want[i], &have[i]);
            }
            (Value::String(want), Value::String(have)) => {
                let mut pairs = want.chars().zip(have.chars()).enumerate();
                let (want_len, have_len) = (want.chars().count(), have.chars().count());
                let where_ = |i: usize| {
                    if path.is_empty() {
                        format!("character {i}")
                    } else {
                        format!("{}, character {i}", place(&path))
                    }
                };
                return Some(match pairs.find(|(_, (a, b))| a != b) {
                    Some((i, (a, b))) => format!(
                        "{}: expected {a:?}, got {b:?} (the strings have {want_len} and {have_len} characters)",
                        where_(i)
                    ),
                    None => length_difference(&path, "characters", want_len, have_len, |i| {
                        format!(
                            "{:?}",
                            want.chars().nth(i).or_else(|| have.chars().nth(i)).unwrap_or(' ')
                        )
                    }),
                });
            }
            _ => {
                let place = if path.is_empty() {
                    "the answer".to_string()
                } else {
                    place(&path)
                };
                return Some(format!(
                    "{place}: expected {}, got {}",
                    short(expected),
                    short(got)
                ));
            }
        }
    }
}

/// `path` is the same as far as the shorter one goes: says which is longer and what comes next.
fn length_difference(
    path: &str,
    what: &str,
    want: usize,
    have: usize,
    item: impl Fn(usize) -> String,
) -> String {
    let place = if path.is_empty() {
        String::new()
    } else {
        format!("{}: ", place(path))
    };
    let shorter = want.min(have);
    if want > have {
        format!(
            "{place}expected {want} {what}, got {have}: the answer stops where {} (index {shorter}) should come",
            item(shorter)
        )
    } else {
        format!(
            "{place}expected {want} {what}, got {have}: {} (index {shorter}) and after are extra",
            item(shorter)
        )
    }
}

/// `[4]` -> `index 4`; a nested path stays as it is: `[2][0]`.
fn place(path: &str) -> String {
    match path.strip_prefix('[').and_then(|p| p.strip_suffix(']')) {
        Some(index) if index.chars().all(|c| c.is_ascii_digit()) => format!("index {index}"),
        _ => path.to_string(),
    }
}

fn short(value: &Value) -> String {
    summarize_value(value, 40).0
}

/// A CPU time in the unit that shows it best: `12.3 ms`, `4.56 µs`, `43 ns`.
pub fn duration_text(ns: u64) -> String {
    match ns {
        0..=999 => format!("{ns} ns"),
        1_000..=999_999 => format!("{:.2} µs", ns as f64 / 1e3),
        1_000_000..=999_999_999 => format!("{:.2} ms", ns as f64 / 1e6),
        _ => format!("{:.2} s", ns as f64 / 1e9),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations_use_a_readable_unit() {
        assert_eq!(duration_text(43), "43 ns");
        assert_eq!(duration_text(4_560), "4.56 µs");
        assert_eq!(duration_text(12_300_000), "12.30 ms");
        assert_eq!(duration_text(2_500_000_000), "2.50 s");
    }
    use proptest::prelude::*;
    use serde_json::json;

    #[test]
    fn reads_a_leetcode_test_case() {
        let args = parse_arguments("nums = [1,3,-1,-3,5,3,6,7], k = 3").unwrap();
        assert_eq!(
            args[0],
            ("nums".to_string(), json!([1, 3, -1, -3, 5, 3, 6, 7]))
        );
        assert_eq!(args[1], ("k".to_string(), json!(3)));
        let args = parse_arguments(r#"s = "a, b = c", t = "x""#).unwrap();
        assert_eq!(args[0].1, json!("a, b = c"));
        assert_eq!(args[1].1, json!("x"));
    }

    #[test]
    fn says_where_a_test_case_is_broken() {
        let err = parse_arguments("nums = [1,2, k = 3").unwrap_err();
        assert!(err.message.contains("`nums`"), "{err}");
        let err = parse_arguments("nums [1]").unwrap_err();
        assert_eq!(err.offset, 5);
        assert!(err.message.contains("`=`"));
        let err = parse_arguments("a = 1 b = 2").unwrap_err();
        assert!(err.message.contains("`,`"));
        let err = parse_arguments("a = 1, a = 2").unwrap_err();
        assert!(err.message.contains("twice"));
        let err = parse_arguments("").unwrap_err();
        assert!(err.message.contains("argument name"));
    }

    #[test]
    fn checks_names_against_the_signature() {
        let object = parse_arguments_as_object("nums = [1], k = 1", &["nums", "k"]).unwrap();
        assert_eq!(object, json!({"nums": [1], "k": 1}));
        let err = parse_arguments_as_object("k = 1, nums = [1]", &["nums", "k"]).unwrap_err();
        assert!(err.message.contains("`k`, `nums`"), "{err}");
    }

    #[test]
    fn summarizes_long_values() {
        let long: Vec<i32> = (0..10_000).collect();
        let (text, complete) = summarize_value(&json!(long), 60);
        assert!(!complete);
        assert!(text.len() < 120, "{text}");
        assert!(text.contains("length 10000"), "{text}");
        let (text, complete) = summarize_value(&json!([1, 2]), 60);
        assert!(complete);
        assert_eq!(text, "[1,2]");
    }

    #[test]
    fn the_first_difference_is_named() {
        let diff = |a: Value, b: Value| first_difference(&a, &b).unwrap();
        assert_eq!(first_difference(&json!([1, 2]), &json!([1, 2])), None);
        assert_eq!(
            diff(json!([-3, -2]), json!([-3, 0])),
            "index 1: expected -2, got 0"
        );
        assert_eq!(
            diff(
                json!([["eat", "tea"], ["bat"]]),
                json!([["eat", "tan"], ["bat"]])
            ),
            "[0][1], character 1: expected 'e', got 'a' (the strings have 3 and 3 characters)"
        );
        assert_eq!(
            diff(json!("abcd"), json!("abxd")),
            "character 2: expected 'c', got 'x' (the strings have 4 and 4 characters)"
        );
        assert_eq!(diff(json!(3), json!(4)), "the answer: expected 3, got 4");
        let missing = diff(json!([1, 2, 3]), json!([1, 2]));
        assert!(missing.contains("expected 3 elements, got 2"), "{missing}");
        assert!(missing.contains("3 (index 2)"), "{missing}");
        let extra = diff(json!([1]), json!([1, 9]));
        assert!(extra.contains("9 (index 1) and after are extra"), "{extra}");
    }

    #[test]
    fn a_difference_deep_in_a_long_answer_is_found() {
        let expected: Vec<i64> = (0..100_000).collect();
        let mut got = expected.clone();
        got[76_543] = -1;
        assert_eq!(
            first_difference(&json!(expected), &json!(got)).unwrap(),
            "index 76543: expected 76543, got -1"
        );
    }

    proptest! {
        #[test]
        fn a_changed_element_is_named_with_its_index(
            items in prop::collection::vec(-50i32..50, 1..60),
            at in any::<prop::sample::Index>(),
        ) {
            let i = at.index(items.len());
            let mut got = items.clone();
            got[i] += 100;
            let why = first_difference(&json!(items), &json!(got)).unwrap();
            prop_assert_eq!(why, format!("index {i}: expected {}, got {}", items[i], got[i]));
        }

        #[test]
        fn writing_then_reading_gives_the_same_arguments(
            nums in prop::collection::vec(any::<i32>(), 0..20),
            s in ".{0,12}",
            flag in any::<bool>(),
        ) {
            let object = json!({"nums": nums, "s": s, "flag": flag});
            let text = write_object_as_arguments(&object, &["nums", "s", "flag"]);
            let back = parse_arguments_as_object(&text, &["nums", "s", "flag"]).unwrap();
            prop_assert_eq!(back, object);
        }
    }
}
