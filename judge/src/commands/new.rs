//! `judge new <slug>`: scaffolds a solution file from `templates/` and registers its module.

use std::fs;
use std::path::Path;

use colored::Colorize;

use crate::catalog::{Catalog, ProblemInfo};
use crate::cli::Output;
use crate::exit::{self, Failure, Result};
use crate::files;
use crate::practice::record::SittingKind;
use crate::questions;
use crate::workspace::Workspace;

/// The template for a problem's solution file, with its placeholders filled in: LeetCode's
/// `impl Solution` method for a function problem, LeetCode's struct and methods for a design
/// problem, each body a `todo!()` that compiles.
pub fn scaffold(workspace: &Workspace, catalog: &Catalog, problem: &ProblemInfo) -> Result<String> {
    let design = problem.kind == "design";
    let template_path =
        workspace
            .templates_dir()
            .join(if design { "design.rs" } else { "function.rs" });
    let template = fs::read_to_string(&template_path)
        .map_err(|e| Failure::new(format!("cannot read {}: {e}", template_path.display())))?;
    let pattern = catalog.patterns.get(&problem.pattern);
    let pattern_name = pattern.map_or(problem.pattern.clone(), |p| p.name.clone());
    let questions = questions::file_block(problem, pattern, 100);
    let mut text = template;
    if design {
        let class = problem.class_name().ok_or_else(|| {
            Failure::new(format!(
                "{}: the design problem's signature `{}` is not `struct Name`",
                problem.slug, problem.signature
            ))
        })?;
        let methods = problem
            .methods
            .iter()
            .map(|method| {
                format!(
                    "    {} {{\n        todo!(\"write {}\")\n    }}",
                    method.trim(),
                    method
                        .split('(')
                        .next()
                        .unwrap_or(method)
                        .trim()
                        .trim_start_matches("pub ")
                        .trim_start_matches("fn ")
                )
            })
            .collect::<Vec<_>>()
            .join("\n\n");
        text = text
            .replace("{{class}}", class)
            .replace("{{methods}}", &methods);
    }
    Ok(text
        .replace("{{uses}}", &node_uses(problem))
        .replace("{{title}}", &problem.title)
        .replace("{{number}}.", &problem.label())
        .replace("{{difficulty}}", &problem.difficulty)
        .replace("{{pattern}}", &pattern_name)
        .replace("{{slug}}", &problem.slug)
        .replace("{{url}}", &problem.url())
        .replace("{{time}}", &problem.complexity.time)
        .replace("{{space}}", &problem.complexity.space)
        .replace("{{signature}}", problem.signature.trim())
        .replace("{{questions}}", &questions))
}

/// For a problem whose signature names `ListNode` or `TreeNode`: the line that brings LeetCode's
/// definitions into the file in the solutions crate (`solutions/src/leetcode.rs`), and for trees the
/// `use` lines LeetCode's own template has above `impl Solution`.
/// The node types the problem's signature names, LeetCode's and the judge's own.
fn node_names(problem: &ProblemInfo) -> Vec<&'static str> {
    let words: Vec<&str> = std::iter::once(problem.signature.as_str())
        .chain(problem.methods.iter().map(String::as_str))
        .flat_map(|text| text.split(|c: char| !(c.is_alphanumeric() || c == '_')))
        .collect();
    [
        "GraphNode",
        "ListNode",
        "Node",
        "SharedListNode",
        "TreeNode",
    ]
    .into_iter()
    .filter(|name| words.contains(name))
    .collect()
}

fn node_uses(problem: &ProblemInfo) -> String {
    let names = node_names(problem);
    let mut text = match names.as_slice() {
        [] => return String::new(),
        [one] => format!("use crate::{one};"),
        many => format!("use crate::{{{}}};", many.join(", ")),
    };
    text.push_str(if names.iter().any(|n| matches!(*n, "Node" | "SharedListNode" | "GraphNode")) {
        " // the judge's own type (LeetCode has no Rust template here), supplied by `judge run`\n"
    } else {
        " // LeetCode's definition, supplied by LeetCode and by `judge run`\n"
    });
    if names.iter().any(|n| *n != "ListNode") {
        text.push_str("use std::cell::RefCell;\nuse std::rc::Rc;\n");
    }
    text.push('\n');
    text
}

/// Adds `pub mod <name>;` to a module file, creating it with `header` if needed. Atomic.
fn register_module(file: &Path, name: &str, header: &str) -> Result<bool> {
    add_line(file, &format!("pub mod {name};"), header)
}

/// Adds `line` to the end of a module file unless it is there, creating the file with `header`
/// if needed. Atomic.
fn add_line(file: &Path, line: &str, header: &str) -> Result<bool> {
    let text = if file.exists() {
        fs::read_to_string(file)?
    } else {
        format!("{header}\n")
    };
    if text.lines().any(|l| l.trim() == line) {
        return Ok(false);
    }
    let mut text = text;
    if !text.ends_with('\n') {
        text.push('\n');
    }
    text.push_str(line);
    text.push('\n');
    files::write_atomically(file, &text)?;
    Ok(true)
}

/// Gives the solutions crate LeetCode's `ListNode` and `TreeNode` at its root (`crate::ListNode`),
/// from `templates/leetcode.rs`, unless it has them: a scaffolded list or tree problem uses them;
/// and for a problem on the judge's own `Node` or `SharedListNode`, those too, from
/// `templates/judge_types.rs`, and `GraphNode` from `templates/judge_graph.rs` (files and lines of
/// their own, so that a crate scaffolded by an older judge only gains lines).
fn provide_node_types(workspace: &Workspace, problem: &ProblemInfo) -> Result<()> {
    let file = workspace.solutions_src().join("leetcode.rs");
    if !file.exists() {
        let template = workspace.templates_dir().join("leetcode.rs");
        let text = fs::read_to_string(&template)
            .map_err(|e| Failure::new(format!("cannot read {}: {e}", template.display())))?;
        files::create_new(&file, &text)?;
    }
    let lib = workspace.solutions_src().join("lib.rs");
    let header = "//! Your solutions, one module per pattern. `judge new` adds the lines here.";
    add_line(&lib, "mod leetcode;", header)?;
    add_line(&lib, "pub use leetcode::{ListNode, TreeNode};", header)?;
    let names = node_names(problem);
    if names.contains(&"Node") || names.contains(&"SharedListNode") {
        let file = workspace.solutions_src().join("judge_types.rs");
        if !file.exists() {
            let template = workspace.templates_dir().join("judge_types.rs");
            let text = fs::read_to_string(&template)
                .map_err(|e| Failure::new(format!("cannot read {}: {e}", template.display())))?;
            files::create_new(&file, &text)?;
        }
        add_line(&lib, "mod judge_types;", header)?;
        add_line(&lib, "pub use judge_types::{Node, SharedListNode};", header)?;
    }
    // The graph node came later, in a file of its own, so that a crate that already has
    // `judge_types.rs` gains it without a line of that file changing.
    if names.contains(&"GraphNode") {
        let file = workspace.solutions_src().join("judge_graph.rs");
        if !file.exists() {
            let template = workspace.templates_dir().join("judge_graph.rs");
            let text = fs::read_to_string(&template)
                .map_err(|e| Failure::new(format!("cannot read {}: {e}", template.display())))?;
            files::create_new(&file, &text)?;
        }
        add_line(&lib, "mod judge_graph;", header)?;
        add_line(&lib, "pub use judge_graph::GraphNode;", header)?;
    }
    Ok(())
}

pub fn new(
    workspace: &Workspace,
    catalog: &Catalog,
    slug: &str,
    force: bool,
    output: Output,
) -> Result<u8> {
    let problem = catalog.problem(slug)?;
    // A broken state file stops here, before any file is written.
    crate::progress::Progress::load(&crate::progress::path(workspace))?;
    let path = workspace.solution_file(&problem.pattern_module(), &problem.module);
    let shown = workspace.relative(&path).display().to_string();
    let contents = scaffold(workspace, catalog, problem)?;
    let mut backup = None;
    if path.exists() {
        if !force {
            return Err(Failure::new(format!("{shown} already exists; it was left as it is"))
                .help(format!("judge it with `judge run {}`, or pass --force to start over (a backup is kept)", problem.slug)));
        }
        backup = Some(files::back_up(&path)?);
        files::write_atomically(&path, &contents)?;
    } else {
        files::create_new(&path, &contents)
            .map_err(|e| Failure::new(format!("cannot create {shown}: {e}")))?;
    }
    // The sitting starts now: the judge's rating counts the time from here to Accepted.
    let now = crate::clock::now()?;
    crate::progress::Progress::update(&crate::progress::path(workspace), |p| {
        let kind = if p.review.iter().any(|r| r.item == problem.slug) {
            SittingKind::Review
        } else {
            SittingKind::New
        };
        let kept = backup
            .as_ref()
            .map(|b| workspace.relative(b).display().to_string());
        p.open_sitting(&problem.slug, kind, now, kept);
    })?;
    if !node_uses(problem).is_empty() {
        provide_node_types(workspace, problem)?;
    }
    let pattern_module = problem.pattern_module();
    register_module(
        &workspace.solutions_src().join("lib.rs"),
        &pattern_module,
        "//! Your solutions, one module per pattern. `judge new` adds the lines here.",
    )?;
    register_module(
        &workspace
            .solutions_src()
            .join(&pattern_module)
            .join("mod.rs"),
        &problem.module,
        &format!("//! Your solutions to the {} problems.", problem.pattern),
    )?;
    if output.json {
        println!(
            "{}",
            serde_json::json!({"slug": problem.slug, "path": shown, "backup": backup.map(|b| workspace.relative(&b).display().to_string())})
        );
    } else {
        if let Some(backup) = backup {
            println!(
                "{} the old file is saved as {}",
                "kept".cyan(),
                workspace.relative(&backup).display()
            );
        }
        println!("{} {shown}", "created".green().bold());
        println!("  read the problem: judge show {}", problem.slug);
        println!("  judge your code:  judge run {}", problem.slug);
    }
    Ok(exit::ACCEPTED)
}
