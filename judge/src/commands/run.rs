//! `judge run <slug>`: judges the learner's file, records the run, saves a failing random case
//! as a regression and prints the report.

use std::fs;
use std::io::{self, Write};
use std::path::Path;

use judge_core::protocol::Phase;
use judge_core::Verdict;

use crate::catalog::Catalog;
use crate::cli::Output;
use crate::exit::{self, Result};
use crate::judging::{self, judge_file, solution_path, unanswered_questions, RunOptions};
use crate::progress::{self, Progress};
use crate::regressions;
use crate::report::{self, RunReport};
use crate::workspace::Workspace;

pub fn run(
    workspace: &Workspace,
    catalog: &Catalog,
    slug: &str,
    file: Option<&Path>,
    options: &RunOptions,
    output: Output,
) -> Result<u8> {
    let problem = catalog.problem(slug)?;
    let path = solution_path(workspace, problem, file)?;
    // The learner's state files are read before judging, so that a broken one stops the run
    // before its verdict is computed and then could not be recorded.
    let state = progress::path(workspace);
    if file.is_none() {
        Progress::load(&state)?;
    }
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
        if failure.phase == Phase::Property
            && failure.input_is_complete
            && judged.judgement.verdict != Verdict::Accepted
        {
            let file = workspace.regressions_file(&problem.slug);
            let found = format!(
                "{}, seed {}, {}",
                judging::today(),
                options.seed,
                judged.judgement.verdict.as_str()
            );
            if regressions::add(&file, &failure.input, found)? {
                regression_saved = Some(workspace.relative(&file).display().to_string());
            }
        }
    }
    if file.is_none() {
        let accepted = judged.judgement.verdict == Verdict::Accepted;
        Progress::update(&state, |p| {
            p.record_run(&problem.slug, accepted, &judging::today())
        })?;
    }
    let unanswered = fs::read_to_string(&path)
        .map(|t| unanswered_questions(&t))
        .unwrap_or_default();
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
    let mut out = io::stdout().lock();
    if output.json {
        writeln!(out, "{}", report::json_report(&report))?;
    } else {
        report::human_report(&mut out, &report)?;
    }
    Ok(if report.judgement.verdict == Verdict::Accepted {
        exit::ACCEPTED
    } else {
        exit::REJECTED
    })
}
