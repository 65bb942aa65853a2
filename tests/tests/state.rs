//! The learner's state through the CLI ("Nothing lost" in SPEC.md): a vanished progress file comes
//! back with a warning, a broken one or a broken regressions file stops `judge run` with its file,
//! line and column before anything is built, and with `--json` stdout carries exactly one JSON
//! object whatever goes wrong. (That concurrent updates lose nothing is tested on
//! `Progress::update` itself, with threads, in judge/src/progress.rs.)

mod common;

use std::fs;
use std::path::Path;
use std::process::Output;

use common::{judge_in, judge_in_with_target, scratch_workspace, text};

const SLUG: &str = "sliding-window-maximum";

fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

/// Stdout as exactly one JSON object on one line, or a panic saying what else was there.
fn one_json_object(output: &Output) -> serde_json::Value {
    let out = stdout(output);
    let value: serde_json::Value = serde_json::from_str(&out).unwrap_or_else(|e| {
        panic!(
            "stdout is not one JSON object ({e}):\n{out}\nstderr:\n{}",
            stderr(output)
        )
    });
    assert!(value.is_object(), "{out}");
    assert_eq!(out.trim_end().lines().count(), 1, "{out}");
    value
}

fn hints_taken(dir: &Path, slug: &str) -> (u64, String) {
    let output = judge_in(dir, &["list", "--json"]);
    assert!(output.status.success(), "{}", text(&output));
    let list = one_json_object(&output);
    let hints = list["problems"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["slug"] == slug)
        .map(|p| p["hints"].as_u64().unwrap())
        .unwrap();
    (hints, stderr(&output))
}

#[test]
fn a_deleted_progress_file_is_restored_with_a_warning_on_stderr() {
    let dir = scratch_workspace("state-restored");
    let state = dir.join("solutions/progress.toml");
    for _ in 0..2 {
        let output = judge_in(&dir, &["hint", SLUG]);
        assert!(output.status.success(), "{}", text(&output));
    }
    assert!(dir.join("solutions/.progress.toml.last").is_file());
    fs::remove_file(&state).unwrap();

    let (hints, warning) = hints_taken(&dir, SLUG);
    assert_eq!(hints, 2, "the history is back");
    assert!(
        warning.contains("warning") && warning.contains("restored"),
        "{warning}"
    );
    assert!(warning.contains("progress.toml"), "{warning}");
    assert!(state.is_file(), "the file itself is put back");

    // Restored once: the next command says nothing more, and counts on from the restored history.
    let output = judge_in(&dir, &["hint", SLUG, "--json"]);
    assert!(output.status.success(), "{}", text(&output));
    assert_eq!(one_json_object(&output)["hint"], 3);
    assert_eq!(stderr(&output), "");
    fs::remove_dir_all(dir).unwrap();
}

#[test]
fn a_deleted_progress_file_whose_copy_is_broken_is_reported_lost_and_the_copy_kept() {
    let dir = scratch_workspace("state-lost");
    let judge_dir = dir.join("solutions");
    fs::write(
        judge_dir.join(".progress.toml.last"),
        "format_version = [1\n",
    )
    .unwrap();

    let (hints, warning) = hints_taken(&dir, SLUG);
    assert_eq!(hints, 0);
    assert!(warning.contains("starts afresh"), "{warning}");
    assert!(warning.contains(".progress.toml.last:1:"), "{warning}");
    let kept: Vec<_> = fs::read_dir(&judge_dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.to_string_lossy().contains(".progress.toml.last.bak-"))
        .collect();
    assert_eq!(kept.len(), 1, "{kept:?}");
    assert!(
        warning.contains(&kept[0].display().to_string()),
        "{warning}"
    );
    assert_eq!(
        fs::read_to_string(&kept[0]).unwrap(),
        "format_version = [1\n"
    );
    let (_, again) = hints_taken(&dir, SLUG);
    assert_eq!(again, "", "the loss is reported once");
    fs::remove_dir_all(dir).unwrap();
}

/// `judge run` in a scratch workspace with a solution file but a broken state file: it stops with
/// exit 2 and the file's position, and builds nothing (its target directory is never created).
fn run_stops_before_building(name: &str, break_it: impl Fn(&Path)) -> (Output, Output) {
    let dir = scratch_workspace(name);
    let output = judge_in(&dir, &["new", SLUG]);
    assert!(output.status.success(), "{}", text(&output));
    break_it(&dir);
    let target = dir.join("target");
    let args = ["run", SLUG, "--no-stress", "--cases", "1"];
    let human = judge_in_with_target(&dir, &target, &args);
    let json = judge_in_with_target(&dir, &target, &[&args[..], &["--json"]].concat());
    assert!(!target.exists(), "nothing is built: {}", text(&human));
    fs::remove_dir_all(dir).unwrap();
    for output in [&human, &json] {
        assert_eq!(output.status.code(), Some(2), "{}", text(output));
    }
    assert_eq!(stdout(&human), "", "errors go to stderr");
    (human, json)
}

#[test]
fn a_broken_progress_file_stops_run_before_judging_with_its_line_and_column() {
    let broken = "format_version = 1\n[problem.two-sum]\nstatus = \"done\"\n";
    let (human, json) = run_stops_before_building("state-broken-progress", |dir| {
        fs::write(dir.join("solutions/progress.toml"), broken).unwrap();
    });
    let shown = stderr(&human);
    assert!(shown.contains("solutions/progress.toml:3:10:"), "{shown}");
    assert!(shown.contains("done"), "{shown}");
    let error = one_json_object(&json);
    assert!(
        error["error"]
            .as_str()
            .unwrap()
            .contains("solutions/progress.toml:3:10:"),
        "{error}"
    );
    assert_eq!(error["exit_code"], 2);
}

#[test]
fn a_broken_progress_file_is_never_reset() {
    let dir = scratch_workspace("state-never-reset");
    let state = dir.join("solutions/progress.toml");
    let broken = "format_version = 1\n[problem.two-sum]\nhints = \"two\"\n";
    fs::write(&state, broken).unwrap();
    let output = judge_in(&dir, &["hint", SLUG]);
    assert_eq!(output.status.code(), Some(2), "{}", text(&output));
    assert!(
        stderr(&output).contains("progress.toml:3:9:"),
        "{}",
        text(&output)
    );
    assert_eq!(fs::read_to_string(&state).unwrap(), broken);
    fs::remove_dir_all(dir).unwrap();
}

#[test]
fn a_broken_regressions_file_is_blamed_on_the_learner_not_the_problem() {
    let (human, json) = run_stops_before_building("state-broken-regressions", |dir| {
        let file = dir.join(format!("solutions/regressions/{SLUG}.toml"));
        fs::create_dir_all(file.parent().unwrap()).unwrap();
        fs::write(
            &file,
            "[[case]]\ninput = \"nums = [1], k = 1\"\nfond = \"x\"\n",
        )
        .unwrap();
    });
    let shown = stderr(&human);
    assert!(
        shown.contains(&format!("regressions/{SLUG}.toml:3:1:")),
        "{shown}"
    );
    assert!(shown.contains("your regressions file"), "{shown}");
    assert!(shown.contains("fix it or delete it"), "{shown}");
    assert!(!shown.contains("problem data"), "{shown}");
    let error = one_json_object(&json);
    assert!(
        error["help"]
            .as_str()
            .unwrap()
            .contains("fix it or delete it"),
        "{error}"
    );

    let (human, _) = run_stops_before_building("state-unusable-regression", |dir| {
        let file = dir.join(format!("solutions/regressions/{SLUG}.toml"));
        fs::create_dir_all(file.parent().unwrap()).unwrap();
        fs::write(
            &file,
            "[[case]]\nfound = \"x\"\ninput = \"nums = [1, k = 1\"\n",
        )
        .unwrap();
    });
    let shown = stderr(&human);
    assert!(
        shown.contains(&format!("regressions/{SLUG}.toml:3:9: case 1")),
        "{shown}"
    );
    assert!(shown.contains("your regressions file"), "{shown}");
}

#[test]
fn with_json_every_refusal_is_one_json_object_on_stdout() {
    let dir = scratch_workspace("state-json-errors");
    let refused = [
        vec!["run", SLUG, "--seed", "many", "--json"],
        vec!["--json", "run", SLUG, "--bogus"],
        vec!["list", "--color", "sometimes", "--json"],
        vec!["--json", "frobnicate"],
        vec!["--json"],
        vec!["run", "--json"],
        vec!["run", "sliding-window-maximun", "--json"],
        vec!["run", SLUG, "--json"],
        vec!["run", SLUG, "--file", "nowhere.rs", "--json"],
        vec!["hint", "no-such-problem", "--json"],
    ];
    for args in refused {
        let output = judge_in(&dir, &args);
        assert_eq!(output.status.code(), Some(2), "{args:?}: {}", text(&output));
        let error = one_json_object(&output);
        assert!(
            error["error"].as_str().is_some_and(|e| !e.is_empty()),
            "{args:?}: {error}"
        );
        assert_eq!(error["exit_code"], 2, "{args:?}: {error}");
    }
    let output = judge_in(&dir, &["run", "sliding-window-maximun", "--json"]);
    assert!(
        one_json_object(&output)["help"]
            .as_str()
            .unwrap()
            .contains("did you mean `sliding-window-maximum`"),
        "{}",
        text(&output)
    );
    // Without --json the same refusal is text on stderr and nothing on stdout.
    let output = judge_in(&dir, &["run", SLUG, "--seed", "many"]);
    assert_eq!(output.status.code(), Some(2));
    assert_eq!(stdout(&output), "");
    assert!(stderr(&output).contains("many"), "{}", text(&output));
    fs::remove_dir_all(dir).unwrap();
}
