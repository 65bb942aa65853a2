//! `judge next`: opens the next problem of the plan (the first planned one not yet solved), or of
//! the roadmap without a plan: scaffolds it, or, when its file is there already, says where it is.

use colored::Colorize;

use crate::catalog::Catalog;
use crate::cli::Output;
use crate::exit::{self, Failure, Result};
use crate::practice::{self, solved};
use crate::progress::{self, Progress};
use crate::workspace::Workspace;

use super::new;

pub fn next(workspace: &Workspace, catalog: &Catalog, output: Output) -> Result<u8> {
    let state = progress::path(workspace);
    let progress = Progress::load(&state)?;
    let items = practice::items(workspace, catalog)?;
    let next = match &progress.plan {
        Some(plan) => plan
            .problems()
            .map(|(_, slug)| slug)
            .find(|slug| !solved(&progress, slug))
            .and_then(|slug| items.iter().find(|i| &i.slug == slug)),
        None => items
            .iter()
            .find(|i| i.judged && !solved(&progress, &i.slug)),
    };
    let Some(item) = next else {
        return Err(Failure::new("every problem of your plan is solved")
            .help("`judge review` for what is due; `judge plan --force --days N` for a new plan"));
    };
    if !item.judged {
        let url = format!("https://leetcode.com/problems/{}/", item.slug);
        if output.json {
            println!(
                "{}",
                serde_json::json!({"slug": item.slug, "judged": false, "url": url})
            );
        } else {
            println!(
                "next: {} ({}, {}) is not in this judge yet",
                item.title, item.number, item.difficulty
            );
            println!("  solve it on LeetCode: {url}");
            println!(
                "  then record it: judge rate {} good   (or hard, or again)",
                item.slug
            );
        }
        return Ok(exit::ACCEPTED);
    }
    let problem = catalog.problem(&item.slug)?;
    let path = workspace.solution_file(&problem.pattern_module(), &problem.module);
    if path.exists() {
        Progress::update(&state, |p| p.last_problem = Some(problem.slug.clone()))?;
        let shown = workspace.relative(&path).display().to_string();
        if output.json {
            println!(
                "{}",
                serde_json::json!({"slug": problem.slug, "path": shown, "created": false})
            );
        } else {
            println!(
                "next: {} ({}, {}), already started in {shown}",
                problem.title, problem.number, problem.difficulty
            );
            println!("  {}", "judge run (or judge watch) judges it".dimmed());
        }
        return Ok(exit::ACCEPTED);
    }
    if !output.json {
        println!(
            "next: {} ({}, {})",
            problem.title, problem.number, problem.difficulty
        );
    }
    new::new(workspace, catalog, &problem.slug, false, output)
}
