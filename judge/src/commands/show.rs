//! `judge show <slug>`: the problem statement, constraints, examples and signature.

use std::io::{self, Write};

use colored::Colorize;

use crate::catalog::Catalog;
use crate::cli::Output;
use crate::exit::{self, Result};
use crate::report::{self};

pub fn show(catalog: &Catalog, slug: &str, output: Output) -> Result<u8> {
    let problem = catalog.problem(slug)?;
    let pattern = catalog.patterns.get(&problem.pattern);
    if output.json {
        println!(
            "{}",
            serde_json::json!({
                "slug": problem.slug, "title": problem.title, "number": problem.number, "difficulty": problem.difficulty,
                "pattern": problem.pattern, "signature": problem.signature, "statement": problem.statement.trim(),
                "constraints": problem.constraints, "complexity": {"time": problem.complexity.time, "space": problem.complexity.space},
                "examples": problem.examples.iter().map(|e| serde_json::json!({"input": e.input, "output": e.output, "explanation": e.explanation})).collect::<Vec<_>>(),
                "pattern_questions": pattern.map(|p| p.questions.clone()).unwrap_or_default(),
                "questions": problem.questions,
            })
        );
        return Ok(exit::ACCEPTED);
    }
    let mut out = io::stdout().lock();
    writeln!(
        out,
        "{} {}  {} · {} · {}",
        format!("{}.", problem.number).dimmed(),
        problem.title.bold(),
        problem.difficulty,
        pattern
            .map_or(problem.pattern.as_str(), |p| p.name.as_str())
            .cyan(),
        problem.url().dimmed()
    )?;
    writeln!(out, "\n{}", problem.statement.trim())?;
    writeln!(out, "\n{}", "Signature".bold())?;
    writeln!(out, "  {}", problem.signature)?;
    writeln!(out, "\n{}", "Constraints".bold())?;
    for constraint in &problem.constraints {
        writeln!(out, "  • {constraint}")?;
    }
    for (i, example) in problem.examples.iter().enumerate() {
        writeln!(out, "\n{}", format!("Example {}", i + 1).bold())?;
        writeln!(out, "  input:  {}", example.input)?;
        if let Some(output) = &example.output {
            writeln!(out, "  output: {output}")?;
        }
        if let Some(explanation) = &example.explanation {
            writeln!(out, "  {}", explanation.trim().dimmed())?;
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
        "\n{} {} time, {} space",
        "Target:".bold(),
        problem.complexity.time,
        problem.complexity.space
    )?;
    report::write_questions(&mut out, problem, pattern)?;
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
