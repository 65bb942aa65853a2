//! The questions are numbered alike in the scaffolded file, `show` and `run` (Q1..Qk the pattern's,
//! then the problem's), and shown when they help: the pattern's while solving, the problem's own
//! once it is Accepted; never with answers.

mod common;

use std::fs;

use common::{judge_in, scratch_workspace, text};

#[test]
fn the_file_and_show_number_the_questions_alike_and_show_waits_for_accepted() {
    let dir = scratch_workspace("questions");
    let output = judge_in(&dir, &["new", "min-stack"]);
    assert!(output.status.success(), "{}", text(&output));
    let file = fs::read_to_string(dir.join("solutions/src/stack/min_stack.rs")).unwrap();
    let shown = json(&judge_in(&dir, &["show", "min-stack", "--json"]));
    let questions = shown["questions"].as_array().unwrap();
    let first_own = questions
        .iter()
        .find(|q| q["source"] == "problem")
        .expect("min-stack has questions of its own");
    let own_number = first_own["number"].as_u64().unwrap();
    // The file asks every question under the number `show` gives it.
    for question in questions {
        let number = question["number"].as_u64().unwrap();
        let start: String = question["text"]
            .as_str()
            .unwrap()
            .chars()
            .take(30)
            .collect();
        let line = file
            .lines()
            .find(|l| l.starts_with(&format!("// Q{number} (")))
            .unwrap_or_else(|| panic!("no Q{number} in the file:\n{file}"));
        assert!(line.contains(&start), "Q{number}: {line} vs {start}");
        assert!(file.contains(&format!("// A{number}:\n")), "{file}");
    }
    assert!(file.find("While you solve").unwrap() < file.find("After Accepted").unwrap());

    // Before Accepted: the pattern's questions, and only where the problem's wait.
    let before = text(&judge_in(&dir, &["show", "min-stack"]));
    assert!(before.contains("Questions while you solve"), "{before}");
    assert!(before.contains("Q1 "), "{before}");
    let own_text: String = first_own["text"]
        .as_str()
        .unwrap()
        .chars()
        .take(30)
        .collect();
    assert!(!before.contains(&own_text), "{before}");
    assert!(before.contains(&format!("Q{own_number}-")), "{before}");

    // After Accepted: the problem's too, under the same numbers.
    fs::write(
        dir.join("solutions/progress.toml"),
        "format_version = 1\n\n[problem.min-stack]\nstatus = \"accepted\"\nattempts = 1\n",
    )
    .unwrap();
    let after = text(&judge_in(&dir, &["show", "min-stack"]));
    assert!(after.contains("Questions about your solution"), "{after}");
    assert!(after.contains(&format!("Q{own_number}")), "{after}");
    assert!(after.contains(&own_text[..20]), "{after}");
    fs::remove_dir_all(dir).unwrap();
}

#[test]
fn no_question_carries_its_answer_in_parentheses() {
    let dir = scratch_workspace("question-answers");
    let list = json(&judge_in(&dir, &["list", "--json"]));
    let mut telling = Vec::new();
    for problem in list["problems"].as_array().unwrap() {
        let slug = problem["slug"].as_str().unwrap();
        let shown = json(&judge_in(&dir, &["show", slug, "--json"]));
        for question in shown["questions"].as_array().unwrap() {
            let text = question["text"].as_str().unwrap();
            // An answer appended to a question: "...? (Because ...)" or "... .)".
            if text.contains("?) ")
                || text.ends_with(".)")
                || text.contains("? (") && text.ends_with(')')
            {
                telling.push(format!("{slug}: {text}"));
            }
        }
    }
    fs::remove_dir_all(dir).unwrap();
    telling.sort();
    telling.dedup();
    assert!(telling.is_empty(), "{}", telling.join("\n"));
}

fn json(output: &std::process::Output) -> serde_json::Value {
    serde_json::from_slice(&output.stdout)
        .unwrap_or_else(|e| panic!("not JSON ({e}): {}", text(output)))
}
