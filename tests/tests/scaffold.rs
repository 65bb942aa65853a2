//! `judge new` writes files that compile: every problem of the catalogue scaffolded into one
//! solutions crate, which `cargo check` then builds. A scaffold that does not compile breaks
//! `cargo check`, rust-analyzer and `cargo test` for every solution the learner has, so this holds
//! for function and design problems alike.

mod common;

use std::fs;
use std::process::Command;

use common::{judge_in, root, scratch_workspace, text};

/// The workspace manifest of the scratch copy: the real one, with the solutions crate as its only
/// member (so the solutions crate inherits exactly what it inherits here).
fn scratch_manifest() -> String {
    let manifest = fs::read_to_string(root().join("Cargo.toml")).unwrap();
    let mut lines = Vec::new();
    // `members` and `default-members` may span several lines: skip each to its closing bracket.
    let mut skipping = false;
    for line in manifest.lines() {
        if skipping {
            skipping = !line.contains(']');
            continue;
        }
        if line.starts_with("members") || line.starts_with("default-members") {
            skipping = !line.contains(']');
            if line.starts_with("members") {
                lines.push("members = [\"solutions\"]");
            }
            continue;
        }
        lines.push(line);
    }
    lines.join("\n")
}

#[test]
fn every_problem_scaffolds_into_a_crate_that_compiles() {
    let dir = scratch_workspace("scaffold-all");
    fs::write(dir.join("Cargo.toml"), scratch_manifest()).unwrap();
    fs::copy(root().join("Cargo.lock"), dir.join("Cargo.lock")).unwrap();
    fs::copy(
        root().join("solutions/Cargo.toml"),
        dir.join("solutions/Cargo.toml"),
    )
    .unwrap();

    let list = judge_in(&dir, &["list", "--json"]);
    assert!(list.status.success(), "{}", text(&list));
    let list: serde_json::Value = serde_json::from_slice(&list.stdout).unwrap();
    // The NeetCode problems and the ML drills (listed apart, under `ml_drills`).
    let slugs: Vec<&str> = ["problems", "ml_drills"]
        .iter()
        .flat_map(|key| list[*key].as_array().unwrap())
        .map(|p| p["slug"].as_str().unwrap())
        .collect();
    assert!(slugs.len() >= 34, "{slugs:?}");
    let mut designs = 0;
    for slug in &slugs {
        let output = judge_in(&dir, &["new", slug]);
        assert!(output.status.success(), "{slug}: {}", text(&output));
        let shown = judge_in(&dir, &["show", slug, "--json"]);
        let shown: serde_json::Value = serde_json::from_slice(&shown.stdout).unwrap();
        if shown["kind"] == "design" {
            designs += 1;
        }
    }
    assert!(
        designs >= 3,
        "min-stack, time-based-key-value-store and encode-and-decode-strings are design problems"
    );

    let min_stack = fs::read_to_string(dir.join("solutions/src/stack/min_stack.rs")).unwrap();
    assert!(min_stack.contains("struct MinStack {"), "{min_stack}");
    assert!(min_stack.contains("impl MinStack {"), "{min_stack}");
    assert!(
        min_stack.contains("fn get_min(&self) -> i32 {"),
        "{min_stack}"
    );
    assert!(!min_stack.contains("impl Solution"), "{min_stack}");

    let check = Command::new(env!("CARGO"))
        .current_dir(&dir)
        .args(["check", "--quiet", "-p", "solutions"])
        .env("CARGO_TARGET_DIR", root().join("target/scaffold-check"))
        .output()
        .expect("cargo runs");
    assert!(
        check.status.success(),
        "the scaffolded solutions crate does not compile:\n{}",
        String::from_utf8_lossy(&check.stderr)
    );
    fs::remove_dir_all(dir).unwrap();
}
