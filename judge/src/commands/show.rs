//! `judge show <slug>`: the problem statement, signature (a design problem's methods too),
//! constraints, examples and the questions to answer (see `crate::questions` for which, when).

use std::io::{self, Write};

use colored::Colorize;

use crate::catalog::Catalog;
use crate::cli::Output;
use crate::exit::{self, Result};
use crate::progress::{self, Progress, Status};
use crate::questions;
use crate::report;
use crate::workspace::Workspace;
use crate::wrap;

pub fn show(workspace: &Workspace, catalog: &Catalog, slug: &str, output: Output) -> Result<u8> {
    let problem = catalog.problem(slug)?;
    let pattern = catalog.patterns.get(&problem.pattern);
    let accepted = Progress::load(&progress::path(workspace))?
        .get(&problem.slug)
        .status
        == Status::Accepted;
    let numbered = questions::numbered(problem, pattern);
    if output.json {
        println!(
            "{}",
            serde_json::json!({
                "slug": problem.slug, "title": problem.title, "number": problem.number, "difficulty": problem.difficulty,
                "pattern": problem.pattern, "kind": problem.kind, "signature": problem.signature,
                "methods": problem.methods, "statement": problem.statement.trim(),
                "constraints": problem.constraints, "complexity": {"time": problem.complexity.time, "space": problem.complexity.space, "output_sensitive": problem.complexity.output_sensitive},
                "examples": problem.examples.iter().map(|e| serde_json::json!({"input": e.input, "output": e.output, "explanation": e.explanation})).collect::<Vec<_>>(),
                "questions": numbered.iter().map(|q| serde_json::json!({
                    "number": q.number, "source": q.source.as_str(), "text": q.text,
                })).collect::<Vec<_>>(),
            })
        );
        return Ok(exit::ACCEPTED);
    }
    let mut out = io::stdout().lock();
    writeln!(
        out,
        "{} {}  {} · {} · {}",
        problem.label().dimmed(),
        problem.title.bold(),
        problem.difficulty,
        pattern
            .map_or(problem.pattern.as_str(), |p| p.name.as_str())
            .cyan(),
        problem.url().dimmed()
    )?;
    let width = wrap::width();
    writeln!(out, "\n{}\n", wrap::prose(&problem.statement, width))?;
    if problem.kind == "design" {
        writeln!(
            out,
            "{}",
            "Signature (LeetCode's struct and methods)".bold()
        )?;
        writeln!(out, "  {} {{ .. }}", problem.signature)?;
        if let Some(class) = problem.class_name() {
            writeln!(out, "  impl {class} {{")?;
            for method in &problem.methods {
                writeln!(out, "      {method}")?;
            }
            writeln!(out, "  }}")?;
        }
    } else {
        writeln!(out, "{}", "Signature".bold())?;
        writeln!(out, "  {}", problem.signature)?;
    }
    writeln!(out, "\n{}", "Constraints".bold())?;
    for constraint in &problem.constraints {
        writeln!(out, "  • {}", wrap::hanging(constraint, width - 4, 4))?;
    }
    for (i, example) in problem.examples.iter().enumerate() {
        writeln!(out, "\n{}", format!("Example {}", i + 1).bold())?;
        writeln!(out, "  input:  {}", example.input)?;
        if let Some(output) = &example.output {
            writeln!(out, "  output: {output}")?;
        }
        if let Some(explanation) = &example.explanation {
            writeln!(
                out,
                "  {}",
                wrap::hanging(explanation.trim(), width - 2, 2).dimmed()
            )?;
        }
    }
    match problem.checker.as_str() {
        "any-order" => writeln!(out, "\nThe answer may be given in any order.")?,
        "nested-any-order" => writeln!(
            out,
            "\nThe groups, and the members of each group, may be given in any order."
        )?,
        "float" => writeln!(
            out,
            "\nAnswers within 1e-5 of the expected value are accepted."
        )?,
        "custom" => writeln!(
            out,
            "\nSeveral answers can be right; any valid one is accepted."
        )?,
        _ => {}
    }
    writeln!(
        out,
        "\n{} {}",
        "Target:".bold(),
        problem.complexity.target()
    )?;
    report::write_questions(&mut out, &numbered, pattern, accepted, width)?;
    writeln!(
        out,
        "\n{}",
        format!(
            "Stuck? `judge hint {}` shows one hint at a time.",
            problem.slug
        )
        .dimmed()
    )?;
    Ok(exit::ACCEPTED)
}
