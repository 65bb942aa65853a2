//! `judge list`: the catalogue with each problem's status, and the NeetCode 150 problems that are
//! not in this judge yet, named as such.

use std::io::{self, Write};

use colored::Colorize;

use crate::catalog::{pattern_module, Catalog, PATTERN_IDS};
use crate::cli::Output;
use crate::exit::{self, Result};
use crate::progress::{self, Progress, Status};
use crate::workspace::Workspace;

/// A status as JSON spells its enums (snake_case, as verdicts are): `not_started`.
pub fn status_json(status: Status) -> String {
    status.as_str().replace([' ', '-'], "_")
}

/// What `list` and `pattern` say of a problem that has no data here yet.
pub const NOT_JUDGED_YET: &str = "not in this judge yet";

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
    let upcoming: Vec<_> = catalog
        .upcoming
        .iter()
        .filter(|u| pattern.is_none_or(|id| id == u.pattern))
        .collect();
    if output.json {
        let items: Vec<_> = rows
            .iter()
            .map(|(p, status)| {
                let record = progress.get(&p.slug);
                serde_json::json!({"slug": p.slug, "number": p.number, "title": p.title,
                    "difficulty": p.difficulty, "pattern": p.pattern,
                    "status": status_json(*status), "attempts": record.attempts, "hints": record.hints,
                    "first_accepted": record.first_accepted, "last_accepted": record.last_accepted})
            })
            .collect();
        let later: Vec<_> = upcoming
            .iter()
            .map(|u| {
                serde_json::json!({"slug": u.slug, "number": u.number, "title": u.title,
                    "difficulty": u.difficulty, "pattern": u.pattern})
            })
            .collect();
        // The ML drills are beside the NeetCode 150, not among them.
        let (drills, items): (Vec<_>, Vec<_>) = items
            .into_iter()
            .partition(|item| item["pattern"] == crate::catalog::ML_TRACK);
        println!(
            "{}",
            serde_json::json!({"problems": items, "not_in_this_judge_yet": later, "ml_drills": drills})
        );
        return Ok(exit::ACCEPTED);
    }
    let mut out = io::stdout().lock();
    let accepted = rows.iter().filter(|(_, s)| *s == Status::Accepted).count();
    if !rows.is_empty() {
        writeln!(
            out,
            "{} {}",
            "overall".bold(),
            progress_bar(accepted, rows.len())
        )?;
    }
    for id in PATTERN_IDS {
        let in_pattern: Vec<_> = rows.iter().filter(|(p, _)| p.pattern == id).collect();
        if in_pattern.is_empty() && !upcoming.iter().any(|u| u.pattern == id) {
            continue;
        }
        let name = catalog.patterns.get(id).map_or(id, |p| p.name.as_str());
        let done = in_pattern
            .iter()
            .filter(|(_, s)| *s == Status::Accepted)
            .count();
        let bar = if in_pattern.is_empty() {
            String::new()
        } else {
            progress_bar(done, in_pattern.len())
        };
        writeln!(out, "\n{:<28} {}", name.bold().cyan(), bar.dimmed())?;
        for (problem, status) in &in_pattern {
            let mark = match status {
                Status::Accepted => "✓".green().bold(),
                Status::Attempted => "…".yellow(),
                Status::NotStarted => " ".normal(),
            };
            writeln!(
                out,
                "  {mark} {:>5} {:<48} {:<8} {}",
                problem.label().trim_end_matches('.').dimmed(),
                problem.slug,
                difficulty(&problem.difficulty),
                status.as_str().dimmed()
            )?;
        }
        let later: Vec<_> = upcoming.iter().filter(|u| u.pattern == id).collect();
        if in_pattern.is_empty() && pattern.is_none() {
            // A whole pattern still to come: one line, the names on request.
            writeln!(
                out,
                "  {}",
                format!(
                    "{} problems, {NOT_JUDGED_YET} (`judge list --pattern {id}` names them)",
                    later.len()
                )
                .dimmed()
            )?;
            continue;
        }
        for later in later {
            writeln!(
                out,
                "    {:>5} {:<48} {:<8} {}",
                later.number.to_string().dimmed(),
                later.slug.dimmed(),
                later.difficulty.dimmed(),
                NOT_JUDGED_YET.dimmed()
            )?;
        }
    }
    if !upcoming.is_empty() {
        writeln!(
            out,
            "\n{}",
            format!(
                "{} of the NeetCode 150 are judged so far; the others are listed as {NOT_JUDGED_YET:?}.",
                catalog.neetcode_judged()
            )
            .dimmed()
        )?;
    }
    Ok(exit::ACCEPTED)
}

fn difficulty(name: &str) -> colored::ColoredString {
    match name {
        "Easy" => name.green(),
        "Medium" => name.yellow(),
        _ => name.red(),
    }
}
