//! `judge hint <slug>`: the next progressive hint, recorded in the learner's progress.

use colored::Colorize;

use crate::catalog::Catalog;
use crate::cli::Output;
use crate::exit::{self, Failure, Result};
use crate::progress::{self, Progress};
use crate::workspace::Workspace;

pub fn hint(workspace: &Workspace, catalog: &Catalog, slug: &str, output: Output) -> Result<u8> {
    let problem = catalog.problem(slug)?;
    if problem.hints.is_empty() {
        return Err(Failure::new(format!("`{}` has no hints", problem.slug)));
    }
    let taken = Progress::update(&progress::path(workspace), |p| {
        let taken = p.get(&problem.slug).hints as usize;
        if taken < problem.hints.len() {
            p.record_hint(&problem.slug);
        }
        taken
    })?;
    let index = taken.min(problem.hints.len() - 1);
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
