//! `judge list`: the catalogue with each problem's status.

use std::io::{self, Write};

use colored::Colorize;

use crate::catalog::{pattern_module, Catalog, PATTERN_IDS};
use crate::cli::Output;
use crate::exit::{self, Result};
use crate::progress::{self, Progress, Status};
use crate::workspace::Workspace;

pub fn progress_bar(done: usize, total: usize) -> String {
    const WIDTH: usize = 20;
    let filled = (done * WIDTH).checked_div(total).unwrap_or(0);
    format!(
        "[{}{}] {done}/{total}",
        "#".repeat(filled),
        ".".repeat(WIDTH - filled)
    )
}

pub fn list(
    workspace: &Workspace,
    catalog: &Catalog,
    pattern: Option<&str>,
    output: Output,
) -> Result<u8> {
    if let Some(id) = pattern {
        catalog.pattern(id).map(|_| ()).or_else(|e| {
            if PATTERN_IDS.contains(&id) {
                Ok(())
            } else {
                Err(e)
            }
        })?;
    }
    let progress = Progress::load(&progress::path(workspace))?;
    let mut rows = Vec::new();
    for (_, problem) in &catalog.problems {
        if pattern.is_some_and(|id| id != problem.pattern) {
            continue;
        }
        let mut status = progress.get(&problem.slug).status;
        let exists = workspace
            .solution_file(&pattern_module(&problem.pattern), &problem.module)
            .exists();
        if status == Status::NotStarted && exists {
            status = Status::Attempted;
        }
        rows.push((problem, status));
    }
    if output.json {
        let items: Vec<_> = rows
            .iter()
            .map(|(p, status)| {
                let record = progress.get(&p.slug);
                serde_json::json!({"slug": p.slug, "title": p.title, "difficulty": p.difficulty, "pattern": p.pattern,
                    "status": status.as_str(), "attempts": record.attempts, "hints": record.hints})
            })
            .collect();
        println!("{}", serde_json::json!({"problems": items}));
        return Ok(exit::ACCEPTED);
    }
    let mut out = io::stdout().lock();
    let accepted = rows.iter().filter(|(_, s)| *s == Status::Accepted).count();
    writeln!(
        out,
        "{} {}",
        "overall".bold(),
        progress_bar(accepted, rows.len())
    )?;
    for id in PATTERN_IDS {
        let in_pattern: Vec<_> = rows.iter().filter(|(p, _)| p.pattern == id).collect();
        if in_pattern.is_empty() {
            continue;
        }
        let name = catalog.patterns.get(id).map_or(id, |p| p.name.as_str());
        let done = in_pattern
            .iter()
            .filter(|(_, s)| *s == Status::Accepted)
            .count();
        writeln!(
            out,
            "\n{:<28} {}",
            name.bold().cyan(),
            progress_bar(done, in_pattern.len()).dimmed()
        )?;
        for (problem, status) in in_pattern {
            let difficulty = match problem.difficulty.as_str() {
                "Easy" => problem.difficulty.green(),
                "Medium" => problem.difficulty.yellow(),
                _ => problem.difficulty.red(),
            };
            let mark = match status {
                Status::Accepted => "✓".green().bold(),
                Status::Attempted => "…".yellow(),
                Status::NotStarted => " ".normal(),
            };
            writeln!(
                out,
                "  {mark} {:<50} {:<8} {}",
                problem.slug,
                difficulty,
                status.as_str().dimmed()
            )?;
        }
    }
    Ok(exit::ACCEPTED)
}
