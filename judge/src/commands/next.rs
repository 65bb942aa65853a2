//! `judge next`: opens the next problem of the plan, or of the roadmap without a plan: scaffolds
//! it, or, when its file is there already, says where it is. In a plan: the first problem planned
//! up to today and not solved; when those are done, the day's ML drill (or one missed before);
//! then, ahead of the plan, the next problem, then the next drill (`crate::practice::plan::next`).
//! It says which it chose and why.

use colored::Colorize;

use crate::catalog::Catalog;
use crate::cli::Output;
use crate::clock;
use crate::exit::{self, Failure, Result};
use crate::practice::plan::{self as rules, Reason};
use crate::practice::{self, solved};
use crate::progress::{self, Progress};
use crate::workspace::Workspace;

use super::new;

pub fn next(workspace: &Workspace, catalog: &Catalog, output: Output) -> Result<u8> {
    let state = progress::path(workspace);
    let progress = Progress::load(&state)?;
    let items = practice::items(workspace, catalog)?;
    let drills = practice::drills(catalog);
    let today = clock::today()?;
    let next = match &progress.plan {
        Some(plan) => {
            rules::next(plan, &|slug| solved(&progress, slug), today).and_then(|(slug, why)| {
                items
                    .iter()
                    .chain(&drills)
                    .find(|i| i.slug == slug)
                    .map(|i| (i, Some(why)))
            })
        }
        None => items
            .iter()
            .find(|i| i.judged && !solved(&progress, &i.slug))
            .map(|i| (i, None)),
    };
    let Some((item, why)) = next else {
        return Err(
            Failure::new("every problem and drill of your plan is solved").help(
                "`judge review` for what is due; `judge plan --force --days N` for a new plan",
            ),
        );
    };
    let chosen = why.map(|why| match why {
        Reason::Problem => "problem",
        Reason::Drill => "drill",
        Reason::AheadProblem => "ahead_problem",
        Reason::AheadDrill => "ahead_drill",
    });
    if !output.json {
        let said = match why {
            Some(Reason::Drill) => Some("the day's problems are done: the ML drill of the day"),
            Some(Reason::AheadProblem) => {
                Some("everything planned up to today is done: the next problem, ahead of the plan")
            }
            Some(Reason::AheadDrill) => {
                Some("every planned problem is done: the next ML drill, ahead of the plan")
            }
            Some(Reason::Problem) | None => None,
        };
        if let Some(said) = said {
            println!("{}", said.dimmed());
        }
    }
    if !item.judged {
        let url = format!("https://leetcode.com/problems/{}/", item.slug);
        if output.json {
            println!(
                "{}",
                serde_json::json!({"slug": item.slug, "judged": false, "url": url, "chosen": chosen})
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
                serde_json::json!({"slug": problem.slug, "path": shown, "created": false, "chosen": chosen})
            );
        } else {
            println!(
                "next: {} ({}, {}), already started in {shown}",
                problem.title,
                number(problem),
                problem.difficulty
            );
            println!("  {}", "judge run (or judge watch) judges it".dimmed());
        }
        return Ok(exit::ACCEPTED);
    }
    if !output.json {
        println!(
            "next: {} ({}, {})",
            problem.title,
            number(problem),
            problem.difficulty
        );
    }
    new::new(workspace, catalog, &problem.slug, false, output)
}

/// LeetCode's number, or `ML drill` for a drill.
fn number(problem: &crate::catalog::ProblemInfo) -> String {
    if problem.is_drill() {
        "ML drill".to_string()
    } else {
        problem.number.to_string()
    }
}
