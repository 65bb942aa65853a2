//! `judge pattern <id>`: a pattern's workbook page.

use std::io::{self, Write};

use colored::Colorize;

use crate::catalog::Catalog;
use crate::cli::Output;
use crate::exit::{self, Result};
use crate::progress::{self, Progress, Status};
use crate::workspace::Workspace;

use super::list::{status_json, NOT_JUDGED_YET};

pub fn pattern(workspace: &Workspace, catalog: &Catalog, id: &str, output: Output) -> Result<u8> {
    let page = catalog.pattern(id)?;
    let progress = Progress::load(&progress::path(workspace))?;
    if output.json {
        let problems: Vec<_> = page.problems.iter().map(|slug| {
            let judged = catalog.problems.iter().any(|(_, p)| &p.slug == slug);
            serde_json::json!({"slug": slug, "judged": judged, "status": judged.then(|| status_json(progress.get(slug).status))})
        }).collect();
        println!(
            "{}",
            serde_json::json!({"id": page.id, "name": page.name, "summary": page.summary, "signals": page.signals,
            "skeleton": page.skeleton, "questions": page.questions, "bugs": page.bugs, "problems": problems})
        );
        return Ok(exit::ACCEPTED);
    }
    let mut out = io::stdout().lock();
    writeln!(
        out,
        "{} {}  {}",
        format!("{}.", page.order).dimmed(),
        page.name.bold().cyan(),
        format!("(pattern {} of 18)", page.order).dimmed()
    )?;
    let width = crate::wrap::width();
    writeln!(out, "\n{}", crate::wrap::prose(&page.summary, width))?;
    let section = |out: &mut io::StdoutLock<'_>, title: &str, items: &[String]| -> io::Result<()> {
        writeln!(out, "\n{}", title.bold())?;
        for item in items {
            writeln!(out, "  • {}", crate::wrap::hanging(item, width - 4, 4))?;
        }
        Ok(())
    };
    section(&mut out, "Reach for it when", &page.signals)?;
    writeln!(out, "\n{}", "Skeleton".bold())?;
    for line in page.skeleton.trim_end().lines() {
        writeln!(out, "    {line}")?;
    }
    section(&mut out, "Invariant questions", &page.questions)?;
    section(&mut out, "Usual bugs", &page.bugs)?;
    let done = page
        .problems
        .iter()
        .filter(|s| progress.get(s).status == Status::Accepted)
        .count();
    writeln!(
        out,
        "\n{} {}",
        "Practice, in order".bold(),
        super::list::progress_bar(done, page.problems.len()).dimmed()
    )?;
    for slug in &page.problems {
        let available = catalog.problems.iter().any(|(_, p)| &p.slug == slug);
        let status = progress.get(slug).status;
        let note = if available {
            status.as_str().to_string()
        } else {
            NOT_JUDGED_YET.into()
        };
        let mark = if status == Status::Accepted {
            "✓".green().bold()
        } else {
            " ".normal()
        };
        writeln!(out, "  {mark} {slug:<50} {}", note.dimmed())?;
    }
    Ok(exit::ACCEPTED)
}
