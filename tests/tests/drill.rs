//! Question decks through the CLI (issue 17), with the clock set by `JUDGE_NOW`: the
//! non-interactive form rates a card and FSRS schedules it in the same review queue as problems
//! (`today` and `review` show it), Again comes back sooner than Hard and Hard sooner than Good, a
//! broken deck file is named with its line and what is wrong, every shipped deck loads with an
//! answer and key points on every card, and the interactive form works through stdin.

mod common;

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use common::{judge_binary, root, scratch_workspace, target_dir, text};

/// A scratch workspace (no builds) with the shipped decks.
fn deck_workspace(name: &str) -> PathBuf {
    let dir = scratch_workspace(name);
    let decks = dir.join("problems/decks");
    fs::create_dir_all(&decks).unwrap();
    for entry in fs::read_dir(root().join("problems/decks")).unwrap() {
        let path = entry.unwrap().path();
        fs::copy(&path, decks.join(path.file_name().unwrap())).unwrap();
    }
    dir
}

fn command_at(dir: &Path, now: &str, args: &[&str]) -> Command {
    let mut command = Command::new(judge_binary());
    command
        .current_dir(dir)
        .args(args)
        .env("CARGO_TARGET_DIR", target_dir())
        .env("NO_COLOR", "1")
        .env("COLUMNS", "80")
        .env("JUDGE_NOW", now);
    command
}

/// Runs `judge` in `dir` at the time `now`, with no input.
fn judge_at(dir: &Path, now: &str, args: &[&str]) -> Output {
    command_at(dir, now, args)
        .stdin(Stdio::null())
        .output()
        .expect("judge runs")
}

/// Runs `judge` in `dir` at `now` with `input` on stdin.
fn judge_with_input(dir: &Path, now: &str, args: &[&str], input: &str) -> Output {
    let mut child = command_at(dir, now, args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("judge runs");
    child
        .stdin
        .take()
        .unwrap()
        .write_all(input.as_bytes())
        .unwrap();
    child.wait_with_output().unwrap()
}

fn json_at(dir: &Path, now: &str, args: &[&str]) -> serde_json::Value {
    let args = [args, &["--json"]].concat();
    let output = judge_at(dir, now, &args);
    assert!(output.status.success(), "{args:?}: {}", text(&output));
    serde_json::from_slice(&output.stdout)
        .unwrap_or_else(|e| panic!("{args:?}: not one JSON object ({e}):\n{}", text(&output)))
}

/// The status and due date of `card` in its deck's JSON.
fn card_status(dir: &Path, now: &str, deck: &str, card: &str) -> (String, Option<String>) {
    let shown = json_at(dir, now, &["drill", deck, "--card", card]);
    (
        shown["status"].as_str().unwrap().to_string(),
        shown["due"].as_str().map(str::to_string),
    )
}

#[test]
fn the_non_interactive_form_rates_and_schedules_in_the_review_queue() {
    let dir = deck_workspace("drill-rate");
    let day1 = "2026-03-02T09:00";
    let decks = json_at(&dir, day1, &["drill"]);
    let concepts = decks["decks"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["deck"] == "ml-concepts")
        .unwrap()
        .clone();
    let total = concepts["cards"].as_u64().unwrap();
    assert_eq!(concepts["new"], total, "{concepts}");
    assert_eq!(concepts["due"], 0, "{concepts}");

    let rated = json_at(
        &dir,
        day1,
        &[
            "drill",
            "ml-concepts",
            "--card",
            "bias-variance",
            "--covered",
            "all",
        ],
    );
    assert_eq!(rated["card"], "ml-concepts/bias-variance", "{rated}");
    assert_eq!(rated["item"], "card:ml-concepts/bias-variance", "{rated}");
    assert_eq!(rated["rating"], "good", "{rated}");
    assert_eq!(rated["derived"], "good", "{rated}");
    assert_eq!(rated["by"], "judge", "{rated}");
    assert_eq!(
        rated["next_review"], "2026-03-05",
        "FSRS: a first Good is due in 3 days"
    );

    // The learner's word over the points': one point of five covered is Again, rated Easy.
    let overridden = json_at(
        &dir,
        day1,
        &[
            "drill",
            "ml-concepts",
            "--card",
            "ml-concepts/label-leakage",
            "--covered",
            "1",
            "--rate",
            "easy",
        ],
    );
    assert_eq!(overridden["derived"], "again", "{overridden}");
    assert_eq!(overridden["rating"], "easy", "{overridden}");
    assert_eq!(overridden["by"], "learner", "{overridden}");
    assert_eq!(
        overridden["next_review"], "2026-03-17",
        "FSRS: a first Easy is due in 15 days"
    );

    // The state file keeps them in the review log, as cards, in format 2.
    let state = fs::read_to_string(dir.join("solutions/progress.toml")).unwrap();
    assert!(state.contains("format_version = 2"), "{state}");
    assert!(
        state.contains("item = \"card:ml-concepts/bias-variance\""),
        "{state}"
    );
    assert!(state.contains("kind = \"card\""), "{state}");
    assert!(state.contains("judged = \"again\""), "{state}");

    let decks = json_at(&dir, day1, &["drill"]);
    let concepts = &decks["decks"][0];
    assert_eq!(concepts["new"], total - 2, "{concepts}");

    // Due on the 5th: `drill`, `today` and `review` all show it, beside the problems.
    let day4 = "2026-03-05T08:00";
    let queue = json_at(&dir, day4, &["drill", "ml-concepts"]);
    assert_eq!(queue["due"], 1, "{queue}");
    assert_eq!(queue["session"][0], "ml-concepts/bias-variance", "{queue}");
    let today = json_at(&dir, day4, &["today"]);
    assert_eq!(
        today["cards"][0]["item"], "card:ml-concepts/bias-variance",
        "{today}"
    );
    assert_eq!(today["cards"][0]["deck"], "ml-concepts", "{today}");
    let shown = text(&judge_at(&dir, day4, &["today"]));
    assert!(shown.contains("Cards due (1)"), "{shown}");
    assert!(shown.contains("judge drill ml-concepts"), "{shown}");
    let review = json_at(&dir, day4, &["review"]);
    assert_eq!(review["cards"].as_array().unwrap().len(), 1, "{review}");
    assert_eq!(review["due"].as_array().unwrap().len(), 0, "{review}");

    // Rated again the same day, the rating replaces that day's: one review a day, as FSRS counts.
    let again = json_at(
        &dir,
        day4,
        &[
            "drill",
            "ml-concepts",
            "--card",
            "bias-variance",
            "--covered",
            "1,2,3,4",
        ],
    );
    assert_eq!(again["rating"], "hard", "one point missing: {again}");
    let replaced = json_at(
        &dir,
        day4,
        &[
            "drill",
            "ml-concepts",
            "--card",
            "bias-variance",
            "--covered",
            "all",
        ],
    );
    assert_eq!(replaced["rating"], "good", "{replaced}");
    let state = fs::read_to_string(dir.join("solutions/progress.toml")).unwrap();
    assert_eq!(
        state
            .matches("item = \"card:ml-concepts/bias-variance\"")
            .count(),
        2,
        "one rating on the 2nd, one on the 5th: {state}"
    );

    // Bad requests say what is wrong.
    for (args, says) in [
        (
            &[
                "drill",
                "ml-concepts",
                "--card",
                "bias-variance",
                "--covered",
                "1,9",
            ][..],
            "there is no key point 9",
        ),
        (
            &[
                "drill",
                "ml-concepts",
                "--card",
                "bias-varianse",
                "--covered",
                "1",
            ],
            "did you mean `ml-concepts/bias-variance`?",
        ),
        (&["drill", "ml-concept"], "did you mean `ml-concepts`?"),
        (
            &[
                "drill",
                "ml-concepts",
                "--card",
                "bias-variance",
                "--rate",
                "great",
            ],
            "`great` is not a rating",
        ),
    ] {
        let output = judge_at(&dir, day4, args);
        assert_eq!(output.status.code(), Some(2), "{args:?}: {}", text(&output));
        assert!(text(&output).contains(says), "{args:?}: {}", text(&output));
    }
    fs::remove_dir_all(dir).unwrap();
}

#[test]
fn a_card_rated_again_comes_back_sooner_than_hard_and_good() {
    let dir = deck_workspace("drill-again");
    let day1 = "2026-03-02T09:00";
    for (card, covered) in [
        ("framework", "none"),
        ("clarify", "1,2,3,4"),
        ("metrics", "all"),
    ] {
        let rated = json_at(
            &dir,
            day1,
            &[
                "drill",
                "ml-system-design",
                "--card",
                card,
                "--covered",
                covered,
            ],
        );
        assert_eq!(rated["by"], "judge", "{rated}");
    }
    let due = |card: &str| card_status(&dir, day1, "ml-system-design", card).1.unwrap();
    let (again, hard, good) = (due("framework"), due("clarify"), due("metrics"));
    assert_eq!(again, "2026-03-03", "Again: tomorrow");
    assert_eq!(hard, "2026-03-04", "Hard: in two days");
    assert_eq!(good, "2026-03-05", "Good: in three days");
    assert!(again < hard && hard < good);

    // Tomorrow only the Again card is due, and a session shows it before any new card.
    let queue = json_at(&dir, "2026-03-03T09:00", &["drill", "ml-system-design"]);
    assert_eq!(queue["due"], 1, "{queue}");
    assert_eq!(queue["session"][0], "ml-system-design/framework", "{queue}");
    assert_eq!(
        queue["session"].as_array().unwrap().len(),
        11,
        "one due and ten new: {queue}"
    );
    // Three new cards were begun on the 2nd, so that day's session has room for seven more.
    let first_day = json_at(&dir, day1, &["drill", "ml-system-design", "--new", "10"]);
    assert_eq!(
        first_day["session"].as_array().unwrap().len(),
        7,
        "{first_day}"
    );

    // Good again on time grows the interval; Again after Good shrinks it.
    let second = json_at(
        &dir,
        "2026-03-05T09:00",
        &[
            "drill",
            "ml-system-design",
            "--card",
            "metrics",
            "--covered",
            "all",
        ],
    );
    let lapse = json_at(
        &dir,
        "2026-03-05T09:00",
        &[
            "drill",
            "ml-system-design",
            "--card",
            "clarify",
            "--covered",
            "none",
        ],
    );
    assert!(
        second["next_review"].as_str().unwrap() > "2026-03-10",
        "{second}"
    );
    assert_eq!(lapse["next_review"], "2026-03-06", "{lapse}");
    fs::remove_dir_all(dir).unwrap();
}

#[test]
fn a_broken_deck_file_is_named_with_its_line_and_what_is_wrong() {
    let dir = deck_workspace("drill-broken");
    let card = |id: &str, extra: &str| {
        format!(
            "\n[[card]]\nid = \"{id}\"\nquestion = \"Why?\"\nanswer = \"Because.\"\nkey_points = [\"a\", \"b\", \"c\"]\n{extra}"
        )
    };
    let head = "format_version = 1\ntitle = \"Mine\"\n";
    for (content, says) in [
        (
            format!("{head}{}{}", card("mine/one", ""), card("mine/one", "")),
            "problems/decks/mine.toml:11:6: duplicate card id `mine/one` (first at line 5)",
        ),
        (
            format!("{head}{}", card("mine/one", "hint = \"no\"\n")),
            "problems/decks/mine.toml:9:1: unknown field `hint`",
        ),
        (
            format!("{head}{}", card("mine/one", "")).replace("Because.", " "),
            "problems/decks/mine.toml:7:10: `answer` is empty",
        ),
        (
            format!("{head}{}", card("mine/one", "")).replace("[\"a\", \"b\", \"c\"]", "[]"),
            "problems/decks/mine.toml:8:14: `key_points` is empty",
        ),
        (
            format!("{head}{}", card("other/one", "")),
            "problems/decks/mine.toml:5:6: card id `other/one` should be `mine/<name>`",
        ),
        (
            format!("{head}{}", card("mine/one", "")).replace("question = \"Why?\"\n", ""),
            "problems/decks/mine.toml:4:1: missing field `question`",
        ),
    ] {
        fs::write(dir.join("problems/decks/mine.toml"), &content).unwrap();
        let output = judge_at(&dir, "2026-03-02", &["drill"]);
        assert_eq!(output.status.code(), Some(2), "{}", text(&output));
        assert!(
            text(&output).contains(says),
            "expected `{says}` for\n{content}\ngot:\n{}",
            text(&output)
        );
        let output = judge_at(&dir, "2026-03-02", &["drill", "ml-concepts", "--json"]);
        let value: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
        assert!(value["error"].as_str().unwrap().contains(says), "{value}");
    }
    // A deck may not take a pattern's name.
    fs::remove_file(dir.join("problems/decks/mine.toml")).unwrap();
    fs::write(
        dir.join("problems/decks/stack.toml"),
        format!("{head}{}", card("stack/one", "")),
    )
    .unwrap();
    let output = judge_at(&dir, "2026-03-02", &["drill"]);
    assert_eq!(output.status.code(), Some(2), "{}", text(&output));
    assert!(
        text(&output).contains("problems/decks/stack.toml")
            && text(&output).contains("a pattern's deck already"),
        "{}",
        text(&output)
    );
    fs::remove_dir_all(dir).unwrap();
}

/// Every shipped deck, and every pattern's derived deck, loads; every card has a question, an
/// answer and key points (3 to 6 in the written decks), and an id of its deck.
#[test]
fn every_shipped_deck_loads_and_every_card_has_an_answer_and_key_points() {
    let dir = deck_workspace("drill-shipped");
    let now = "2026-03-02";
    let decks = json_at(&dir, now, &["drill"]);
    let decks = decks["decks"].as_array().unwrap();
    let files: Vec<&serde_json::Value> = decks.iter().filter(|d| d["source"] == "file").collect();
    let written: Vec<String> = fs::read_dir(root().join("problems/decks"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "toml"))
        .map(|p| p.file_stem().unwrap().to_string_lossy().into_owned())
        .collect();
    assert_eq!(
        files.len(),
        written.len(),
        "every deck file loads: {written:?}"
    );
    let patterns = decks.iter().filter(|d| d["source"] == "pattern").count();
    let pages = fs::read_dir(root().join("problems/patterns"))
        .unwrap()
        .count();
    assert_eq!(
        patterns, pages,
        "one deck per pattern page (the 18 and the ML track's)"
    );
    let size = |id: &str| {
        decks
            .iter()
            .find(|d| d["deck"] == id)
            .unwrap_or_else(|| panic!("deck {id}"))["cards"]
            .as_u64()
            .unwrap()
    };
    assert!(size("ml-concepts") >= 40);
    assert!(size("ml-system-design") >= 15);
    let mut seen = Vec::new();
    for deck in decks {
        let id = deck["deck"].as_str().unwrap();
        let from_file = deck["source"] == "file";
        let queue = json_at(&dir, now, &["drill", id]);
        let cards = queue["cards"].as_array().unwrap();
        assert_eq!(cards.len() as u64, deck["cards"].as_u64().unwrap());
        for card in cards {
            let card_id = card["card"].as_str().unwrap();
            assert!(card_id.starts_with(&format!("{id}/")), "{card_id} in {id}");
            assert!(!seen.contains(&card_id.to_string()), "{card_id} twice");
            seen.push(card_id.to_string());
            let shown = json_at(&dir, now, &["drill", id, "--card", card_id]);
            for field in ["question", "answer"] {
                assert!(
                    shown[field].as_str().unwrap().trim().len() > 10,
                    "{card_id}: {field}: {shown}"
                );
            }
            let points = shown["key_points"].as_array().unwrap();
            let range = if from_file { 3..=6 } else { 1..=6 };
            assert!(
                range.contains(&points.len()),
                "{card_id}: {} key points",
                points.len()
            );
            assert!(points
                .iter()
                .all(|p| !p.as_str().unwrap().trim().is_empty()));
        }
    }
    // The 7-step framework has a card per step.
    for step in [
        "clarify",
        "metrics",
        "data",
        "model",
        "infra",
        "eval",
        "edge-cases",
    ] {
        let id = format!("ml-system-design/{step}");
        assert!(seen.contains(&id), "{id}");
    }
    fs::remove_dir_all(dir).unwrap();
}

#[test]
fn the_interactive_form_runs_through_a_deck_on_stdin() {
    let dir = deck_workspace("drill-interactive");
    let now = "2026-03-02T09:00";
    // Card 1: an answer on two lines, then a point number that does not exist (asked again),
    // then points 1 and 2 of five (under half: Again), kept with Enter. Card 2: thought, not
    // typed (Enter), all points ticked, Good replaced by `easy`. Card 3: `q` stops.
    let input = "Bias is error from wrong assumptions;\nvariance from sensitivity to the sample.\n\n9\n1 2\n\n\nall\neasy\nq\n";
    let output = judge_with_input(&dir, now, &["drill", "ml-concepts"], input);
    let shown = text(&output);
    assert!(output.status.success(), "{shown}");
    assert!(
        shown.contains("ml-concepts/bias-variance · card 1 of 10 · new"),
        "{shown}"
    );
    assert!(
        shown.contains("Explain the bias-variance tradeoff."),
        "{shown}"
    );
    assert!(shown.contains("Model answer"), "{shown}");
    assert!(
        shown.contains("Key points: which did your answer cover?"),
        "{shown}"
    );
    assert!(shown.contains("   1. error = bias squared"), "{shown}");
    assert!(shown.contains("there is no key point 9"), "{shown}");
    assert!(shown.contains("Covered 2 of 5: AGAIN"), "{shown}");
    assert!(
        shown.contains(
            "Rated AGAIN: covered 2 of 5 key points (missed 3, 4, 5); next review 2026-03-03"
        ),
        "{shown}"
    );
    assert!(
        shown.contains("Rated EASY (yours; the points gave GOOD): covered all"),
        "{shown}"
    );
    assert!(
        shown.contains(
            "Drilled 2 of 10 cards of ml-concepts (stopped): again 1, hard 0, good 0, easy 1"
        ),
        "{shown}"
    );
    assert!(
        shown
            .lines()
            .filter(|l| l.starts_with("  "))
            .all(|l| l.chars().count() <= 80),
        "the answer and checklist fit 80 columns: {shown}"
    );
    assert_eq!(
        card_status(&dir, now, "ml-concepts", "bias-variance"),
        ("scheduled".into(), Some("2026-03-03".into()))
    );
    assert_eq!(
        card_status(&dir, now, "ml-concepts", "overfitting-diagnosis"),
        ("scheduled".into(), Some("2026-03-17".into()))
    );
    assert_eq!(
        card_status(&dir, now, "ml-concepts", "label-leakage").0,
        "new",
        "the card left with `q` is not rated"
    );

    // Input that ends mid-card leaves that card unrated; the session resumes with it, after the
    // day's new cards already begun are counted.
    let output = judge_with_input(&dir, now, &["drill", "ml-concepts"], "\n");
    assert!(output.status.success(), "{}", text(&output));
    assert!(
        text(&output).contains("ml-concepts/label-leakage · card 1 of 8 · new"),
        "{}",
        text(&output)
    );
    assert_eq!(
        card_status(&dir, now, "ml-concepts", "label-leakage").0,
        "new"
    );

    // A pattern's questions, one card by id: its one key point is the page's account.
    let output = judge_with_input(
        &dir,
        now,
        &["drill", "sliding-window", "--card", "q3"],
        "\n1\n\n",
    );
    let shown = text(&output);
    assert!(shown.contains("Why is the whole pass O(n)"), "{shown}");
    assert!(
        shown.contains("Rated GOOD: covered the key point"),
        "{shown}"
    );
    let due = json_at(&dir, "2026-03-05", &["today"]);
    let items: Vec<&str> = due["cards"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["item"].as_str().unwrap())
        .collect();
    assert_eq!(
        items,
        ["card:ml-concepts/bias-variance", "card:sliding-window/q3"],
        "{due}"
    );
    fs::remove_dir_all(dir).unwrap();
}
