//! The pre-commit check in a real git repository made for the test: a copy of this workspace.

mod common;

use std::fs;
use std::path::Path;
use std::process::{Command, Output};

use common::{judge_in, judge_in_with_target, root, target_dir, text};

fn copy_tree(from: &Path, to: &Path) {
    fs::create_dir_all(to).unwrap();
    for entry in fs::read_dir(from).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        if name == "target" || name == ".git" || name == "progress.toml" || name == "regressions" {
            continue;
        }
        let target = to.join(&name);
        if path.is_dir() {
            copy_tree(&path, &target);
        } else {
            fs::copy(&path, &target).unwrap();
        }
    }
}

fn git(dir: &Path, args: &[&str]) -> Output {
    Command::new("git")
        .current_dir(dir)
        .args(args)
        .env("CARGO_TARGET_DIR", target_dir())
        .env("NO_COLOR", "1")
        .env("GIT_AUTHOR_NAME", "learner")
        .env("GIT_AUTHOR_EMAIL", "learner@example.com")
        .env("GIT_COMMITTER_NAME", "learner")
        .env("GIT_COMMITTER_EMAIL", "learner@example.com")
        .output()
        .unwrap()
}

#[test]
fn the_hook_judges_what_is_staged_and_respects_existing_hooks() {
    let dir = std::env::temp_dir().join(format!("judge-check-repo-{}", std::process::id()));
    let _ = fs::remove_dir_all(&dir);
    copy_tree(&root(), &dir);
    assert!(git(&dir, &["init", "-q"]).status.success());
    git(&dir, &["add", "-A"]);
    assert!(git(&dir, &["commit", "-q", "-m", "start"]).status.success());

    // An existing hook is not clobbered.
    let hook = dir.join(".git/hooks/pre-commit");
    fs::write(&hook, "#!/bin/sh\n# my own hook\nexit 0\n").unwrap();
    let output = judge_in(&dir, &["hook", "install"]);
    assert_eq!(output.status.code(), Some(2), "{}", text(&output));
    assert!(text(&output).contains("--force"), "{}", text(&output));
    assert_eq!(
        fs::read_to_string(&hook).unwrap(),
        "#!/bin/sh\n# my own hook\nexit 0\n"
    );
    let output = judge_in(&dir, &["hook", "install", "--force"]);
    assert!(output.status.success(), "{}", text(&output));
    assert!(fs::read_to_string(&hook).unwrap().contains("judge check"));
    let backups = fs::read_dir(dir.join(".git/hooks"))
        .unwrap()
        .filter(|e| {
            e.as_ref()
                .unwrap()
                .file_name()
                .to_string_lossy()
                .contains(".bak-")
        })
        .count();
    assert_eq!(backups, 1);

    let solution = dir.join("solutions/src/sliding_window/sliding_window_maximum.rs");
    let correct = fs::read_to_string(&solution).unwrap();
    let wrong = fs::read_to_string(root().join(
        "problems/submissions/sliding_window/sliding_window_maximum/wrong_forgets_to_evict.rs",
    ))
    .unwrap();

    // A staged wrong solution blocks the commit, with a clear message.
    fs::write(&solution, &wrong).unwrap();
    git(&dir, &["add", "-A"]);
    let commit = git(&dir, &["commit", "-m", "wrong"]);
    let shown = text(&commit);
    assert!(
        !commit.status.success(),
        "the commit went through:\n{shown}"
    );
    assert!(
        shown.contains("Wrong Answer") && shown.contains("sliding-window-maximum"),
        "{shown}"
    );
    assert!(shown.contains("--no-verify"), "{shown}");

    // A staged correct solution passes, although the working tree holds a wrong edit.
    fs::write(
        &solution,
        format!("{correct}\n// a comment so that there is a change\n"),
    )
    .unwrap();
    git(&dir, &["add", "-A"]);
    fs::write(&solution, &wrong).unwrap();
    let commit = git(&dir, &["commit", "-m", "right"]);
    assert!(commit.status.success(), "{}", text(&commit));
    assert_eq!(
        fs::read_to_string(&solution).unwrap(),
        wrong,
        "the work in progress is untouched"
    );

    // Uninstall removes only judge's hook.
    let output = judge_in(&dir, &["hook", "uninstall"]);
    assert!(output.status.success(), "{}", text(&output));
    assert!(!hook.exists());
    fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn check_all_judges_every_solution() {
    let output = common::judge(&["check", "--all", "--json"]);
    let report: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert!(report["checked"].as_u64().unwrap() >= 1, "{report}");
    assert_eq!(report["verdict"], "accepted", "{report}");
    assert!(output.status.success());
}

/// A function problem of the catalogue that has no data file yet (`slug`, LeetCode's number, its
/// signature), or `None` once every one is judged. Chosen at run time, so that the test keeps
/// working as problems are added.
fn an_unjudged_problem(root: &Path) -> Option<(String, String, String)> {
    let mut judged = String::new();
    for pattern in fs::read_dir(root.join("problems/data")).unwrap() {
        for file in fs::read_dir(pattern.unwrap().path()).unwrap() {
            judged.push_str(&fs::read_to_string(file.unwrap().path()).unwrap_or_default());
        }
    }
    let catalogue = fs::read_to_string(root.join("problems/catalogue.toml")).unwrap();
    let field = |entry: &str, key: &str| {
        entry
            .lines()
            .find_map(|line| line.strip_prefix(&format!("{key} = ")))
            .map(|value| value.trim().trim_matches('"').to_string())
    };
    catalogue.split("[[problem]]").skip(1).find_map(|entry| {
        let slug = field(entry, "slug")?;
        let signature = field(entry, "signature")?;
        let unjudged = field(entry, "kind")? == "function"
            && !signature.is_empty()
            && !judged.contains(&format!("slug = \"{slug}\""));
        let number = field(entry, "number")?;
        unjudged.then_some((slug, number, signature))
    })
}

#[test]
fn a_scaffolded_problem_builds_and_fails_verification_until_written() {
    let dir = std::env::temp_dir().join(format!("judge-new-problem-{}", std::process::id()));
    let _ = fs::remove_dir_all(&dir);
    copy_tree(&root(), &dir);
    // This copy's problems crate gains a module, so it builds apart from the other tests.
    let own_target = root().join("target").join("judge-tests-scaffold");
    if let Some((slug, number, signature)) = an_unjudged_problem(&dir) {
        let output = judge_in_with_target(&dir, &own_target, &["new", "--problem", &slug]);
        assert!(output.status.success(), "{}", text(&output));
        // The new data file: the one that names the slug, in its pattern's data directory.
        let data_file = fs::read_dir(dir.join("problems/data"))
            .unwrap()
            .flat_map(|pattern| fs::read_dir(pattern.unwrap().path()).unwrap())
            .map(|file| file.unwrap().path())
            .find(|path| {
                fs::read_to_string(path)
                    .is_ok_and(|data| data.contains(&format!("slug = \"{slug}\"")))
            })
            .expect("`judge new --problem` writes a data file");
        let data = fs::read_to_string(&data_file).unwrap();
        assert!(
            data.contains(&signature) && data.contains(&format!("number = {number}")),
            "{data}"
        );
        let pattern = data_file.parent().unwrap().file_name().unwrap();
        let module = data_file.file_stem().unwrap().to_string_lossy();
        assert!(
            fs::read_to_string(dir.join("problems").join(pattern).join("src/lib.rs"))
                .unwrap()
                .contains(&format!("pub mod {module};"))
        );
        let again = judge_in_with_target(&dir, &own_target, &["new", "--problem", &slug]);
        assert_eq!(again.status.code(), Some(2), "{}", text(&again));
        let verify = judge_in_with_target(&dir, &own_target, &["verify", &slug]);
        let shown = text(&verify);
        assert_eq!(verify.status.code(), Some(1), "{shown}");
        assert!(
            shown.contains("FAILED") && shown.contains("`TODO` cannot be read"),
            "{shown}"
        );
    } else {
        eprintln!("every function problem of the catalogue is judged: nothing left to scaffold");
    }

    // Verification fails, and says why, when a fixture breaks a constraint or a slow submission passes.
    let data_path = dir.join("problems/data/sliding_window/sliding_window_maximum.toml");
    let data = fs::read_to_string(&data_path).unwrap();
    let broken = data.replacen(
        "[[edge]]",
        "[[edge]]\nname = \"k = 0\"\ninput = \"nums = [1,2], k = 0\"\n\n[[edge]]",
        1,
    );
    assert_ne!(broken, data);
    fs::write(&data_path, broken).unwrap();
    let verify = judge_in_with_target(&dir, &own_target, &["verify", "sliding-window-maximum"]);
    let shown = text(&verify);
    assert_eq!(verify.status.code(), Some(1), "{shown}");
    assert!(
        shown.contains("edge case \"k = 0\" breaks the constraints: k = 0"),
        "{shown}"
    );
    assert!(
        shown.contains("the problem's reference panicked"),
        "a reference's panic is not the learner's fault: {shown}"
    );
    let slow_passes = data.replace(
        "file = \"heap_n_log_n.rs\"\nverdict = \"accepted\"",
        "file = \"heap_n_log_n.rs\"\nverdict = \"time_limit_exceeded\"",
    );
    assert_ne!(slow_passes, data);
    fs::write(&data_path, slow_passes).unwrap();
    let verify = judge_in_with_target(&dir, &own_target, &["verify", "sliding-window-maximum"]);
    let shown = text(&verify);
    assert_eq!(verify.status.code(), Some(1), "{shown}");
    assert!(
        shown.contains("heap_n_log_n.rs")
            && shown.contains("got accepted instead of time_limit_exceeded"),
        "{shown}"
    );
    fs::remove_dir_all(&dir).unwrap();
}

/// `check --all` builds a pattern's files together; a file that does not compile, one that is
/// wrong and one that panics still get their own verdicts, in words about the learner's files.
#[test]
fn check_all_gives_each_file_of_a_batch_its_own_verdict() {
    let dir = std::env::temp_dir().join(format!("judge-check-batch-{}", std::process::id()));
    let _ = fs::remove_dir_all(&dir);
    copy_tree(&root(), &dir);
    let solutions = dir.join("solutions/src/sliding_window");
    let submissions = root().join("problems/submissions/sliding_window");
    fs::copy(
        submissions.join("longest_substring_without_repeating_characters/wrong_left_moves_back.rs"),
        solutions.join("longest_substring_without_repeating_characters.rs"),
    )
    .unwrap();
    fs::copy(
        submissions.join("permutation_in_string/compare_all_counts.rs"),
        solutions.join("permutation_in_string.rs"),
    )
    .unwrap();
    fs::write(
        solutions.join("best_time_to_buy_and_sell_stock.rs"),
        "impl Solution {\n    pub fn max_profit(prices: Vec<i32>) -> i32 {\n        prices.len()\n    }\n}\n",
    )
    .unwrap();
    fs::write(
        solutions.join("minimum_window_substring.rs"),
        "impl Solution {\n    pub fn min_window(s: String, t: String) -> String {\n        let at = s.len() + t.len();\n        s[at..].to_string()\n    }\n}\n",
    )
    .unwrap();
    let output = judge_in(&dir, &["check", "--all", "--json"]);
    let report: serde_json::Value =
        serde_json::from_slice(&output.stdout).unwrap_or_else(|e| panic!("{e}: {}", text(&output)));
    let result = |slug: &str| {
        report["results"]
            .as_array()
            .unwrap()
            .iter()
            .find(|r| r["slug"] == slug)
            .unwrap_or_else(|| panic!("no result for {slug}: {report}"))
            .clone()
    };
    assert_eq!(report["checked"], 5, "{report}");
    assert_eq!(result("sliding-window-maximum")["verdict"], "accepted");
    assert_eq!(result("permutation-in-string")["verdict"], "accepted");
    let wrong = result("longest-substring-without-repeating-characters");
    assert_eq!(wrong["verdict"], "wrong_answer", "{wrong}");
    let broken = result("best-time-to-buy-and-sell-stock");
    assert_eq!(broken["verdict"], "compile_error", "{broken}");
    let message = broken["message"].as_str().unwrap();
    assert!(
        message.contains("mismatched types") || message.contains("E0308"),
        "{message}"
    );
    let panics = result("minimum-window-substring");
    assert_eq!(panics["verdict"], "runtime_error", "{panics}");
    let message = panics["message"].as_str().unwrap();
    assert!(
        message.contains("solutions/src/sliding_window/minimum_window_substring.rs:4"),
        "the panic is placed in the learner's file: {message}"
    );
    assert_eq!(output.status.code(), Some(1));
    fs::remove_dir_all(&dir).unwrap();
}
