//! `judge run [<slug>]`: judges the learner's file, records the run (and the rating, when it closes
//! a sitting), saves a failing random case as a regression and prints the report. No slug: the
//! problem last scaffolded or run. `judge watch` judges through [`judge_and_report`] too.

use std::fs;
use std::io::{self, Write};
use std::path::Path;

use colored::Colorize;
use jiff::civil::Date;
use judge_core::protocol::Phase;
use judge_core::Verdict;

use crate::catalog::{Catalog, ProblemInfo};
use crate::cli::Output;
use crate::clock;
use crate::exit::{self, Failure, Result};
use crate::judging::{judge_file, solution_path, unanswered_questions, RunOptions};
use crate::practice::queue;
use crate::practice::record::{RatedBy, ReviewEntry};
use crate::progress::{self, Progress, RunFacts};
use crate::regressions;
use crate::report::{self, RunReport};
use crate::workspace::Workspace;

/// A line in the shipped worked example: a file that has it is not the learner's own solve.
pub const EXAMPLE_MARKER: &str = "A worked example, shipped with the workbook";

pub fn run(
    workspace: &Workspace,
    catalog: &Catalog,
    slug: Option<&str>,
    file: Option<&Path>,
    options: &RunOptions,
    output: Output,
) -> Result<u8> {
    let slug = match slug {
        Some(slug) => slug.to_string(),
        None => last_problem(workspace)?,
    };
    let problem = catalog.problem(&slug)?;
    let verdict = judge_and_report(
        workspace,
        catalog,
        problem,
        file,
        options,
        output,
        &mut io::stdout().lock(),
    )?;
    Ok(if verdict == Verdict::Accepted {
        exit::ACCEPTED
    } else {
        exit::REJECTED
    })
}

/// The problem last scaffolded or run, for commands given no slug.
pub fn last_problem(workspace: &Workspace) -> Result<String> {
    Progress::load(&progress::path(workspace))?
        .last_problem
        .ok_or_else(|| {
            Failure::new("no problem given, and none scaffolded or run yet")
                .help("name one (`judge run two-sum`), or start with `judge next`")
        })
}

/// Judges `problem` (the learner's file, or `file`), records what the run showed, and writes the
/// report to `out`.
pub fn judge_and_report(
    workspace: &Workspace,
    catalog: &Catalog,
    problem: &ProblemInfo,
    file: Option<&Path>,
    options: &RunOptions,
    output: Output,
    out: &mut impl Write,
) -> Result<Verdict> {
    let path = solution_path(workspace, problem, file)?;
    // The learner's state files are read before judging, so that a broken one stops the run
    // before its verdict is computed and then could not be recorded.
    let state = progress::path(workspace);
    if file.is_none() {
        Progress::load(&state)?;
    }
    let now = clock::now()?;
    let regression_file = workspace.regressions_file(&problem.slug);
    regressions::check(&regression_file, problem)?;
    let judged = judge_file(
        workspace,
        problem,
        Some(&path),
        options,
        false,
        output.color,
        !output.json,
    )
    .map_err(|failure| regressions::blame_if_theirs(failure, &regression_file))?;
    let mut regression_saved = None;
    if let Some(failure) = &judged.judgement.failure {
        // A random case, or a stress input small enough to show in full (shrunk by size): a
        // wrong answer or a crash on it is a case worth keeping. Too slow is not: regression
        // cases are not timed.
        let keep = match failure.phase {
            Phase::Property => judged.judgement.verdict != Verdict::Accepted,
            Phase::Stress => matches!(
                judged.judgement.verdict,
                Verdict::WrongAnswer | Verdict::RuntimeError
            ),
            _ => false,
        };
        let whole = match (&failure.full_input, failure.input_is_complete) {
            (Some(full), _) => Some(full.as_str()),
            (None, true) => Some(failure.input.as_str()),
            (None, false) => None,
        };
        if let (true, Some(input)) = (keep, whole) {
            let file = workspace.regressions_file(&problem.slug);
            let found = format!(
                "{}, seed {}, {}",
                now.date(),
                options.seed,
                judged.judgement.verdict.as_str()
            );
            if regressions::add(&file, input, found)? {
                regression_saved = Some(workspace.relative(&file).display().to_string());
            }
        }
    }
    let text = fs::read_to_string(&path).unwrap_or_default();
    let example = text.contains(EXAMPLE_MARKER);
    let full = options.is_full();
    let mut rated = None;
    if file.is_none() {
        let facts = RunFacts {
            verdict: judged.judgement.verdict.as_str(),
            full,
            now,
            difficulty: &problem.difficulty,
        };
        rated = Progress::update(&state, |p| {
            if example {
                // The shipped example is not the learner's solve: remember the problem, no more.
                p.last_problem = Some(problem.slug.clone());
                return None;
            }
            let entry = p.record_run(&problem.slug, &facts)?;
            Some(Rated::new(p, entry))
        })?;
    }
    let unanswered = unanswered_questions(&text);
    let report = RunReport {
        problem,
        pattern: catalog.patterns.get(&problem.pattern),
        judgement: judged.judgement,
        seed: options.seed,
        file: workspace.relative(&path).display().to_string(),
        compile_errors: judged.compile_errors,
        timings: judged.timings,
        printed: judged.printed,
        regression_saved,
        wall_seconds: judged.wall_seconds,
        build_seconds: judged.build_seconds,
        unprotected: judged.unprotected,
        unanswered,
    };
    let accepted = report.judgement.verdict == Verdict::Accepted;
    if output.json {
        let mut value = report::json_report(&report);
        value["full_run"] = full.into();
        value["recorded"] = (file.is_none() && !example).into();
        if let Some(entry) = &rated {
            value["rating"] = rating_json(entry);
        }
        writeln!(out, "{value}")?;
    } else {
        report::human_report(out, &report)?;
        if file.is_none() {
            if example {
                writeln!(out, "{}", format!("This is the worked example shipped with the workbook, so it is not counted as your solve; `judge new {} --force` starts your own (the example is kept as a backup).", problem.slug).dimmed())?;
            } else if accepted && !full {
                writeln!(out, "{}", format!("A quick run (--no-stress or fewer --cases): not recorded as Accepted. `judge run {}` judges it in full.", problem.slug).dimmed())?;
            }
        }
        if let Some(entry) = &rated {
            write_rating(out, entry)?;
        }
    }
    Ok(report.judgement.verdict)
}

/// A rating just given, and when its item comes back.
pub struct Rated {
    pub entry: ReviewEntry,
    pub next_review: Date,
}

impl Rated {
    /// `entry`, just added to `progress`'s log, with its item's next due date.
    pub fn new(progress: &Progress, entry: ReviewEntry) -> Rated {
        let next_review = queue::cards(&progress.review)
            .get(&entry.item)
            .map(queue::due_date)
            .unwrap_or(entry.date);
        Rated { entry, next_review }
    }
}

pub fn rating_json(rated: &Rated) -> serde_json::Value {
    serde_json::json!({
        "rating": rated.entry.rating.as_str(),
        "reason": rated.entry.reason,
        "by": match rated.entry.by { RatedBy::Judge => "judge", RatedBy::Learner => "learner" },
        "next_review": rated.next_review.to_string(),
    })
}

pub fn write_rating(out: &mut impl Write, rated: &Rated) -> io::Result<()> {
    let entry = &rated.entry;
    writeln!(
        out,
        "{} {}: {}; next review {}",
        "Rated".bold(),
        entry.rating.as_str().to_uppercase(),
        entry.reason,
        rated.next_review
    )?;
    writeln!(
        out,
        "{}",
        format!(
            "not how it went? `judge rate {} again|hard|good|easy` replaces it",
            entry.item
        )
        .dimmed()
    )
}
