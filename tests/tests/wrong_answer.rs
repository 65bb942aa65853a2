//! A Wrong Answer says where the answer first differs from the expected one (index, element and
//! lengths), for short answers and for answers too long to print, whose difference is found on the
//! whole values before they are shortened for the screen.

mod common;

use common::{judge, root, run_json, text};

#[test]
fn a_short_wrong_vector_names_the_index() {
    let file = root().join("tests/fixtures/wrong_answer/window_minimum.rs");
    let (report, code) = run_json("sliding-window-maximum", &file, &["--no-stress"]);
    assert_eq!(code, 1, "{report}");
    assert_eq!(report["verdict"], "wrong_answer");
    assert_eq!(report["message"], "index 0: expected 3, got -1", "{report}");
    // --json carries the answers as JSON values, and the text the report shows.
    assert_eq!(report["expected"], serde_json::json!([3, 3, 5, 5, 6, 7]));
    assert_eq!(report["got"], serde_json::json!([-1, -3, -3, -3, 3, 3]));
    assert_eq!(report["got_text"], "[-1,-3,-3,-3,3,3]");
    assert_eq!(
        report["arguments"],
        serde_json::json!({"nums": [1, 3, -1, -3, 5, 3, 6, 7], "k": 3})
    );

    let output = judge(&[
        "run",
        "sliding-window-maximum",
        "--file",
        file.to_str().unwrap(),
    ]);
    let shown = text(&output);
    assert!(
        shown.contains("why      index 0: expected 3, got -1"),
        "{shown}"
    );
}

#[test]
fn a_long_wrong_answer_says_where_it_differs() {
    let file = root().join("tests/fixtures/wrong_answer/last_window_off_on_large_input.rs");
    let (report, code) = run_json("sliding-window-maximum", &file, &["--seed", "3"]);
    assert_eq!(code, 1, "{report}");
    assert_eq!(report["verdict"], "wrong_answer", "{report}");
    assert_eq!(report["phase"], "stress", "{report}");
    assert_eq!(report["input_is_complete"], false, "{report}");
    // Too long to send whole: the value is null, the text says how long it was.
    assert!(report["expected"].is_null(), "{report}");
    let expected_text = report["expected_text"].as_str().unwrap();
    assert!(expected_text.contains("length"), "{expected_text}");
    // The place was found on the whole answers: the last window, far past what is printed.
    let message = report["message"].as_str().unwrap();
    let index: usize = message
        .strip_prefix("index ")
        .and_then(|rest| rest.split(':').next())
        .and_then(|n| n.parse().ok())
        .unwrap_or_else(|| panic!("no index in {message:?}"));
    assert!(index > 1000, "{message}");
    let (expected, got) = message
        .split_once(": expected ")
        .and_then(|(_, rest)| rest.split_once(", got "))
        .unwrap_or_else(|| panic!("no expected/got in {message:?}"));
    let (expected, got): (i64, i64) = (expected.parse().unwrap(), got.parse().unwrap());
    assert_eq!(expected - got, 1, "{message}");
}
