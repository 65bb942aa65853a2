//! The command line's conventions, as a Unix user and a script expect them: a closed pipe ends
//! quietly, `--json` always means one JSON object, a LeetCode number works wherever a slug does,
//! and shell completions know the slugs.

mod common;

use std::process::Stdio;

use common::{judge, judge_binary, root, text};

/// `judge list | head`: the reader is gone before the judge writes. Every write then fails with
/// EPIPE (the pipe's read end is closed before the judge starts, so this does not depend on timing).
#[test]
fn a_closed_stdout_ends_quietly() {
    for args in [
        &["list"][..],
        &["show", "min-stack"],
        &["list", "--json"],
        &["pattern", "stack"],
    ] {
        let (reader, writer) = std::io::pipe().unwrap();
        drop(reader);
        let output = std::process::Command::new(judge_binary())
            .current_dir(root())
            .args(args)
            .env("NO_COLOR", "1")
            .stdout(writer)
            .stderr(Stdio::piped())
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert_eq!(output.status.code(), Some(0), "{args:?}: {stderr}");
        assert!(stderr.is_empty(), "{args:?} printed on stderr: {stderr}");
    }
}

/// Parses stdout as the one JSON object `--json` promises.
fn json_of(output: &std::process::Output) -> serde_json::Value {
    serde_json::from_slice(&output.stdout)
        .unwrap_or_else(|e| panic!("stdout is not one JSON object ({e}):\n{}", text(output)))
}

/// The first problem of the NeetCode 150 that `list` names as not in this judge yet, if any is
/// left (the catalogue grows to all 150).
fn not_judged_yet() -> Option<(u64, String, String)> {
    let list = json_of(&judge(&["list", "--json"]));
    let first = list["not_in_this_judge_yet"].as_array()?.first()?.clone();
    Some((
        first["number"].as_u64()?,
        first["slug"].as_str()?.to_string(),
        first["title"].as_str()?.to_string(),
    ))
}

#[test]
fn a_leetcode_number_works_where_a_slug_does() {
    let by_number = json_of(&judge(&["show", "239", "--json"]));
    assert_eq!(by_number["slug"], "sliding-window-maximum");
    // A NeetCode 150 problem without data here is named as such, by slug and by number (the
    // first one `list` names as not judged yet: the catalogue grows).
    if let Some((number, slug, title)) = not_judged_yet() {
        for asked in [number.to_string(), slug.clone()] {
            let output = judge(&["show", &asked]);
            assert_eq!(output.status.code(), Some(2), "{}", text(&output));
            assert!(
                text(&output).contains(&format!(
                    "{number}. {title} (`{slug}`) is not in this judge yet"
                )),
                "{}",
                text(&output)
            );
        }
    }
    let output = judge(&["run", "99999"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(
        text(&output).contains("LeetCode number 99999"),
        "{}",
        text(&output)
    );
}

#[test]
fn list_names_every_problem_of_the_150_with_its_number() {
    let list = json_of(&judge(&["list", "--json"]));
    let judged = list["problems"].as_array().unwrap();
    let later = list["not_in_this_judge_yet"].as_array().unwrap();
    assert_eq!(judged.len() + later.len(), 150);
    let two_sum = judged.iter().find(|p| p["slug"] == "two-sum").unwrap();
    assert_eq!(two_sum["number"], 1);
    for problem in judged {
        let status = problem["status"].as_str().unwrap();
        assert!(
            ["not_started", "attempted", "accepted"].contains(&status),
            "one spelling for enums, snake_case: {status}"
        );
        assert!(problem.get("last_accepted").is_some(), "{problem}");
    }
    let shown = text(&judge(&["list"]));
    assert_eq!(
        shown.contains("not in this judge yet"),
        !later.is_empty(),
        "{shown}"
    );
    assert!(!shown.contains("unknown"), "{shown}");
    let linked = text(&judge(&["list", "--pattern", "linked-list"]));
    assert!(linked.contains("reverse-linked-list"), "{linked}");
}

#[test]
fn with_json_every_error_is_one_object() {
    let not_yet = not_judged_yet().map_or("99999".to_string(), |(number, _, _)| number.to_string());
    for args in [
        &["run", "sliding-window-maximun", "--json"][..],
        &["--json", "show", &not_yet],
        &["run", "two-sum", "--seed", "many", "--json"],
        &["--json", "frobnicate"],
    ] {
        let output = judge(args);
        assert_eq!(output.status.code(), Some(2), "{args:?}");
        let value = json_of(&output);
        assert!(value["error"].is_string(), "{args:?}: {value}");
        assert_eq!(value["exit_code"], 2, "{args:?}: {value}");
    }
}

#[test]
fn completions_offer_commands_and_slugs() {
    for shell in ["bash", "zsh", "fish"] {
        let output = judge(&["completions", shell]);
        assert!(output.status.success(), "{shell}: {}", text(&output));
        let script = String::from_utf8_lossy(&output.stdout);
        assert!(script.contains("sliding-window-maximum"), "{shell}");
        assert!(script.contains("min-stack"), "{shell}");
        assert!(script.contains("completions"), "{shell}");
    }
    let output = judge(&["completions", "tcsh"]);
    assert_eq!(output.status.code(), Some(2));
}

#[test]
fn the_readme_says_how_many_problems_are_judged() {
    let readme = std::fs::read_to_string(root().join("README.md")).unwrap();
    let list = json_of(&judge(&["list", "--json"]));
    let judged = list["problems"].as_array().unwrap().len();
    let claim = if judged == 150 {
        "**All of the NeetCode 150 are judged**".to_string()
    } else {
        format!("**{judged} of the NeetCode 150 are judged so far**")
    };
    assert!(readme.contains(&claim), "README.md should say {claim}");
}
