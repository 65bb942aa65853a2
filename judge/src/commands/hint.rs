//! `judge hint <slug>`: the next progressive hint, recorded in the learner's progress (and in the
//! open sitting, where it weighs on the judge's rating); `--all` shows again the ones already
//! taken, without taking another.

use colored::Colorize;

use crate::catalog::Catalog;
use crate::cli::Output;
use crate::clock;
use crate::exit::{self, Failure, Result};
use crate::progress::{self, Progress};
use crate::workspace::Workspace;

pub fn hint(
    workspace: &Workspace,
    catalog: &Catalog,
    slug: &str,
    all: bool,
    output: Output,
) -> Result<u8> {
    let problem = catalog.problem(slug)?;
    if problem.hints.is_empty() {
        return Err(Failure::new(format!("`{}` has no hints", problem.slug)));
    }
    let available = problem.hints.len() as u32;
    if all {
        return show_taken(workspace, problem, output);
    }
    let now = clock::now()?;
    let number = Progress::update(&progress::path(workspace), |p| {
        p.record_hint(&problem.slug, available, now)
    })?;
    let index = number as usize - 1;
    let hint = &problem.hints[index];
    if output.json {
        println!(
            "{}",
            serde_json::json!({"slug": problem.slug, "hint": index + 1, "of": problem.hints.len(), "text": hint})
        );
    } else {
        println!(
            "{} {}/{}: {hint}",
            "hint".cyan().bold(),
            index + 1,
            problem.hints.len()
        );
        if index + 1 == problem.hints.len() {
            println!(
                "{}",
                format!(
                    "that was the last hint; the target is {} time, {} space",
                    problem.complexity.time, problem.complexity.space
                )
                .dimmed()
            );
        } else {
            println!(
                "{}",
                format!("`judge hint {}` again for the next one", problem.slug).dimmed()
            );
        }
    }
    Ok(exit::ACCEPTED)
}

/// `judge hint <slug> --all`: every hint taken so far, none taken anew.
fn show_taken(
    workspace: &Workspace,
    problem: &crate::catalog::ProblemInfo,
    output: Output,
) -> Result<u8> {
    let progress = Progress::load(&progress::path(workspace))?;
    let shown = (progress.hints_shown(&problem.slug) as usize).min(problem.hints.len());
    let taken = &problem.hints[..shown];
    if output.json {
        println!(
            "{}",
            serde_json::json!({"slug": problem.slug, "of": problem.hints.len(), "hints": taken})
        );
        return Ok(exit::ACCEPTED);
    }
    if taken.is_empty() {
        println!(
            "no hints taken for `{}` yet; `judge hint {}` shows the first",
            problem.slug, problem.slug
        );
    }
    for (i, hint) in taken.iter().enumerate() {
        println!(
            "{} {}/{}: {hint}",
            "hint".cyan().bold(),
            i + 1,
            problem.hints.len()
        );
    }
    if !taken.is_empty() && shown < problem.hints.len() {
        println!(
            "{}",
            format!("`judge hint {}` for the next one", problem.slug).dimmed()
        );
    }
    Ok(exit::ACCEPTED)
}
