//! Turning judgements into what a learner reads (colored text) or a script reads (one JSON
//! object). Writes to any `impl Write`; never runs anything.

use std::io::{self, Write};

use colored::Colorize;
use judge_core::decide::Judgement;
use judge_core::draw;
use judge_core::pace::{self, Timing};
use judge_core::protocol::Phase;
use judge_core::sanitize::for_terminal;
use judge_core::Verdict;
use serde_json::{json, Value};
use similar::{ChangeTag, TextDiff};

use crate::catalog::{PatternInfo, ProblemInfo};
use crate::questions::{self, Question, Source};
use crate::wrap;

/// Everything known about one judged run.
pub struct RunReport<'a> {
    pub problem: &'a ProblemInfo,
    /// Not drawn today (the questions come from the learner's file); kept for reporters that name
    /// the pattern.
    #[allow(dead_code)]
    pub pattern: Option<&'a PatternInfo>,
    pub judgement: Judgement,
    pub seed: u64,
    pub file: String,
    pub compile_errors: Option<String>,
    pub timings: Vec<(Timing, u64)>,
    pub printed: String,
    pub regression_saved: Option<String>,
    /// Seconds of judging, and of building before it.
    pub wall_seconds: f64,
    pub build_seconds: f64,
    pub unanswered: Vec<String>,
    /// Protections the operating system could not give the run.
    pub unprotected: Vec<String>,
}

pub fn verdict_label(verdict: Verdict) -> colored::ColoredString {
    let title = verdict.title();
    match verdict {
        Verdict::Accepted => title.green().bold(),
        Verdict::WrongAnswer => title.red().bold(),
        Verdict::CompileError => title.yellow().bold(),
        _ => title.magenta().bold(),
    }
}

pub fn json_report(report: &RunReport<'_>) -> Value {
    let judgement = &report.judgement;
    let mut object = json!({
        "slug": report.problem.slug,
        "verdict": judgement.verdict.as_str(),
        "passed": judgement.passed,
        "total": judgement.total,
        "seed": report.seed,
        "file": report.file,
        "judge_seconds": report.wall_seconds,
        "build_seconds": report.build_seconds,
    });
    let map = object.as_object_mut().expect("an object");
    if let Some(failure) = &judgement.failure {
        map.insert("phase".into(), json!(failure.phase.as_str()));
        map.insert("case".into(), json!(failure.label));
        map.insert("input".into(), json!(failure.input));
        map.insert("input_is_complete".into(), json!(failure.input_is_complete));
        // Answers as JSON values, and as the text the report shows (a shortened answer, too long
        // to send whole, has only its text: its value is null).
        for (key, text) in [("expected", &failure.expected), ("got", &failure.got)] {
            let value = text
                .as_deref()
                .and_then(|t| serde_json::from_str::<Value>(t).ok());
            map.insert(key.into(), value.unwrap_or(Value::Null));
            map.insert(format!("{key}_text"), json!(text));
        }
        if let Some(arguments) = failure
            .input_is_complete
            .then(|| judge_core::format::parse_arguments(&failure.input).ok())
            .flatten()
        {
            let object: serde_json::Map<String, Value> = arguments.into_iter().collect();
            map.insert("arguments".into(), Value::Object(object));
        }
        let message = if failure.message.is_empty() {
            judgement.message.clone().unwrap_or_default()
        } else {
            failure.message.clone()
        };
        map.insert("message".into(), json!(message));
        map.insert("time_ms".into(), json!(failure.time_ms));
        map.insert("reference_time_ms".into(), json!(failure.reference_time_ms));
    } else if let Some(message) = &judgement.message {
        map.insert("message".into(), json!(message));
    }
    if let Some(errors) = &report.compile_errors {
        map.insert("message".into(), json!(errors));
    }
    if judgement.verdict != Verdict::Accepted
        && judgement.verdict != Verdict::CompileError
        && !map.contains_key("time_ms")
    {
        map.insert("time_ms".into(), Value::Null);
        map.insert("reference_time_ms".into(), Value::Null);
    }
    let timings: Vec<Value> = report
        .timings
        .iter()
        .map(|(t, limit)| {
            json!({
                "family": t.family, "n": t.large_n,
                "time_ms": t.solution_large_ns.map(|ns| ns as f64 / 1e6),
                "reference_time_ms": t.reference_large_ns as f64 / 1e6,
                "limit_ms": *limit as f64 / 1e6,
            })
        })
        .collect();
    map.insert("stress".into(), json!(timings));
    map.insert("space_note".into(), json!(space_note(report)));
    if !report.unprotected.is_empty() {
        map.insert("unprotected".into(), json!(report.unprotected));
    }
    if let Some(saved) = &report.regression_saved {
        map.insert("regression_saved".into(), json!(saved));
    }
    object
}

fn ms(ns: u64) -> String {
    let ms = ns as f64 / 1e6;
    if ms < 1.0 {
        format!("{ms:.3} ms")
    } else {
        format!("{ms:.1} ms")
    }
}

pub fn human_report(out: &mut impl Write, report: &RunReport<'_>) -> io::Result<()> {
    let problem = report.problem;
    let judgement = &report.judgement;
    writeln!(
        out,
        "{} {} · {} · {}",
        "judging".dimmed(),
        problem.title.bold(),
        problem.difficulty,
        report.file.dimmed()
    )?;
    if let Some(errors) = &report.compile_errors {
        writeln!(
            out,
            "\n{}  your file does not compile\n",
            verdict_label(Verdict::CompileError)
        )?;
        writeln!(out, "{}", errors.trim_end())?;
        return Ok(());
    }
    let cases = format!("{}/{} cases", judgement.passed, judgement.total);
    writeln!(out)?;
    match judgement.verdict {
        Verdict::Accepted => writeln!(
            out,
            "{}  {cases} judged in {:.2} s (build {:.2} s) · seed {}",
            verdict_label(Verdict::Accepted),
            report.wall_seconds,
            report.build_seconds,
            report.seed
        )?,
        verdict => {
            let place = judgement
                .failure
                .as_ref()
                .map(|f| format!(" on {}", f.label))
                .unwrap_or_default();
            writeln!(
                out,
                "{}{place}  ({} passed before it) · seed {}",
                verdict_label(verdict),
                judgement.passed,
                report.seed
            )?;
        }
    }
    if let Some(failure) = &judgement.failure {
        writeln!(out)?;
        let label = |name: &str| format!("  {name:<9}").bold();
        let input_note = if failure.input_is_complete {
            String::new()
        } else {
            " (shortened)".dimmed().to_string()
        };
        writeln!(out, "{}{}{input_note}", label("input"), failure.input)?;
        if let (Some(expected), Some(got)) = (&failure.expected, &failure.got) {
            writeln!(out, "{}{}", label("expected"), expected.green())?;
            let got = for_terminal(got);
            writeln!(out, "{}{}", label("got"), got.red())?;
            if !write_trees(out, problem, expected, &got)? {
                write_diff(out, expected, &got)?;
            }
        } else if let Some(expected) = &failure.expected {
            if judgement.verdict != Verdict::TimeLimitExceeded {
                writeln!(out, "{}{}", label("expected"), expected.green())?;
            }
        }
        let message = if failure.message.is_empty() {
            judgement.message.clone().unwrap_or_default()
        } else {
            failure.message.clone()
        };
        if !message.is_empty() {
            writeln!(out, "{}{}", label("why"), for_terminal(&message))?;
        }
    } else if let Some(message) = &judgement.message {
        writeln!(out, "\n  {}", for_terminal(message))?;
    }
    if judgement.verdict == Verdict::TimeLimitExceeded {
        let slow_family = judgement.failure.as_ref().and_then(|f| {
            report
                .timings
                .iter()
                .find(|(t, _)| f.label.contains(&format!("\"{}\"", t.family)))
        });
        // Stopped before it finished the large input, the growth between two sizes is unknown;
        // how far past the reference it ran at one size can still say "exponential".
        let stopped_growth = || {
            let failure = judgement.failure.as_ref()?;
            let n = failure.label.rsplit("(n = ").next()?.split(')').next()?;
            pace::looks_exponential(
                n.trim().parse().ok()?,
                failure.reference_time_ms?,
                failure.time_ms?,
            )
        };
        if let Some(looks) = slow_family
            .and_then(|(t, _)| pace::looks_like(t, &problem.complexity.time))
            .or_else(stopped_growth)
        {
            writeln!(
                out,
                "  {:<9}looks {looks}; target {}",
                "growth".bold(),
                problem.complexity.time
            )?;
        }
        writeln!(
            out,
            "  {:<9}{}",
            "target".bold(),
            problem.complexity.target()
        )?;
        if let Some(note) = &problem.judge.leetcode_note {
            writeln!(out, "  {:<9}{note}", "leetcode".bold())?;
        } else if let Some(time) = slow_family
            .and_then(|(t, _)| t.solution_large_ns)
            .map(|ns| ns as f64 / 1e6)
        {
            if time < 1000.0 {
                writeln!(out, "  {:<9}finished this input in {time:.0} ms, so LeetCode may well accept it; an interviewer expecting {} would not", "leetcode".bold(), problem.complexity.time)?;
            }
        }
    }
    if !report.timings.is_empty() && judgement.verdict != Verdict::WrongAnswer {
        writeln!(
            out,
            "\n  {}",
            "stress cases (CPU time at the largest size, against the reference):".dimmed()
        )?;
        if problem.complexity.output_sensitive {
            writeln!(
                out,
                "  {}",
                wrap::hanging(
                    &format!(
                        "The target, {}, is proportional to the size of the answer: no method beats writing it out, so the limit is a multiple of the reference's time on the same inputs.",
                        problem.complexity.time
                    ),
                    wrap::width(),
                    2
                )
                .dimmed()
            )?;
        }
        for (timing, limit) in &report.timings {
            let Some(solution) = timing.solution_large_ns else {
                continue;
            };
            let ratio = solution as f64 / timing.reference_large_ns.max(1) as f64;
            let cap = *limit as f64 / timing.reference_large_ns.max(1) as f64;
            // Well under the limit, a steeper growth between two sizes is mostly the cache (the
            // large input no longer fits), not the algorithm: say nothing then.
            let growth = (ratio * 2.0 >= cap)
                .then(|| pace::looks_like(timing, &problem.complexity.time))
                .flatten()
                .map(|name| format!(", grows like {name}"))
                .unwrap_or_default();
            // The label gives way to the numbers on a narrow terminal (they take 43 columns).
            let label_width = wrap::width().saturating_sub(4 + 43).clamp(16, 44);
            writeln!(
                out,
                "    {:<label_width$} {:>10}  {:>6.1}x reference (limit {:.0}x){growth}",
                wrap::cut(
                    &format!("{} (n = {})", timing.family, timing.large_n),
                    label_width
                ),
                ms(solution),
                ratio,
                cap
            )?;
        }
    }
    if let Some(note) = space_note(report) {
        writeln!(
            out,
            "\n  {:<9}{note} (a note, not part of the verdict: LeetCode does not judge space either)",
            "space".bold()
        )?;
    }
    for missing in &report.unprotected {
        writeln!(
            out,
            "\n  {} this system could not contain your code fully: {missing}",
            "note:".yellow()
        )?;
    }
    if let Some(saved) = &report.regression_saved {
        writeln!(
            out,
            "\n  {} this input is saved in {saved} and will be replayed first",
            "saved:".cyan()
        )?;
    }
    if judgement.verdict != Verdict::Accepted && !report.printed.trim().is_empty() {
        writeln!(
            out,
            "\n  {}",
            "what your code printed (first lines):".dimmed()
        )?;
        // Control characters are shown escaped (`\u{1b}`), never sent to the terminal.
        for line in report.printed.lines().take(12) {
            writeln!(out, "    {}", for_terminal(line).dimmed())?;
        }
    }
    if judgement.verdict == Verdict::Accepted {
        write_unanswered(out, &report.unanswered, &problem.slug, wrap::width())?;
    }
    if judgement
        .failure
        .as_ref()
        .is_some_and(|f| f.phase == Phase::Property)
    {
        writeln!(
            out,
            "\n  {} judge run {} --seed {}",
            "reproduce:".dimmed(),
            problem.slug,
            report.seed
        )?;
    }
    Ok(())
}

/// What the stress families say of the solution's extra space, when it grew clearly past the
/// reference's (the first family that shows it).
fn space_note(report: &RunReport<'_>) -> Option<String> {
    report
        .timings
        .iter()
        .find_map(|(timing, _)| pace::space_note(timing, &report.problem.complexity.space))
}

/// For a problem that returns a tree, both answers drawn side by side when they are small (at most
/// `draw::MAX_NODES` nodes each); says whether it drew them.
fn write_trees(
    out: &mut impl Write,
    problem: &ProblemInfo,
    expected: &str,
    got: &str,
) -> io::Result<bool> {
    let returns_tree = problem
        .signature
        .split("->")
        .nth(1)
        .is_some_and(|returns| returns.contains("TreeNode"));
    let parse = |text: &str| serde_json::from_str::<Vec<Option<i32>>>(text).ok();
    let (Some(expected), Some(got)) = (parse(expected), parse(got)) else {
        return Ok(false);
    };
    let Some(lines) = returns_tree
        .then(|| draw::side_by_side(("expected", &expected), ("got", &got)))
        .flatten()
    else {
        return Ok(false);
    };
    writeln!(out)?;
    for line in lines {
        writeln!(out, "    {line}")?;
    }
    writeln!(out)?;
    Ok(true)
}

/// An element-per-line diff when the values are long enough that eyes would miss the difference.
fn write_diff(out: &mut impl Write, expected: &str, got: &str) -> io::Result<()> {
    if expected.len() < 60 && got.len() < 60 {
        return Ok(());
    }
    // Shortened answers are not JSON and would diff as noise; the checker's `why` line says where
    // the whole answers first differ.
    let lines = |text: &str| -> Option<String> {
        match serde_json::from_str::<Value>(text).ok()? {
            Value::Array(items) => Some(items.iter().map(|i| format!("{i}\n")).collect()),
            _ => Some(format!("{text}\n")),
        }
    };
    let (Some(expected), Some(got)) = (lines(expected), lines(got)) else {
        return Ok(());
    };
    let diff = TextDiff::from_lines(&expected, &got);
    writeln!(
        out,
        "  {}",
        "diff (element by element; - expected, + got):".bold()
    )?;
    let mut shown = 0;
    for group in diff.grouped_ops(2) {
        for op in group {
            for change in diff.iter_changes(&op) {
                let index = change.old_index().or(change.new_index()).unwrap_or(0);
                let text = change.value().trim_end();
                let line = match change.tag() {
                    ChangeTag::Delete => format!("    [{index}] - {text}").green().to_string(),
                    ChangeTag::Insert => format!("    [{index}] + {text}").red().to_string(),
                    ChangeTag::Equal => format!("    [{index}]   {text}").dimmed().to_string(),
                };
                writeln!(out, "{line}")?;
                shown += 1;
                if shown >= 30 {
                    return writeln!(out, "    {}", "…".dimmed());
                }
            }
        }
        writeln!(out, "    {}", "⋮".dimmed())?;
    }
    Ok(())
}

/// The questions as `show` prints them: the pattern's, to think about while solving; the
/// problem's own once it has been Accepted (before, only where to find them). Numbered as in the
/// learner's file.
pub fn write_questions(
    out: &mut impl Write,
    numbered: &[Question<'_>],
    pattern: Option<&PatternInfo>,
    accepted: bool,
    width: usize,
) -> io::Result<()> {
    let of = |source| numbered.iter().filter(move |q| q.source == source);
    if of(Source::Pattern).next().is_some() {
        let name = pattern.map_or("this pattern".to_string(), |p| {
            format!("the {} pattern", p.name)
        });
        writeln!(
            out,
            "\n{} {}",
            "Questions while you solve:".bold(),
            name.cyan()
        )?;
        for question in of(Source::Pattern) {
            write_question(out, question, width)?;
        }
    }
    let own: Vec<_> = of(Source::Problem).collect();
    if let (Some(first), Some(last)) = (own.first(), own.last()) {
        if accepted {
            writeln!(out, "\n{}", "Questions about your solution:".bold())?;
            for question in &own {
                write_question(out, question, width)?;
            }
        } else {
            let range = if first.number == last.number {
                format!("Q{}", first.number)
            } else {
                format!("Q{}-Q{}", first.number, last.number)
            };
            let note = format!(
                "{range} are about your solution: they wait in your file (after `judge new`) and are listed here once it is Accepted."
            );
            writeln!(out, "\n{}", wrap::wrap(&note, width).join("\n").dimmed())?;
        }
    }
    Ok(())
}

fn write_question(out: &mut impl Write, question: &Question<'_>, width: usize) -> io::Result<()> {
    let number = format!("Q{}", question.number);
    writeln!(
        out,
        "  {:<4}{}",
        number.bold(),
        wrap::hanging(question.text, width.saturating_sub(6), 6)
    )
}

/// After Accepted: the questions still unanswered in the learner's file, one line each and at most
/// a few (the problem's own first, as they are new now), so the stress table stays on screen.
fn write_unanswered(
    out: &mut impl Write,
    unanswered: &[String],
    slug: &str,
    width: usize,
) -> io::Result<()> {
    const SHOWN: usize = 4;
    if unanswered.is_empty() {
        return writeln!(
            out,
            "\n  {} {}",
            "workbook:".cyan().bold(),
            format!(
                "no question waits for an answer in your file (`judge show {slug}` lists them)"
            )
            .dimmed()
        );
    }
    // As the file numbers and words them (a file scaffolded by an older judge may differ from
    // the catalogue's numbering): `Q7 (this problem): text`.
    let mut lines: Vec<(usize, bool, String)> = unanswered
        .iter()
        .enumerate()
        .map(|(i, line)| {
            let number = questions::number_of(line).unwrap_or(i + 1);
            let (tag, text) = line
                .split_once("): ")
                .map_or(("", line.as_str()), |(tag, text)| (tag, text));
            (number, tag.ends_with("(this problem"), text.to_string())
        })
        .collect();
    lines.sort_by_key(|(number, own, _)| (!own, *number));
    writeln!(
        out,
        "\n  {} {} question(s) in your file still have no answer:",
        "workbook:".cyan().bold(),
        unanswered.len()
    )?;
    for (number, _, text) in lines.iter().take(SHOWN) {
        let number = format!("Q{number}");
        writeln!(
            out,
            "    {:<4}{}",
            number.bold(),
            wrap::cut(text, width.saturating_sub(8))
        )?;
    }
    if lines.len() > SHOWN {
        let rest: Vec<String> = lines[SHOWN..]
            .iter()
            .map(|(n, _, _)| format!("Q{n}"))
            .collect();
        writeln!(out, "    {}", format!("and {}", rest.join(", ")).dimmed())?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_long_wrong_array_gets_an_element_diff() {
        let expected: Vec<i32> = (0..40).collect();
        let mut got = expected.clone();
        got[20] = 99;
        let mut out = Vec::new();
        colored::control::set_override(false);
        write_diff(
            &mut out,
            &serde_json::to_string(&expected).unwrap(),
            &serde_json::to_string(&got).unwrap(),
        )
        .unwrap();
        let text = String::from_utf8(out).unwrap();
        assert!(text.contains("[20] - 20"), "{text}");
        assert!(text.contains("[20] + 99"), "{text}");
        assert!(!text.contains("[5]"), "{text}");
    }

    #[test]
    fn after_accepted_only_a_few_unanswered_questions_show_the_problems_first() {
        let unanswered: Vec<String> = [
            "Q1 (Stack): What does the stack hold?",
            "Q2 (Stack): Which items does it resolve?",
            "Q3 (Stack): Why O(n)?",
            "Q7 (this problem): After a pop, how does your stack know the new minimum without scanning what is left?",
            "Q10 (this problem): Why is a heap not enough?",
            "Q4 (Stack): Values or indices?",
        ]
        .map(String::from)
        .to_vec();
        colored::control::set_override(false);
        let mut out = Vec::new();
        write_unanswered(&mut out, &unanswered, "min-stack", 60).unwrap();
        let text = String::from_utf8(out).unwrap();
        let lines: Vec<&str> = text.trim().lines().collect();
        assert_eq!(lines.len(), 6, "{text}");
        assert!(lines[0].contains("6 question(s)"), "{text}");
        assert!(lines[1].starts_with("    Q7  After a pop"), "{text}");
        assert!(
            lines[1].ends_with('…') && lines[1].chars().count() <= 60,
            "{text}"
        );
        assert!(lines[2].starts_with("    Q10 Why is a heap"), "{text}");
        assert!(lines[3].starts_with("    Q1  What does"), "{text}");
        assert_eq!(lines[5], "    and Q3, Q4");

        let mut out = Vec::new();
        write_unanswered(&mut out, &[], "min-stack", 60).unwrap();
        assert!(String::from_utf8(out)
            .unwrap()
            .contains("no question waits"));
    }

    #[test]
    fn what_the_code_printed_reaches_the_terminal_without_control_characters() {
        let problem: ProblemInfo = toml::from_str(include_str!(
            "../../problems/data/sliding_window/sliding_window_maximum.toml"
        ))
        .unwrap();
        let report = RunReport {
            problem: &problem,
            pattern: None,
            judgement: Judgement {
                verdict: Verdict::RuntimeError,
                passed: 0,
                total: 1,
                failure: None,
                message: Some("panicked: \x1b[32mAccepted\x07".into()),
            },
            seed: 1,
            file: "solutions/src/x.rs".into(),
            compile_errors: None,
            timings: Vec::new(),
            printed: "\x1b[2J\x1b[H\x1b[32mAccepted\rtab\there\x08\n".into(),
            regression_saved: None,
            unprotected: Vec::new(),
            wall_seconds: 0.1,
            build_seconds: 0.2,
            unanswered: Vec::new(),
        };
        colored::control::set_override(false);
        let mut out = Vec::new();
        human_report(&mut out, &report).unwrap();
        let text = String::from_utf8(out).unwrap();
        assert!(
            !text
                .chars()
                .any(|c| c.is_control() && c != '\n' && c != '\t'),
            "{text:?}"
        );
        assert!(
            text.contains("\\u{1b}[2J\\u{1b}[H\\u{1b}[32mAccepted\\rtab\there\\u{8}"),
            "{text}"
        );
        assert!(
            text.contains("panicked: \\u{1b}[32mAccepted\\u{7}"),
            "{text}"
        );
    }
}
