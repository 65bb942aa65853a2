//! `judge check`: the pre-commit check. Judges what is about to be committed (the blobs staged in
//! git's index, copied to private files, so the learner's working tree is never read or touched),
//! or every solution (`--all`), or the given files. Builds one at a time (they share a target
//! directory) and runs in parallel; verdicts stay trustworthy because time limits are on CPU time.

use std::collections::VecDeque;
use std::fs;
use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::Mutex;

use colored::Colorize;
use judge_core::Verdict;

use crate::build::{build_batch, Binaries};
use crate::catalog::{Catalog, ProblemInfo};
use crate::cli::Output;
use crate::exit::{self, Failure, Result};
use crate::judging::{judge_in_batch, random_seed, RunOptions};
use crate::report::verdict_label;
use crate::workspace::Workspace;

/// What to check.
pub enum Selection {
    Staged,
    All,
    Files(Vec<PathBuf>),
}

/// One solution to judge: the problem, the file as the learner knows it, and the file judged.
struct Job<'a> {
    problem: &'a ProblemInfo,
    shown: String,
    judged: PathBuf,
}

/// The problem a path `solutions/src/<pattern>/<module>.rs` belongs to.
fn problem_for<'a>(
    catalog: &'a Catalog,
    workspace: &Workspace,
    path: &Path,
) -> Option<&'a ProblemInfo> {
    let relative = path.strip_prefix(&workspace.root).unwrap_or(path);
    let parts: Vec<&str> = relative.iter().filter_map(|p| p.to_str()).collect();
    let ["solutions", "src", pattern, file] = parts.as_slice() else {
        return None;
    };
    let module = file.strip_suffix(".rs")?;
    catalog
        .problems
        .iter()
        .map(|(_, p)| p)
        .find(|p| p.pattern_module() == *pattern && p.module == module)
}

fn git(workspace: &Workspace, args: &[&str]) -> Result<Vec<u8>> {
    let output = Command::new("git")
        .current_dir(&workspace.root)
        .args(args)
        .output()
        .map_err(|e| Failure::new(format!("failed to run git: {e}")).help("is git installed?"))?;
    if !output.status.success() {
        return Err(Failure::new(format!("`git {}` failed: {}", args.join(" "), String::from_utf8_lossy(&output.stderr).trim()))
            .help("`judge check` without arguments judges the staged solutions of a git repository; `judge check --all` works anywhere"));
    }
    Ok(output.stdout)
}

fn jobs<'a>(
    workspace: &Workspace,
    catalog: &'a Catalog,
    selection: &Selection,
) -> Result<Vec<Job<'a>>> {
    let mut jobs = Vec::new();
    match selection {
        Selection::All => {
            for (_, problem) in &catalog.problems {
                let path = workspace.solution_file(&problem.pattern_module(), &problem.module);
                if path.is_file() {
                    jobs.push(Job {
                        problem,
                        shown: workspace.relative(&path).display().to_string(),
                        judged: path,
                    });
                }
            }
        }
        Selection::Files(files) => {
            let cwd = std::env::current_dir()?;
            for file in files {
                let path = cwd.join(file);
                let path = path
                    .canonicalize()
                    .map_err(|e| Failure::new(format!("{}: {e}", file.display())))?;
                // Module files and anything else that is not a solution are skipped, as pre-commit passes them too.
                if let Some(problem) = problem_for(catalog, workspace, &path) {
                    jobs.push(Job {
                        problem,
                        shown: workspace.relative(&path).display().to_string(),
                        judged: path,
                    });
                }
            }
        }
        Selection::Staged => {
            let listed = git(
                workspace,
                &[
                    "diff",
                    "--cached",
                    "--name-only",
                    "--diff-filter=ACMR",
                    "-z",
                ],
            )?;
            let scratch = workspace
                .target_dir()
                .join("judge-check")
                .join(std::process::id().to_string());
            for name in listed.split(|b| *b == 0).filter(|n| !n.is_empty()) {
                let name = String::from_utf8_lossy(name).into_owned();
                let Some(problem) = problem_for(catalog, workspace, &workspace.root.join(&name))
                else {
                    continue;
                };
                // The staged blob, not the working tree: what will be committed is what is judged.
                let blob = git(workspace, &["show", &format!(":{name}")])?;
                let judged = scratch.join(format!("{}.rs", problem.module));
                fs::create_dir_all(&scratch)?;
                fs::write(&judged, blob)?;
                jobs.push(Job {
                    problem,
                    shown: name,
                    judged,
                });
            }
        }
    }
    Ok(jobs)
}

/// Builds the solution binaries of the jobs, one build per pattern with two files or more (a
/// file that does not compile there, or alone in its pattern, is built when it is judged).
fn build_in_batches(
    workspace: &Workspace,
    jobs: &[Job<'_>],
    color: bool,
    progress: bool,
) -> Result<Vec<Option<Binaries>>> {
    let mut prebuilt: Vec<Option<Binaries>> = jobs.iter().map(|_| None).collect();
    let mut patterns: Vec<String> = jobs.iter().map(|j| j.problem.pattern_module()).collect();
    patterns.dedup();
    patterns.sort();
    patterns.dedup();
    for pattern in patterns {
        let members: Vec<usize> = (0..jobs.len())
            .filter(|&i| jobs[i].problem.pattern_module() == pattern)
            .collect();
        if members.len() < 2 {
            continue;
        }
        if progress {
            eprintln!(
                "{}",
                format!(
                    "  building {} solutions of {pattern} together",
                    members.len()
                )
                .dimmed()
            );
        }
        let problems: Vec<&ProblemInfo> = members.iter().map(|&i| jobs[i].problem).collect();
        let files: Vec<&Path> = members.iter().map(|&i| jobs[i].judged.as_path()).collect();
        let batch = build_batch(workspace, &problems, &files, color, progress)?;
        for (&i, binaries) in members.iter().zip(batch) {
            prebuilt[i] = binaries;
        }
    }
    Ok(prebuilt)
}

struct Row {
    slug: String,
    file: String,
    verdict: Verdict,
    detail: String,
    seconds: f64,
}

pub fn check(
    workspace: &Workspace,
    catalog: &Catalog,
    selection: Selection,
    output: Output,
) -> Result<u8> {
    let jobs = jobs(workspace, catalog, &selection)?;
    if jobs.is_empty() {
        if output.json {
            println!(
                "{}",
                serde_json::json!({"verdict": "accepted", "checked": 0, "results": []})
            );
        } else {
            println!("{}", "no solutions to check".dimmed());
        }
        return Ok(exit::ACCEPTED);
    }
    let total = jobs.len();
    let show_progress = !output.json && total > 3 && std::io::stderr().is_terminal();
    let prebuilt = build_in_batches(workspace, &jobs, output.color, show_progress)?;
    let queue = Mutex::new(
        jobs.into_iter()
            .zip(prebuilt)
            .enumerate()
            .collect::<VecDeque<_>>(),
    );
    let rows: Mutex<Vec<(usize, Row)>> = Mutex::new(Vec::new());
    let errors: Mutex<Vec<Failure>> = Mutex::new(Vec::new());
    let workers = std::thread::available_parallelism()
        .map_or(2, |n| n.get())
        .min(total);
    let seed = random_seed();
    std::thread::scope(|scope| {
        for _ in 0..workers {
            scope.spawn(|| loop {
                let Some((index, (job, binaries))) = queue.lock().expect("queue").pop_front()
                else {
                    break;
                };
                let options = RunOptions {
                    seed,
                    cases: 1000,
                    stress: true,
                };
                match judge_in_batch(
                    workspace,
                    job.problem,
                    &job.judged,
                    binaries,
                    &options,
                    output.color,
                ) {
                    Ok(judged) => {
                        let detail = judged
                            .judgement
                            .failure
                            .as_ref()
                            .map(|f| format!("{}: {}", f.label, f.message))
                            .or(judged.judgement.message.clone())
                            .or(judged
                                .compile_errors
                                .as_ref()
                                .and_then(|e| e.lines().next().map(String::from)))
                            .unwrap_or_default();
                        let row = Row {
                            slug: job.problem.slug.clone(),
                            file: job.shown,
                            verdict: judged.judgement.verdict,
                            detail,
                            seconds: judged.wall_seconds,
                        };
                        let mut rows = rows.lock().expect("rows");
                        rows.push((index, row));
                        if show_progress {
                            let done = rows.len();
                            let filled = done * 24 / total;
                            eprint!(
                                "\r  checking [{}{}] {done}/{total}",
                                "#".repeat(filled),
                                ".".repeat(24 - filled)
                            );
                            let _ = std::io::stderr().flush();
                        }
                    }
                    Err(failure) => errors.lock().expect("errors").push(failure),
                }
            });
        }
    });
    if show_progress {
        eprintln!();
    }
    if let Some(failure) = errors.into_inner().expect("errors").into_iter().next() {
        return Err(failure);
    }
    let mut rows = rows.into_inner().expect("rows");
    rows.sort_by_key(|(index, _)| *index);
    let accepted = rows
        .iter()
        .filter(|(_, r)| r.verdict == Verdict::Accepted)
        .count();
    if output.json {
        let results: Vec<_> = rows
            .iter()
            .map(|(_, r)| serde_json::json!({"slug": r.slug, "file": r.file, "verdict": r.verdict.as_str(), "message": r.detail, "seconds": r.seconds}))
            .collect();
        let verdict = if accepted == rows.len() {
            "accepted"
        } else {
            "rejected"
        };
        println!(
            "{}",
            serde_json::json!({"verdict": verdict, "checked": rows.len(), "accepted": accepted, "results": results})
        );
    } else {
        for (_, row) in &rows {
            let verdict = format!("{:<21}", row.verdict.title());
            let verdict = if row.verdict == Verdict::Accepted {
                verdict.green().bold()
            } else {
                verdict.red().bold()
            };
            println!(
                "{verdict} {:<46} {:>6.2} s  {}",
                row.slug,
                row.seconds,
                row.file.dimmed()
            );
            if row.verdict != Verdict::Accepted && !row.detail.is_empty() {
                // At most two lines of the reason, wrapped under the slug.
                let width = crate::wrap::width().saturating_sub(22);
                let lines = crate::wrap::wrap(&row.detail, width);
                for (i, line) in lines.iter().take(2).enumerate() {
                    let line = if i == 1 && lines.len() > 2 {
                        crate::wrap::cut(&format!("{line} …"), width)
                    } else {
                        line.clone()
                    };
                    println!("{:<22}{}", "", line.dimmed());
                }
            }
        }
        let summary = format!("{accepted} of {} solutions", rows.len());
        if accepted == rows.len() {
            println!("{} {summary}", verdict_label(Verdict::Accepted));
        } else {
            println!(
                "{} {summary}; `judge run <slug>` shows the details",
                "check failed:".red().bold()
            );
            if matches!(selection, Selection::Staged) {
                println!(
                    "{}",
                    "to commit anyway, once: git commit --no-verify".dimmed()
                );
            }
        }
    }
    Ok(if accepted == rows.len() {
        exit::ACCEPTED
    } else {
        exit::REJECTED
    })
}
