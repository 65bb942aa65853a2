//! `judge new --problem <slug>`: scaffolds a new problem's data and code from `templates/`,
//! prefilled from the catalogue of NeetCode 150 facts (`problems/catalogue.toml`), and registers
//! the module so that it builds at once. Until the author fills it in, its tests and
//! `judge verify` fail.

use std::fs;
use std::path::Path;

use colored::Colorize;
use judge_core::suggest::did_you_mean;

use crate::catalog::{catalogue_facts, catalogue_path, pattern_module, Catalog};
use crate::exit::{self, Failure, Result};
use crate::files;
use crate::glue::parse_method;
use crate::workspace::Workspace;

/// `3sum` -> `three_sum`; `two-sum` -> `two_sum`.
pub fn module_name(slug: &str) -> String {
    let snake = slug.replace('-', "_");
    let words = [
        "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
    ];
    match snake.chars().next().and_then(|c| c.to_digit(10)) {
        Some(digit) => format!(
            "{}_{}",
            words[digit as usize],
            snake[1..].trim_start_matches('_')
        ),
        None => snake,
    }
}

pub fn new_problem(workspace: &Workspace, catalog: &Catalog, slug: &str) -> Result<u8> {
    if catalog.slugs().any(|s| s == slug) {
        return Err(Failure::new(format!("the problem `{slug}` already exists"))
            .help(format!("`judge verify {slug}` checks it")));
    }
    let facts_path = catalogue_path(workspace);
    let facts = catalogue_facts(workspace)?;
    let Some(fact) = facts.iter().find(|f| f.slug == slug) else {
        let failure = Failure::new(format!(
            "`{slug}` is not in {}",
            workspace.relative(&facts_path).display()
        ));
        return Err(
            match did_you_mean(slug, facts.iter().map(|f| f.slug.as_str())) {
                Some(close) => failure.help(format!("did you mean `{close}`?")),
                None => failure.help("add its facts to the catalogue first"),
            },
        );
    };
    if fact.kind != "function" {
        return Err(Failure::new(format!(
            "`{slug}` is a {} problem; scaffold it by hand after problems/stack/src/min_stack.rs",
            fact.kind
        )));
    }
    let pattern = fact.pattern_id().ok_or_else(|| {
        Failure::new(format!(
            "unknown pattern `{}` in the catalogue",
            fact.pattern
        ))
    })?;
    let pm = pattern_module(pattern);
    let module = module_name(slug);
    let method = parse_method(&fact.signature)
        .ok_or_else(|| Failure::new(format!("cannot read the signature `{}`", fact.signature)))?;
    let returns = if method.returns.is_empty() {
        "()".to_string()
    } else {
        method.returns.clone()
    };
    let fields: String = method
        .parameters
        .iter()
        .map(|(n, t)| format!("    pub {n}: {t},\n"))
        .collect();
    let fill = |template: &str| {
        template
            .replace("{{title}}", &fact.title)
            .replace("{{number}}", &fact.number.to_string())
            .replace("{{slug}}", slug)
            .replace("{{difficulty}}", &fact.difficulty)
            .replace("{{pattern}}", pattern)
            .replace("{{pattern_module}}", &pm)
            .replace("{{module}}", &module)
            .replace("{{signature}}", &fact.signature)
            .replace("{{fields}}", fields.trim_end())
            .replace(
                "{{parameters}}",
                &method
                    .parameters
                    .iter()
                    .map(|(n, t)| format!("{n}: {t}"))
                    .collect::<Vec<_>>()
                    .join(", "),
            )
            .replace(
                "{{types}}",
                &method
                    .parameters
                    .iter()
                    .map(|(_, t)| t.clone())
                    .collect::<Vec<_>>()
                    .join(", "),
            )
            .replace(
                "{{names}}",
                &method
                    .parameters
                    .iter()
                    .map(|(n, _)| format!("{n:?}"))
                    .collect::<Vec<_>>()
                    .join(", "),
            )
            .replace(
                "{{arguments}}",
                &method
                    .parameters
                    .iter()
                    .map(|(n, _)| format!("input.{n}"))
                    .collect::<Vec<_>>()
                    .join(", "),
            )
            .replace("{{returns}}", &returns)
    };
    let read_template = |name: &str| {
        let path = workspace.templates_dir().join(name);
        fs::read_to_string(&path)
            .map_err(|e| Failure::new(format!("cannot read {}: {e}", path.display())))
    };
    let problems = workspace.root.join("problems");
    // The pattern's crate (problems/<pattern>/) holds the code; it exists for all 18 patterns.
    let code = problems.join(&pm).join("src").join(format!("{module}.rs"));
    let data = problems
        .join("data")
        .join(&pm)
        .join(format!("{module}.toml"));
    for path in [&code, &data] {
        if path.exists() {
            return Err(Failure::new(format!(
                "{} already exists; it was left as it is",
                workspace.relative(path).display()
            )));
        }
    }
    files::create_new(&code, &fill(&read_template("problem.rs")?))?;
    files::create_new(&data, &fill(&read_template("problem.toml")?))?;
    let submissions = workspace.submissions_dir(&pm, &module);
    fs::create_dir_all(&submissions)?;
    register(
        &problems.join(&pm).join("src").join("lib.rs"),
        &module,
        &format!("//! {}.", fact.pattern),
    )?;
    println!("{} problem `{slug}`:", "scaffolded".green().bold());
    for path in [&code, &data, &submissions] {
        println!("  {}", workspace.relative(path).display());
    }
    println!("fill in every TODO and todo!(), add submissions, then: judge verify {slug}");
    Ok(exit::ACCEPTED)
}

fn register(file: &Path, name: &str, header: &str) -> Result<()> {
    let text = fs::read_to_string(file).unwrap_or_else(|_| format!("{header}\n"));
    let line = format!("pub mod {name};");
    if text.lines().any(|l| l.trim() == line) {
        return Ok(());
    }
    let mut text = text;
    if !text.ends_with('\n') {
        text.push('\n');
    }
    text.push_str(&line);
    text.push('\n');
    files::write_atomically(file, &text)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn modules_are_identifiers() {
        assert_eq!(module_name("3sum"), "three_sum");
        assert_eq!(module_name("two-sum"), "two_sum");
    }
}
