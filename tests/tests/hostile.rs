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
    (
        "fake_verdict.rs",
        "wrong_answer",
        "index 0: expected 3, got",
    ),
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
    assert_eq!(report["expected"], serde_json::json!([3, 3, 5, 5, 6, 7]));
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

/// Timing verdicts rest on CPU time measured against the reference in the same run, so they hold
/// while every core is busy with something else: here one spinning thread per core (plus one)
/// competes with the judged process for the whole run.
#[test]
fn the_same_verdict_with_every_core_busy() {
    use std::sync::atomic::{AtomicBool, Ordering};
    use std::sync::Arc;

    let stop = Arc::new(AtomicBool::new(false));
    let cores = std::thread::available_parallelism().map_or(2, |n| n.get());
    let spinners: Vec<_> = (0..=cores)
        .map(|_| {
            let stop = Arc::clone(&stop);
            std::thread::spawn(move || {
                let mut x = 0u64;
                while !stop.load(Ordering::Relaxed) {
                    x = std::hint::black_box(x.wrapping_mul(6364136223846793005).wrapping_add(1));
                }
            })
        })
        .collect();
    let mut wrong = Vec::new();
    for (file, verdict) in [
        ("heap_n_log_n.rs", "accepted"),
        ("reference_style_deque.rs", "accepted"),
        ("slow_rescan_each_window.rs", "time_limit_exceeded"),
    ] {
        let path = root()
            .join("problems/submissions/sliding_window/sliding_window_maximum")
            .join(file);
        for _ in 0..2 {
            let (report, _) = run_json("sliding-window-maximum", &path, &[]);
            if report["verdict"] != verdict {
                wrong.push(format!("{file}: expected {verdict}, got {report}"));
            }
        }
    }
    stop.store(true, Ordering::Relaxed);
    for spinner in spinners {
        spinner.join().unwrap();
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}
