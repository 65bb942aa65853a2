//! The practice loop through the CLI (issue 16), with the clock set by `JUDGE_NOW`: a plan in
//! roadmap order that ends on the right day, a replan that keeps every unsolved problem, the ML
//! track's drills and cards on the plan's days (issue 17), a state file written before them, the
//! judge's ratings from real sittings and FSRS's due dates, quick runs never recorded as Accepted,
//! `hint --all`, `run` with no slug, stats at 80 columns without color, and watch mode judging an
//! atomic-rename save exactly once.

mod common;

use std::fs;
use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::sync::mpsc;
use std::time::Duration;

use common::{judge_binary, root, scratch_workspace, target_dir, text};

const SLUG: &str = "sliding-window-maximum";
const FILE: &str = "solutions/src/sliding_window/sliding_window_maximum.rs";

/// Runs `judge` in `dir` at the time `now` (`JUDGE_NOW`).
fn judge_at(dir: &Path, now: &str, args: &[&str]) -> Output {
    Command::new(judge_binary())
        .current_dir(dir)
        .args(args)
        .env("CARGO_TARGET_DIR", target_dir())
        .env("NO_COLOR", "1")
        .env("JUDGE_NOW", now)
        .output()
        .expect("judge runs")
}

fn json_at(dir: &Path, now: &str, args: &[&str]) -> serde_json::Value {
    let args = [args, &["--json"]].concat();
    let output = judge_at(dir, now, &args);
    serde_json::from_slice(&output.stdout)
        .unwrap_or_else(|e| panic!("{args:?}: not one JSON object ({e}):\n{}", text(&output)))
}

/// A scratch workspace (no builds) with the NeetCode 150 catalogue.
fn planning_workspace(name: &str) -> PathBuf {
    let dir = scratch_workspace(name);
    fs::copy(
        root().join("problems/catalogue.toml"),
        dir.join("problems/catalogue.toml"),
    )
    .unwrap();
    dir
}

const ROADMAP: [&str; 18] = [
    "arrays-hashing",
    "two-pointers",
    "sliding-window",
    "stack",
    "binary-search",
    "linked-list",
    "trees",
    "tries",
    "heap",
    "backtracking",
    "graphs",
    "advanced-graphs",
    "dp-1d",
    "dp-2d",
    "greedy",
    "intervals",
    "math-geometry",
    "bit-manipulation",
];

/// (date, slug, pattern) of every planned problem, in plan order.
fn planned(plan: &serde_json::Value) -> Vec<(String, String, String)> {
    plan["schedule"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|day| {
            let date = day["date"].as_str().unwrap().to_string();
            day["problems"]
                .as_array()
                .unwrap()
                .iter()
                .map(move |p| {
                    (
                        date.clone(),
                        p["slug"].as_str().unwrap().to_string(),
                        p["pattern"].as_str().unwrap().to_string(),
                    )
                })
                .collect::<Vec<_>>()
        })
        .collect()
}

#[test]
fn a_133_day_plan_follows_the_roadmap_and_ends_on_the_right_day() {
    let dir = planning_workspace("practice-plan");
    let now = "2026-03-02T08:00";
    let plan = json_at(
        &dir,
        now,
        &[
            "plan",
            "--days",
            "133",
            "--hours",
            "7",
            "--start",
            "2026-03-02",
        ],
    );
    assert_eq!(plan["end"], "2026-07-12", "{plan}");
    let problems = planned(&plan);
    assert_eq!(problems.len(), 150, "everything fits in 7 hours a week");
    let order: Vec<usize> = problems
        .iter()
        .map(|(_, _, p)| ROADMAP.iter().position(|r| r == p).unwrap())
        .collect();
    assert!(
        order.windows(2).all(|w| w[0] <= w[1]),
        "patterns in roadmap order: {order:?}"
    );
    let dates: Vec<&String> = problems.iter().map(|(d, _, _)| d).collect();
    assert!(dates.windows(2).all(|w| w[0] <= w[1]));
    assert_eq!(dates[0], "2026-03-02");
    let last = dates.last().unwrap().as_str();
    assert!(
        ("2026-07-05"..="2026-07-12").contains(&last),
        "spread to the end: {last}"
    );
    // One day off a week: every 7th day of the plan (Sundays, from a Monday start) has nothing.
    let mut sundays = Vec::new();
    let (mut month, mut day) = (3, 2);
    for index in 0..133 {
        if index % 7 == 6 {
            sundays.push(format!("2026-{month:02}-{day:02}"));
        }
        day += 1;
        if day > [0, 31, 28, 31, 30, 31, 30, 31][month] {
            (month, day) = (month + 1, 1);
        }
    }
    assert_eq!(sundays.last().unwrap(), "2026-07-12");
    for (date, slug, _) in &problems {
        assert!(!sundays.contains(date), "{slug} on a day off ({date})");
    }

    // Day 1 shows its problem, its pattern's questions without their answers, and the day.
    let today = judge_at(&dir, now, &["today"]);
    let shown = text(&today);
    assert!(today.status.success(), "{shown}");
    assert!(
        shown.starts_with("Day 1 of 133 · Mon 2026-03-02"),
        "{shown}"
    );
    assert!(shown.contains("Contains Duplicate"), "{shown}");
    assert!(
        shown.contains("Questions to prep · Arrays & Hashing"),
        "{shown}"
    );

    // A plan is never replaced silently.
    let again = judge_at(&dir, now, &["plan", "--days", "30"]);
    assert_eq!(again.status.code(), Some(2), "{}", text(&again));
    assert!(text(&again).contains("--replan"), "{}", text(&again));

    // Short of time: Blind 75 first.
    let short = json_at(
        &dir,
        now,
        &["plan", "--days", "14", "--hours", "3", "--force"],
    );
    assert!(!short["left_out"].as_array().unwrap().is_empty());
    let catalogue = fs::read_to_string(root().join("problems/catalogue.toml")).unwrap();
    for (_, slug, _) in planned(&short) {
        let at = catalogue.find(&format!("slug = \"{slug}\"")).unwrap();
        let entry = &catalogue[at..at + catalogue[at..].find("[[problem]]").unwrap_or(400)];
        assert!(entry.contains("blind75 = true"), "{slug} is Blind 75");
    }
    fs::remove_dir_all(dir).unwrap();
}

#[test]
fn a_replan_after_missed_days_keeps_every_unsolved_problem() {
    let dir = planning_workspace("practice-replan");
    let plan = json_at(
        &dir,
        "2026-03-02",
        &[
            "plan",
            "--weeks",
            "8",
            "--hours",
            "10",
            "--start",
            "2026-03-02",
        ],
    );
    let before = planned(&plan);
    // Two solved (elsewhere, rated), then ten days away.
    for slug in ["contains-duplicate", "valid-anagram"] {
        let output = judge_at(&dir, "2026-03-03", &["rate", slug, "good"]);
        assert!(output.status.success(), "{}", text(&output));
    }
    let later = "2026-03-13";
    let today = json_at(&dir, later, &["today"]);
    let missed = today["missed"].as_array().unwrap().len();
    assert!(missed >= 5, "{today}");
    let replanned = json_at(&dir, later, &["plan", "--replan"]);
    let after = planned(&replanned);
    assert_eq!(after.len(), before.len(), "nothing dropped");
    for (_, slug, _) in &before {
        let found: Vec<_> = after.iter().filter(|(_, s, _)| s == slug).collect();
        assert_eq!(found.len(), 1, "{slug} once");
        if slug != "contains-duplicate" && slug != "valid-anagram" {
            assert!(
                found[0].0.as_str() >= later,
                "{slug} moved on: {:?}",
                found[0]
            );
        }
    }
    let today = json_at(&dir, later, &["today"]);
    assert_eq!(today["missed"].as_array().unwrap().len(), 0, "{today}");
    assert!(!today["new"].as_array().unwrap().is_empty(), "{today}");
    fs::remove_dir_all(dir).unwrap();
}

/// A planning workspace with the question decks too (for the ML track's cards).
fn ml_planning_workspace(name: &str) -> PathBuf {
    let dir = planning_workspace(name);
    let decks = dir.join("problems/decks");
    fs::create_dir_all(&decks).unwrap();
    for entry in fs::read_dir(root().join("problems/decks")).unwrap() {
        let path = entry.unwrap().path();
        fs::copy(&path, decks.join(path.file_name().unwrap())).unwrap();
    }
    dir
}

/// The drills of the `ml` page, in its order.
fn ml_drills(dir: &Path) -> Vec<String> {
    let page = json_at(dir, "2026-03-02", &["pattern", "ml"]);
    page["problems"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["slug"].as_str().unwrap().to_string())
        .collect()
}

/// (date, slug or id) pairs, in plan order.
type Dated = Vec<(String, String)>;

/// (date, drill slug) and (date, card id) of a plan's JSON, in plan order.
fn drills_and_cards(plan: &serde_json::Value) -> (Dated, Dated) {
    let mut drills = Vec::new();
    let mut cards = Vec::new();
    for day in plan["schedule"].as_array().unwrap() {
        let date = day["date"].as_str().unwrap().to_string();
        for drill in day["drills"].as_array().unwrap() {
            drills.push((date.clone(), drill["slug"].as_str().unwrap().to_string()));
        }
        if let Some(card) = day["card"].as_str() {
            cards.push((date.clone(), card.to_string()));
        }
    }
    (drills, cards)
}

#[test]
fn a_plan_with_the_ml_track_puts_drills_and_cards_on_days_and_today_shows_them() {
    let dir = ml_planning_workspace("practice-ml-plan");
    let now = "2026-03-02T08:00";
    let expected = ml_drills(&dir);
    assert!(!expected.is_empty(), "the ml page lists its drills");
    let plan = json_at(
        &dir,
        now,
        &[
            "plan",
            "--days",
            "133",
            "--hours",
            "7",
            "--start",
            "2026-03-02",
            "--track",
            "problems",
            "--track",
            "ml",
        ],
    );
    assert_eq!(
        plan["tracks"],
        serde_json::json!(["problems", "ml"]),
        "{plan}"
    );
    assert_eq!(
        planned(&plan).len(),
        150,
        "the problems all still fit: {plan}"
    );
    assert!(plan["left_out"].as_array().unwrap().is_empty(), "{plan}");
    let (drills, cards) = drills_and_cards(&plan);
    let order: Vec<&String> = drills.iter().map(|(_, s)| s).collect();
    assert_eq!(
        order,
        expected.iter().collect::<Vec<_>>(),
        "the page's order, each once"
    );
    let dates: Vec<&String> = drills.iter().map(|(d, _)| d).collect();
    assert!(
        dates.windows(2).all(|w| w[0] < w[1]),
        "one drill a day: {dates:?}"
    );
    assert!(!cards.is_empty());
    for (date, card) in &cards {
        assert!(!dates.contains(&date), "{card} is on {date}, a drill's day");
        assert!(card.starts_with("ml-"), "an ML deck's card: {card}");
    }
    assert_eq!(cards[0].0, "2026-03-02", "the first card on day 1");

    // The time stays honest: on a drill's day, the drill's minutes and the day's problems stay
    // within the day's time, give or take one problem.
    let per_day = plan["minutes"]["per_day"].as_f64().unwrap();
    let minutes = |d: &serde_json::Value| -> u64 {
        d["problems"]
            .as_array()
            .unwrap()
            .iter()
            .map(|p| match p["difficulty"].as_str().unwrap() {
                "Easy" => 20,
                "Hard" => 45,
                _ => 30,
            })
            .sum::<u64>()
            + d["drills"]
                .as_array()
                .unwrap()
                .iter()
                .map(|d| d["minutes"].as_u64().unwrap())
                .sum::<u64>()
    };
    for day in plan["schedule"].as_array().unwrap() {
        if !day["drills"].as_array().unwrap().is_empty() {
            assert!(
                (minutes(day) as f64) <= per_day + 45.0,
                "{} takes {} min of {per_day}",
                day["date"],
                minutes(day)
            );
        }
    }

    // Day 1: its card, with the command that drills it.
    let today = json_at(&dir, now, &["today"]);
    let card = &today["card"];
    assert_eq!(card["id"], cards[0].1.as_str(), "{today}");
    assert_eq!(card["status"], "new", "{today}");
    let (deck, name) = cards[0].1.split_once('/').unwrap();
    let command = format!("judge drill {deck} --card {name}");
    assert_eq!(card["command"], command.as_str(), "{today}");
    assert!(today["drills"].as_array().unwrap().is_empty(), "{today}");
    let shown = text(&judge_at(&dir, now, &["today"]));
    assert!(shown.contains("ML card"), "{shown}");
    assert!(shown.contains(&command), "{shown}");
    // Drilled: the day's card is done.
    let rated = judge_at(
        &dir,
        "2026-03-02T09:00",
        &["drill", deck, "--card", name, "--covered", "all"],
    );
    assert!(rated.status.success(), "{}", text(&rated));
    let today = json_at(&dir, "2026-03-02T09:01", &["today"]);
    assert_eq!(today["card"]["status"], "done", "{today}");

    // A drill's day: the drill with its commands, and no card.
    let (date, slug) = &drills[0];
    let when = format!("{date}T08:00");
    let today = json_at(&dir, &when, &["today"]);
    let drill = &today["drills"][0];
    assert_eq!(drill["slug"], slug.as_str(), "{today}");
    assert_eq!(
        drill["new"],
        format!("judge new {slug}").as_str(),
        "{today}"
    );
    assert_eq!(
        drill["run"],
        format!("judge run {slug}").as_str(),
        "{today}"
    );
    assert_eq!(drill["done"], false, "{today}");
    assert!(today["card"].is_null(), "no card beside a drill: {today}");
    let shown = text(&judge_at(&dir, &when, &["today"]));
    assert!(shown.contains("ML drill"), "{shown}");
    assert!(shown.contains(&format!("judge new {slug}")), "{shown}");
    assert!(shown.contains(&format!("judge run {slug}")), "{shown}");

    // Missed, then replanned: the drill moves to today or later, still once.
    let later = "2026-07-01";
    assert!(date.as_str() < later);
    let today = json_at(&dir, later, &["today"]);
    let missed: Vec<&str> = today["missed"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m.as_str().unwrap())
        .collect();
    assert!(missed.contains(&slug.as_str()), "{today}");
    let replanned = json_at(&dir, later, &["plan", "--replan"]);
    let (moved, cards_after) = drills_and_cards(&replanned);
    assert_eq!(moved.len(), drills.len(), "nothing dropped: {replanned}");
    assert!(moved.iter().all(|(d, _)| d.as_str() >= later), "{moved:?}");
    assert!(
        cards_after
            .iter()
            .any(|(d, c)| d == "2026-03-02" && *c == cards[0].1),
        "the rated card stays on its day"
    );
    assert_eq!(planned(&replanned).len(), 150, "{replanned}");
    fs::remove_dir_all(dir).unwrap();
}

#[test]
fn next_takes_the_day_s_drill_when_the_day_s_problems_are_done() {
    let dir = ml_planning_workspace("practice-ml-next");
    let plan = json_at(
        &dir,
        "2026-03-02",
        &[
            "plan",
            "--weeks",
            "4",
            "--start",
            "2026-03-02",
            "--track",
            "ml",
        ],
    );
    assert!(planned(&plan).is_empty(), "the ML track alone: {plan}");
    let (drills, _) = drills_and_cards(&plan);
    let (date, slug) = drills[0].clone();
    // On the drill's day there is no problem to do: next takes the drill, and says why.
    let output = judge_at(&dir, &format!("{date}T08:00"), &["next"]);
    let shown = text(&output);
    assert!(output.status.success(), "{shown}");
    assert!(shown.contains("the ML drill of the day"), "{shown}");
    assert!(shown.contains(&format!("judge run {slug}")), "{shown}");
    let module = slug.replace('-', "_");
    assert!(
        dir.join(format!("solutions/src/ml/{module}.rs")).is_file(),
        "scaffolded: {shown}"
    );
    // Asked again, it says the file is started, and why it chose it.
    let again = json_at(&dir, &format!("{date}T08:05"), &["next"]);
    assert_eq!(again["slug"], slug.as_str(), "{again}");
    assert_eq!(again["chosen"], "drill", "{again}");
    fs::remove_dir_all(dir).unwrap();
}

/// A state file as the judge wrote it before the ML track (format_version 2, a plan whose days
/// have only problems) reads, shows its day, replans, and is written back in the same shape.
#[test]
fn a_state_file_written_before_the_ml_track_still_reads() {
    let dir = planning_workspace("practice-old-state");
    let state = dir.join("solutions/progress.toml");
    let old = r#"# Your progress, kept by `judge`. Commit it if you like; edit it by hand if you must.

format_version = 2

[problem.contains-duplicate]
status = "accepted"
attempts = 1
hints = 0
first_accepted = "2026-03-02"
last_accepted = "2026-03-02"

[days]
2026-03-02 = 1

[plan]
start = "2026-03-02"
days = 14
hours_per_week = 5.0
days_off = 1
tracks = ["problems"]
made = "2026-03-02"
left_out = ["valid-sudoku"]

[[plan.day]]
date = "2026-03-02"
problems = ["contains-duplicate"]

[[plan.day]]
date = "2026-03-03"
problems = ["valid-anagram", "two-sum"]

[[plan.day]]
date = "2026-03-04"
problems = ["group-anagrams"]

[[review]]
item = "contains-duplicate"
date = "2026-03-02"
rating = "good"
by = "judge"
reason = "accepted first time, no hints"
kind = "new"
failed_runs = 0
hints = 0
minutes = 12
"#;
    fs::write(&state, old).unwrap();
    let today = json_at(&dir, "2026-03-03", &["today"]);
    let new: Vec<&str> = today["new"]
        .as_array()
        .unwrap_or_else(|| panic!("{today}"))
        .iter()
        .map(|n| n["slug"].as_str().unwrap())
        .collect();
    assert_eq!(new, ["valid-anagram", "two-sum"], "{today}");
    assert!(today["drills"].as_array().unwrap().is_empty(), "{today}");
    assert!(today["card"].is_null(), "{today}");
    let plan = json_at(&dir, "2026-03-03", &["plan"]);
    assert_eq!(plan["tracks"], serde_json::json!(["problems"]), "{plan}");
    assert_eq!(
        fs::read_to_string(&state).unwrap(),
        old,
        "reading changes nothing"
    );

    let replanned = json_at(&dir, "2026-03-05", &["plan", "--replan"]);
    let after = planned(&replanned);
    assert_eq!(after.len(), 4, "{replanned}");
    assert!(after.contains(&(
        "2026-03-02".to_string(),
        "contains-duplicate".to_string(),
        "arrays-hashing".to_string()
    )));
    let written = fs::read_to_string(&state).unwrap();
    assert!(written.contains("format_version = 2"), "{written}");
    assert!(
        !written.contains("drills") && !written.contains("card"),
        "a plan without the ML track is written as before:\n{written}"
    );
    assert!(
        written.contains("minutes = 12"),
        "the review log is kept:\n{written}"
    );
    fs::remove_dir_all(dir).unwrap();
}

#[test]
fn an_unknown_track_is_refused_with_the_closest_name() {
    let dir = planning_workspace("practice-track");
    for (asked, close) in [("mll", "ml"), ("problem", "problems"), ("ML", "ml")] {
        let output = judge_at(
            &dir,
            "2026-03-02",
            &["plan", "--days", "30", "--track", asked],
        );
        let shown = text(&output);
        assert_eq!(output.status.code(), Some(2), "{shown}");
        assert!(
            shown.contains(&format!("there is no `{asked}` track")),
            "{shown}"
        );
        assert!(
            shown.contains(&format!("did you mean `{close}`?")),
            "{shown}"
        );
        assert!(shown.contains("the tracks are: problems"), "{shown}");
    }
    let output = judge_at(
        &dir,
        "2026-03-02",
        &["plan", "--days", "30", "--track", "graphs"],
    );
    let shown = text(&output);
    assert_eq!(output.status.code(), Some(2), "{shown}");
    assert!(!shown.contains("did you mean"), "nothing close: {shown}");
    assert!(
        !dir.join("solutions/progress.toml").exists(),
        "no plan was made"
    );
    fs::remove_dir_all(dir).unwrap();
}

#[test]
fn hint_all_shows_the_hints_taken_without_taking_another() {
    let dir = scratch_workspace("practice-hints");
    for _ in 0..2 {
        assert!(judge_at(&dir, "2026-03-02", &["hint", SLUG])
            .status
            .success());
    }
    let all = json_at(&dir, "2026-03-02", &["hint", SLUG, "--all"]);
    assert_eq!(all["hints"].as_array().unwrap().len(), 2, "{all}");
    let again = json_at(&dir, "2026-03-02", &["hint", SLUG, "--all"]);
    assert_eq!(again["hints"], all["hints"], "nothing new taken");
    let next = json_at(&dir, "2026-03-02", &["hint", SLUG]);
    assert_eq!(next["hint"], 3, "{next}");
    fs::remove_dir_all(dir).unwrap();
}

#[test]
fn a_version_1_state_file_is_read_and_kept_and_a_newer_one_refused() {
    let dir = scratch_workspace("practice-migrate");
    let state = dir.join("solutions/progress.toml");
    fs::write(
        &state,
        "format_version = 1\n[problem.sliding-window-maximum]\nstatus = \"accepted\"\nattempts = 3\nhints = 1\nfirst_accepted = \"2026-01-02\"\nlast_accepted = \"2026-01-04\"\n",
    )
    .unwrap();
    let output = judge_at(&dir, "2026-03-02", &["hint", SLUG]);
    assert!(output.status.success(), "{}", text(&output));
    let migrated = fs::read_to_string(&state).unwrap();
    assert!(migrated.contains("format_version = 2"), "{migrated}");
    assert!(
        migrated.contains("first_accepted = \"2026-01-02\""),
        "{migrated}"
    );
    assert!(migrated.contains("hints = 2"), "{migrated}");

    let newer = "format_version = 9\n";
    fs::write(&state, newer).unwrap();
    let output = judge_at(&dir, "2026-03-02", &["stats"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(
        text(&output).contains("progress.toml:1:1"),
        "{}",
        text(&output)
    );
    assert!(text(&output).contains("newer judge"), "{}", text(&output));
    assert_eq!(
        fs::read_to_string(&state).unwrap(),
        newer,
        "never rewritten"
    );
    fs::remove_dir_all(dir).unwrap();
}

#[test]
fn stats_render_without_color_in_80_columns() {
    let dir = planning_workspace("practice-stats");
    json_at(&dir, "2026-03-02", &["plan", "--days", "133"]);
    for (day, slug, rating) in [
        ("2026-03-02", "contains-duplicate", "good"),
        ("2026-03-03", "two-sum", "hard"),
        ("2026-03-05", "contains-duplicate", "easy"),
    ] {
        assert!(judge_at(&dir, day, &["rate", slug, rating])
            .status
            .success());
    }
    let output = judge_at(&dir, "2026-03-06", &["stats"]);
    let shown = String::from_utf8_lossy(&output.stdout).into_owned();
    assert!(output.status.success(), "{}", text(&output));
    assert!(
        !shown.contains('\u{1b}'),
        "no color with NO_COLOR:\n{shown}"
    );
    for line in shown.lines() {
        assert!(
            line.chars().count() <= 80,
            "{} columns: {line}",
            line.chars().count()
        );
    }
    assert!(shown.contains("Arrays & Hashing"), "{shown}");
    assert!(shown.contains("Reviews in the next two weeks"), "{shown}");
    assert!(
        shown.contains("ratings: again 0, hard 1, good 1, easy 1"),
        "{shown}"
    );
    fs::remove_dir_all(dir).unwrap();
}

/// A copy of this workspace that can judge (its problems crate is this one's, so it shares the
/// tests' target directory), with the shipped example as its solution file.
fn judging_workspace(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("judge-practice-{name}-{}", std::process::id()));
    let _ = fs::remove_dir_all(&dir);
    copy_tree(&root(), &dir);
    dir
}

fn copy_tree(from: &Path, to: &Path) {
    fs::create_dir_all(to).unwrap();
    for entry in fs::read_dir(from).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        if [".git", "target", "progress.toml", "regressions"].contains(&name.as_str())
            || name.starts_with(".progress")
        {
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

/// The shipped example without its "worked example" lines: a learner's correct solution.
fn correct_solution() -> String {
    fs::read_to_string(root().join(FILE))
        .unwrap()
        .lines()
        .filter(|l| !l.contains("worked example") && !l.contains("starts you over"))
        .collect::<Vec<_>>()
        .join("\n")
}

fn wrong_solution() -> String {
    fs::read_to_string(root().join(
        "problems/submissions/sliding_window/sliding_window_maximum/wrong_forgets_to_evict.rs",
    ))
    .unwrap()
}

fn status(dir: &Path, now: &str) -> String {
    let list = json_at(dir, now, &["list"]);
    list["problems"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["slug"] == SLUG)
        .map(|p| p["status"].as_str().unwrap().to_string())
        .unwrap()
}

/// One sitting after another on one problem, each judged for real: the ratings follow the rules
/// and the due dates follow FSRS.
#[test]
fn the_judge_rates_each_sitting_and_fsrs_schedules_the_review() {
    let dir = judging_workspace("ratings");
    let file = dir.join(FILE);

    // The shipped example is not the learner's solve.
    let run = json_at(&dir, "2026-03-02T08:00", &["run", SLUG]);
    assert_eq!(run["verdict"], "accepted", "{run}");
    assert_eq!(run["recorded"], false, "{run}");
    assert_ne!(status(&dir, "2026-03-02T08:00"), "accepted");

    // First sitting: a quick Accepted is not Accepted; then a clean full Accepted is Good.
    let new = judge_at(&dir, "2026-03-02T09:00", &["new", SLUG, "--force"]);
    assert!(new.status.success(), "{}", text(&new));
    fs::write(&file, correct_solution()).unwrap();
    let quick = json_at(
        &dir,
        "2026-03-02T09:05",
        &["run", "--no-stress", "--cases", "20"],
    );
    assert_eq!(quick["verdict"], "accepted", "{quick}");
    assert!(quick.get("rating").is_none(), "{quick}");
    assert_eq!(
        status(&dir, "2026-03-02T09:05"),
        "attempted",
        "a quick run is not Accepted"
    );
    let full = json_at(&dir, "2026-03-02T09:10", &["run"]);
    assert_eq!(full["verdict"], "accepted", "{full}");
    assert_eq!(full["rating"]["rating"], "good", "{full}");
    assert_eq!(
        full["rating"]["next_review"], "2026-03-05",
        "FSRS: a first Good is due in 3 days"
    );
    assert_eq!(status(&dir, "2026-03-02T09:10"), "accepted");

    // A later full run that fails takes Accepted back.
    fs::write(&file, wrong_solution()).unwrap();
    let failed = json_at(&dir, "2026-03-03T10:00", &["run", SLUG]);
    assert_eq!(failed["verdict"], "wrong_answer", "{failed}");
    assert_eq!(status(&dir, "2026-03-03T10:00"), "attempted");

    // The review: due on the 5th, from a blank file, the earlier file kept.
    let review = json_at(&dir, "2026-03-05T09:00", &["review"]);
    assert!(review["backup"].is_string(), "{review}");
    let backup = dir.join(review["backup"].as_str().unwrap());
    assert_eq!(fs::read_to_string(backup).unwrap(), wrong_solution());
    assert!(
        fs::read_to_string(&file).unwrap().contains("todo!("),
        "a blank file"
    );
    fs::write(&file, correct_solution()).unwrap();
    let reviewed = json_at(&dir, "2026-03-05T09:12", &["run"]);
    assert_eq!(reviewed["rating"]["rating"], "easy", "{reviewed}");
    assert_eq!(
        reviewed["rating"]["next_review"], "2026-04-01",
        "{reviewed}"
    );
    // The learner's word replaces it, and FSRS moves the date: Hard after Good is due in 5 days.
    let rated = json_at(&dir, "2026-03-05T09:13", &["rate", SLUG, "hard"]);
    assert_eq!(rated["judged"], "easy", "{rated}");
    assert_eq!(rated["next_review"], "2026-03-10", "{rated}");

    // A hint in a sitting: Hard. Three failed runs: Hard. The last hint: Again.
    let review = json_at(&dir, "2026-03-10T08:59", &["review"]);
    assert_eq!(review["slug"], SLUG, "due again on the 10th: {review}");
    let hints = json_at(&dir, "2026-03-10T09:00", &["hint", SLUG, "--all"]);
    let available = {
        let first = json_at(&dir, "2026-03-10T09:00", &["hint", SLUG]);
        first["of"].as_u64().unwrap()
    };
    assert_eq!(
        hints["hints"].as_array().unwrap().len(),
        0,
        "a review starts with no hints shown"
    );
    fs::write(&file, correct_solution()).unwrap();
    let hinted = json_at(&dir, "2026-03-10T09:20", &["run"]);
    assert_eq!(hinted["rating"]["rating"], "hard", "{hinted}");

    assert!(
        judge_at(&dir, "2026-03-20T09:00", &["new", SLUG, "--force"])
            .status
            .success()
    );
    fs::write(&file, wrong_solution()).unwrap();
    for minute in 1..=3 {
        let now = format!("2026-03-20T09:0{minute}");
        let run = json_at(&dir, &now, &["run", "--no-stress", "--cases", "50"]);
        assert_eq!(run["verdict"], "wrong_answer", "{run}");
    }
    fs::write(&file, correct_solution()).unwrap();
    let after_failures = json_at(&dir, "2026-03-20T09:10", &["run"]);
    assert_eq!(
        after_failures["rating"]["rating"], "hard",
        "{after_failures}"
    );
    assert!(
        after_failures["rating"]["reason"]
            .as_str()
            .unwrap()
            .contains("3 failed runs"),
        "{after_failures}"
    );

    assert!(
        judge_at(&dir, "2026-04-01T09:00", &["new", SLUG, "--force"])
            .status
            .success()
    );
    for _ in 0..available {
        assert!(judge_at(&dir, "2026-04-01T09:01", &["hint", SLUG])
            .status
            .success());
    }
    fs::write(&file, correct_solution()).unwrap();
    let shown_all = json_at(&dir, "2026-04-01T09:30", &["run"]);
    assert_eq!(shown_all["rating"]["rating"], "again", "{shown_all}");

    // Giving up is the learner's Again.
    assert!(
        judge_at(&dir, "2026-04-02T09:00", &["new", SLUG, "--force"])
            .status
            .success()
    );
    let gave_up = json_at(&dir, "2026-04-02T09:30", &["rate", SLUG, "again"]);
    assert_eq!(gave_up["rating"], "again", "{gave_up}");
    assert_eq!(gave_up["next_review"], "2026-04-03", "{gave_up}");
    fs::remove_dir_all(dir).unwrap();
}

/// Watch mode, in this workspace with `--file`: judged once at the start, once after a save made
/// by writing a temporary file and renaming it over the watched one, and not again after a save
/// that changes nothing.
#[test]
fn watch_judges_an_atomic_rename_save_exactly_once() {
    let dir = std::env::temp_dir().join(format!("judge-practice-watch-{}", std::process::id()));
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir_all(&dir).unwrap();
    let file = dir.join("solution.rs");
    fs::write(&file, wrong_solution()).unwrap();
    let mut child = Command::new(judge_binary())
        .current_dir(root())
        .args(["watch", SLUG, "--file"])
        .arg(&file)
        .args(["--no-stress", "--cases", "50", "--seed", "11"])
        .env("CARGO_TARGET_DIR", target_dir())
        .env("NO_COLOR", "1")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let (lines_tx, lines) = mpsc::channel::<String>();
    let stdout = child.stdout.take().unwrap();
    std::thread::spawn(move || {
        for line in BufReader::new(stdout).lines() {
            if lines_tx.send(line.unwrap_or_default()).is_err() {
                break;
            }
        }
    });
    let mut seen = Vec::new();
    let wait_for = |what: &str, seen: &mut Vec<String>| loop {
        match lines.recv_timeout(Duration::from_secs(600)) {
            Ok(line) => {
                let found = line.contains(what);
                seen.push(line);
                if found {
                    return;
                }
            }
            Err(_) => panic!("no `{what}` from watch:\n{}", seen.join("\n")),
        }
    };
    wait_for("watching: save to judge again", &mut seen);
    assert!(
        seen.iter().any(|l| l.contains("Wrong Answer")),
        "{}",
        seen.join("\n")
    );

    // An editor's save: a temporary file renamed over the old one.
    let temporary = dir.join(".solution.rs.swp");
    fs::write(&temporary, correct_solution()).unwrap();
    fs::rename(&temporary, &file).unwrap();
    wait_for("judging #2", &mut seen);
    wait_for("watching: save to judge again", &mut seen);
    // The same content saved again is seen and not judged.
    fs::write(&temporary, correct_solution()).unwrap();
    fs::rename(&temporary, &file).unwrap();
    wait_for("unchanged: not judged again", &mut seen);
    child.stdin.as_mut().unwrap().write_all(b"q\n").unwrap();
    let status = child.wait().unwrap();
    for line in lines.try_iter() {
        seen.push(line);
    }
    assert!(status.success());
    let judgings = seen
        .iter()
        .filter(|l| l.contains("judge watch judging #"))
        .count();
    assert_eq!(judgings, 2, "{}", seen.join("\n"));
    assert!(
        seen.iter().any(|l| l.contains("Accepted")),
        "{}",
        seen.join("\n")
    );
    fs::remove_dir_all(dir).unwrap();
}
