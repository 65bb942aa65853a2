//! `judge stats`: practice over time (drawn by `crate::practice::stats`).

use std::io::{self, Write};

use colored::Colorize;

use crate::catalog::Catalog;
use crate::cli::Output;
use crate::clock;
use crate::exit::{self, Result};
use crate::practice::{self, queue, solved, stats};
use crate::progress::{self, Progress};
use crate::workspace::Workspace;

pub fn stats(workspace: &Workspace, catalog: &Catalog, output: Output) -> Result<u8> {
    let today = clock::today()?;
    let progress = Progress::load(&progress::path(workspace))?;
    let items = practice::items(workspace, catalog)?;
    let mut out = io::stdout().lock();
    if output.json {
        let value = serde_json::json!({
            "days": progress.days.iter().map(|(d, n)| (d.to_string(), *n)).collect::<std::collections::BTreeMap<_, _>>(),
            "solved": items.iter().filter(|i| solved(&progress, &i.slug)).count(),
            "of": items.len(),
            "hints": progress.problem.values().map(|p| p.hints).sum::<u32>(),
            "forecast": queue::forecast(&progress.review, today, stats::FORECAST_DAYS),
            "reviews_logged": progress.review.len(),
        });
        writeln!(out, "{value}")?;
        return Ok(exit::ACCEPTED);
    }
    let name = |id: &str| {
        catalog
            .patterns
            .get(id)
            .map_or_else(|| id.to_string(), |p| p.name.clone())
    };
    let solved_count = items.iter().filter(|i| solved(&progress, &i.slug)).count();
    writeln!(out, "{} ({today})", "Days practised".bold())?;
    write!(out, "{}", stats::heatmap(&progress, today))?;
    writeln!(
        out,
        "\n{} {solved_count}/{}",
        "Solved by pattern".bold(),
        items.len()
    )?;
    write!(out, "{}", stats::patterns(&progress, &items, &name))?;
    writeln!(out, "\n{}", "How they went".bold())?;
    write!(out, "{}", stats::solving(&progress))?;
    writeln!(out, "\n{}", "Reviews in the next two weeks".bold())?;
    write!(out, "{}", stats::forecast(&progress, today))?;
    Ok(exit::ACCEPTED)
}
