//! Hostile submissions, each judged through the CLI, as a learner would hit them. The table is the
//! contract: the file, the verdict it must get, and a phrase the explanation must contain.

mod common;

use common::{root, run_json};

const HOSTILE: &[(&str, &str, &str)] = &[
    ("endless_loop.rs", "time_limit_exceeded", "CPU time"),
    ("endless_recursion.rs", "runtime_error", "stack overflow"),
    (
        "memory_hog.rs",
        "memory_limit_exceeded",
        "the limit is 256 MiB",
    ),
    ("huge_allocation.rs", "memory_limit_exceeded", "MiB more"),
    ("process_exit.rs", "runtime_error", "process::exit"),
    ("abort.rs", "runtime_error", "SIGABRT"),
    ("fake_verdict.rs", "wrong_answer", "differs"),
    ("todo.rs", "runtime_error", "not yet implemented"),
    ("type_error.rs", "compile_error", "mismatched types"),
    ("deep_recursion_ok.rs", "accepted", ""),
];

#[test]
fn hostile_submissions_get_their_verdicts() {
    let mut wrong = Vec::new();
    for (file, verdict, phrase) in HOSTILE {
        let path = root().join("tests/fixtures/hostile").join(file);
        let (report, code) = run_json("sliding-window-maximum", &path, &["--seed", "7"]);
        let got = report["verdict"].as_str().unwrap_or_default();
        let message = report["message"].as_str().unwrap_or_default();
        let expected_code = if *verdict == "accepted" { 0 } else { 1 };
        if got != *verdict || !message.contains(phrase) || code != expected_code {
            wrong.push(format!("{file}: expected {verdict} (\"{phrase}\"), exit {expected_code}; got {got}, exit {code}: {message}"));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn printing_a_fake_verdict_leaves_stdout_one_json_object() {
    let path = root().join("tests/fixtures/hostile/fake_verdict.rs");
    let (report, _) = run_json("sliding-window-maximum", &path, &[]);
    assert_eq!(report["verdict"], "wrong_answer");
    assert_eq!(report["expected"], "[3,3,5,5,6,7]");
}

#[test]
fn the_same_verdict_on_repeated_runs() {
    for (file, verdict) in [
        ("heap_n_log_n.rs", "accepted"),
        ("slow_rescan_each_window.rs", "time_limit_exceeded"),
    ] {
        let path = root()
            .join("problems/submissions/sliding_window/sliding_window_maximum")
            .join(file);
        for _ in 0..3 {
            let (report, _) = run_json("sliding-window-maximum", &path, &[]);
            assert_eq!(report["verdict"], verdict, "{file}: {report}");
        }
    }
}
