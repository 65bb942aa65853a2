//! The commands: each resolves what it was asked into paths and data, then calls the builder, the
//! runner and the reporter.

use std::fs;
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use colored::Colorize;
use judge_core::decide::{decide, Judgement};
use judge_core::format::duration_text;
use judge_core::pace::PacePolicy;
use judge_core::protocol::{Event, FixtureCase, Phase, RunRequest};
use judge_core::Verdict;

use crate::build::{self, BuildRequest, Built};
use crate::catalog::{pattern_module, Catalog, ProblemInfo, PATTERN_IDS};
use crate::cli::{Cmd, HookAction, Output};
use crate::exit::{self, Failure, Result};
use crate::files;
use crate::process::{self, Backstops};
use crate::progress::{self, Progress, Status};
use crate::regressions;
use crate::report::{self, RunReport};
use crate::workspace::Workspace;

pub fn dispatch(command: &Cmd, output: Output) -> Result<u8> {
    let workspace = Workspace::find(&std::env::current_dir()?)?;
    let catalog = Catalog::load(&workspace)?;
    match command {
        Cmd::Run {
            slug,
            file,
            seed,
            cases,
            no_stress,
        } => {
            let options = RunOptions {
                seed: seed.unwrap_or_else(random_seed),
                cases: *cases,
                stress: !no_stress,
            };
            run(
                &workspace,
                &catalog,
                slug,
                file.as_deref(),
                &options,
                output,
            )
        }
        Cmd::New {
            slug,
            problem: true,
            ..
        } => crate::author::new_problem(&workspace, &catalog, slug),
        Cmd::New { slug, force, .. } => new(&workspace, &catalog, slug, *force, output),
        Cmd::Show { slug } => show(&catalog, slug, output),
        Cmd::List { pattern } => list(&workspace, &catalog, pattern.as_deref(), output),
        Cmd::Check { all, files } => {
            let selection = match (all, files.is_empty()) {
                (true, _) => crate::check::Selection::All,
                (false, false) => crate::check::Selection::Files(files.clone()),
                (false, true) => crate::check::Selection::Staged,
            };
            crate::check::check(&workspace, &catalog, selection, output)
        }
        Cmd::Hook { action } => match action {
            HookAction::Install { force } => crate::hook::install(&workspace, *force),
            HookAction::Uninstall => crate::hook::uninstall(&workspace),
        },
        Cmd::Hint { slug } => hint(&workspace, &catalog, slug, output),
        Cmd::Pattern { id } => pattern(&workspace, &catalog, id, output),
        Cmd::Verify { slug, all } => verify(&workspace, &catalog, slug.as_deref(), *all, output),
    }
}

pub struct RunOptions {
    pub seed: u64,
    pub cases: u32,
    pub stress: bool,
}

pub fn random_seed() -> u64 {
    let nanos = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_nanos() as u64)
        .unwrap_or(0);
    (nanos ^ (u64::from(std::process::id()) << 32)) % 1_000_000_000
}

fn today() -> String {
    let days = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs() / 86_400)
        .unwrap_or(0) as i64;
    // Civil date from days since 1970-01-01 (Howard Hinnant's algorithm).
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!("{year:04}-{month:02}-{day:02}")
}

fn fixtures(workspace: &Workspace, problem: &ProblemInfo) -> Result<Vec<FixtureCase>> {
    let mut cases = Vec::new();
    let regression_path = workspace.regressions_file(&problem.slug);
    for (i, case) in regressions::load(&regression_path)?
        .cases
        .iter()
        .enumerate()
    {
        cases.push(FixtureCase {
            phase: Phase::Regression,
            label: format!(
                "regression case {} (solutions/regressions/{}.toml)",
                i + 1,
                problem.slug
            ),
            input: case.input.clone(),
            expected: None,
        });
    }
    for (i, example) in problem.examples.iter().enumerate() {
        cases.push(FixtureCase {
            phase: Phase::Fixture,
            label: format!("example {}", i + 1),
            input: example.input.clone(),
            expected: example.output.clone(),
        });
    }
    for (i, edge) in problem.edges.iter().enumerate() {
        let name = edge.name.clone().unwrap_or_else(|| format!("{}", i + 1));
        cases.push(FixtureCase {
            phase: Phase::Fixture,
            label: format!("edge case \"{name}\""),
            input: edge.input.clone(),
            expected: edge.output.clone(),
        });
    }
    Ok(cases)
}

/// The outcome of building and running one file.
pub struct Judged {
    pub judgement: Judgement,
    pub compile_errors: Option<String>,
    pub timings: Vec<(judge_core::pace::Timing, u64)>,
    pub printed: String,
    pub wall_seconds: f64,
    /// Protections the operating system could not give this run.
    pub unprotected: Vec<String>,
}

/// Builds the referee and the solution binary around `solution` (or judges the reference itself)
/// and runs the referee.
pub fn judge_file(
    workspace: &Workspace,
    problem: &ProblemInfo,
    solution: Option<&Path>,
    options: &RunOptions,
    verify: bool,
    color: bool,
) -> Result<Judged> {
    let glue = crate::glue::glue(problem, solution);
    let started = std::time::Instant::now();
    let binaries = match build::build(
        workspace,
        &BuildRequest {
            solution,
            glue,
            color,
        },
    )? {
        Built::CompileError(errors) => {
            return Ok(Judged {
                judgement: Judgement {
                    verdict: Verdict::CompileError,
                    passed: 0,
                    total: 0,
                    failure: None,
                    message: None,
                },
                compile_errors: Some(errors),
                timings: Vec::new(),
                printed: String::new(),
                wall_seconds: started.elapsed().as_secs_f64(),
                unprotected: Vec::new(),
            })
        }
        Built::Binaries(binaries) => binaries,
    };
    let ratio_cap = problem
        .judge
        .ratio_cap
        .unwrap_or(PacePolicy::default().ratio_cap);
    let request = RunRequest {
        seed: options.seed,
        fixtures: fixtures(workspace, problem)?,
        property_cases: options.cases,
        shrink_time_ms: 3000,
        stress: options.stress,
        case_cpu_limit_ms: 2000,
        memory_limit_bytes: 256 << 20,
        pace: PacePolicy {
            ratio_cap,
            ..PacePolicy::default()
        },
        verify,
        solver: binaries
            .solution
            .as_ref()
            .map(|p| p.to_string_lossy().into_owned()),
    };
    // Every case has its own CPU and idle limits in the referee; these only catch a referee that
    // itself went wrong.
    let backstops = Backstops {
        wall_clock: Duration::from_secs(600),
        cpu_seconds: 600,
        address_space_bytes: 8 << 30,
    };
    let key = format!("{}::{}", problem.pattern_module(), problem.module);
    let outcome = process::run(&binaries.referee, &key, &request, &backstops)?;
    if let Some(message) = outcome.events.iter().find_map(|e| match e {
        Event::SolverEnded { message, .. } if !message.is_empty() => Some(message.clone()),
        _ => None,
    }) {
        return Err(Failure::new(format!("could not judge: {message}")));
    }
    if let Some(message) = outcome.events.iter().find_map(|e| match e {
        Event::InvalidData { message } => Some(message.clone()),
        _ => None,
    }) {
        return Err(Failure::new(format!(
            "the data of `{}` is not usable: {message}",
            problem.slug
        ))
        .help(format!(
            "fix problems/data/{}/{}.toml or the problem's code",
            problem.pattern_module(),
            problem.module
        )));
    }
    let judgement = decide(&outcome.events, &outcome.termination, &outcome.printed_tail);
    let timings = outcome
        .events
        .iter()
        .filter_map(|e| match e {
            Event::Timing { timing, limit_ns } => Some((timing.clone(), *limit_ns)),
            _ => None,
        })
        .collect();
    Ok(Judged {
        judgement,
        compile_errors: None,
        timings,
        printed: outcome.printed_head,
        wall_seconds: started.elapsed().as_secs_f64(),
        unprotected: outcome
            .events
            .iter()
            .filter_map(|e| match e {
                Event::Unprotected { missing } => Some(missing.clone()),
                _ => None,
            })
            .flatten()
            .collect(),
    })
}

fn solution_path(
    workspace: &Workspace,
    problem: &ProblemInfo,
    file: Option<&Path>,
) -> Result<PathBuf> {
    let path = match file {
        Some(file) => std::env::current_dir()?.join(file),
        None => workspace.solution_file(&problem.pattern_module(), &problem.module),
    };
    if !path.is_file() {
        let shown = workspace.relative(&path).display().to_string();
        return Err(match file {
            Some(_) => Failure::new(format!("no file at {shown}")),
            None => Failure::new(format!(
                "no solution for `{}` yet ({shown} does not exist)",
                problem.slug
            ))
            .help(format!("run `judge new {}` to create it", problem.slug)),
        });
    }
    Ok(path)
}

/// The questions in a solution file (lines `// A1:` ...) that have no answer after them.
pub fn unanswered_questions(text: &str) -> Vec<String> {
    let lines: Vec<&str> = text.lines().collect();
    let mut unanswered = Vec::new();
    for (i, line) in lines.iter().enumerate() {
        let trimmed = line.trim();
        if let Some(rest) = trimmed.strip_prefix("// A") {
            if let Some((_, answer)) = rest.split_once(':') {
                let continued = lines.get(i + 1).is_some_and(|next| {
                    let next = next.trim();
                    next.starts_with("//")
                        && !next.starts_with("// Q")
                        && !next.starts_with("// A")
                        && next.len() > 3
                });
                if answer.trim().is_empty() && !continued {
                    let question = lines[..i]
                        .iter()
                        .rev()
                        .find(|l| l.trim().starts_with("// Q"))
                        .map(|l| l.trim().trim_start_matches("// ").to_string());
                    unanswered.push(question.unwrap_or_else(|| trimmed.to_string()));
                }
            }
        }
    }
    unanswered
}

fn run(
    workspace: &Workspace,
    catalog: &Catalog,
    slug: &str,
    file: Option<&Path>,
    options: &RunOptions,
    output: Output,
) -> Result<u8> {
    let problem = catalog.problem(slug)?;
    let path = solution_path(workspace, problem, file)?;
    // The learner's state files are read before judging, so that a broken one stops the run
    // before its verdict is computed and then could not be recorded.
    let state = progress::path(workspace);
    if file.is_none() {
        Progress::load(&state)?;
    }
    let regression_file = workspace.regressions_file(&problem.slug);
    regressions::check(&regression_file, problem)?;
    let judged = judge_file(
        workspace,
        problem,
        Some(&path),
        options,
        false,
        output.color,
    )
    .map_err(|failure| regressions::blame_if_theirs(failure, &regression_file))?;
    let mut regression_saved = None;
    if let Some(failure) = &judged.judgement.failure {
        if failure.phase == Phase::Property
            && failure.input_is_complete
            && judged.judgement.verdict != Verdict::Accepted
        {
            let file = workspace.regressions_file(&problem.slug);
            let found = format!(
                "{}, seed {}, {}",
                today(),
                options.seed,
                judged.judgement.verdict.as_str()
            );
            if regressions::add(&file, &failure.input, found)? {
                regression_saved = Some(workspace.relative(&file).display().to_string());
            }
        }
    }
    if file.is_none() {
        let accepted = judged.judgement.verdict == Verdict::Accepted;
        Progress::update(&state, |p| p.record_run(&problem.slug, accepted, &today()))?;
    }
    let unanswered = fs::read_to_string(&path)
        .map(|t| unanswered_questions(&t))
        .unwrap_or_default();
    let report = RunReport {
        problem,
        pattern: catalog.patterns.get(&problem.pattern),
        judgement: judged.judgement,
        seed: options.seed,
        file: workspace.relative(&path).display().to_string(),
        compile_errors: judged.compile_errors,
        timings: judged.timings,
        printed: judged.printed,
        regression_saved,
        wall_seconds: judged.wall_seconds,
        unprotected: judged.unprotected,
        unanswered,
    };
    let mut out = io::stdout().lock();
    if output.json {
        writeln!(out, "{}", report::json_report(&report))?;
    } else {
        report::human_report(&mut out, &report)?;
    }
    Ok(if report.judgement.verdict == Verdict::Accepted {
        exit::ACCEPTED
    } else {
        exit::REJECTED
    })
}

/// The template for a problem's solution file, with its placeholders filled in.
pub fn scaffold(workspace: &Workspace, catalog: &Catalog, problem: &ProblemInfo) -> Result<String> {
    let template_path = workspace.templates_dir().join("function.rs");
    let template = fs::read_to_string(&template_path)
        .map_err(|e| Failure::new(format!("cannot read {}: {e}", template_path.display())))?;
    let mut questions = String::new();
    let mut number = 0;
    let pattern = catalog.patterns.get(&problem.pattern);
    let pattern_questions = pattern.map(|p| p.questions.clone()).unwrap_or_default();
    let pattern_name = pattern.map_or(problem.pattern.clone(), |p| p.name.clone());
    for (source, question) in pattern_questions
        .iter()
        .map(|q| (pattern_name.as_str(), q))
        .chain(problem.questions.iter().map(|q| ("this problem", q)))
    {
        number += 1;
        questions.push_str(&format!(
            "// Q{number} ({source}): {question}\n// A{number}:\n//\n"
        ));
    }
    let signature = problem.signature.trim();
    Ok(template
        .replace("{{title}}", &problem.title)
        .replace("{{number}}", &problem.number.to_string())
        .replace("{{difficulty}}", &problem.difficulty)
        .replace("{{pattern}}", &pattern_name)
        .replace("{{slug}}", &problem.slug)
        .replace("{{url}}", &problem.url())
        .replace("{{time}}", &problem.complexity.time)
        .replace("{{space}}", &problem.complexity.space)
        .replace("{{signature}}", signature)
        .replace("{{questions}}", questions.trim_end()))
}

/// Adds `pub mod <name>;` to a module file, creating it with `header` if needed. Atomic.
fn register_module(file: &Path, name: &str, header: &str) -> Result<bool> {
    let text = if file.exists() {
        fs::read_to_string(file)?
    } else {
        format!("{header}\n")
    };
    let line = format!("pub mod {name};");
    if text.lines().any(|l| l.trim() == line) {
        return Ok(false);
    }
    let mut text = text;
    if !text.ends_with('\n') {
        text.push('\n');
    }
    text.push_str(&line);
    text.push('\n');
    files::write_atomically(file, &text)?;
    Ok(true)
}

fn new(
    workspace: &Workspace,
    catalog: &Catalog,
    slug: &str,
    force: bool,
    output: Output,
) -> Result<u8> {
    let problem = catalog.problem(slug)?;
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

fn show(catalog: &Catalog, slug: &str, output: Output) -> Result<u8> {
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

fn progress_bar(done: usize, total: usize) -> String {
    const WIDTH: usize = 20;
    let filled = (done * WIDTH).checked_div(total).unwrap_or(0);
    format!(
        "[{}{}] {done}/{total}",
        "#".repeat(filled),
        ".".repeat(WIDTH - filled)
    )
}

fn list(
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
    if output.json {
        let items: Vec<_> = rows
            .iter()
            .map(|(p, status)| {
                let record = progress.get(&p.slug);
                serde_json::json!({"slug": p.slug, "title": p.title, "difficulty": p.difficulty, "pattern": p.pattern,
                    "status": status.as_str(), "attempts": record.attempts, "hints": record.hints})
            })
            .collect();
        println!("{}", serde_json::json!({"problems": items}));
        return Ok(exit::ACCEPTED);
    }
    let mut out = io::stdout().lock();
    let accepted = rows.iter().filter(|(_, s)| *s == Status::Accepted).count();
    writeln!(
        out,
        "{} {}",
        "overall".bold(),
        progress_bar(accepted, rows.len())
    )?;
    for id in PATTERN_IDS {
        let in_pattern: Vec<_> = rows.iter().filter(|(p, _)| p.pattern == id).collect();
        if in_pattern.is_empty() {
            continue;
        }
        let name = catalog.patterns.get(id).map_or(id, |p| p.name.as_str());
        let done = in_pattern
            .iter()
            .filter(|(_, s)| *s == Status::Accepted)
            .count();
        writeln!(
            out,
            "\n{:<28} {}",
            name.bold().cyan(),
            progress_bar(done, in_pattern.len()).dimmed()
        )?;
        for (problem, status) in in_pattern {
            let difficulty = match problem.difficulty.as_str() {
                "Easy" => problem.difficulty.green(),
                "Medium" => problem.difficulty.yellow(),
                _ => problem.difficulty.red(),
            };
            let mark = match status {
                Status::Accepted => "✓".green().bold(),
                Status::Attempted => "…".yellow(),
                Status::NotStarted => " ".normal(),
            };
            writeln!(
                out,
                "  {mark} {:<50} {:<8} {}",
                problem.slug,
                difficulty,
                status.as_str().dimmed()
            )?;
        }
    }
    Ok(exit::ACCEPTED)
}

fn hint(workspace: &Workspace, catalog: &Catalog, slug: &str, output: Output) -> Result<u8> {
    let problem = catalog.problem(slug)?;
    if problem.hints.is_empty() {
        return Err(Failure::new(format!("`{}` has no hints", problem.slug)));
    }
    let taken = Progress::update(&progress::path(workspace), |p| {
        let taken = p.get(&problem.slug).hints as usize;
        if taken < problem.hints.len() {
            p.record_hint(&problem.slug);
        }
        taken
    })?;
    let index = taken.min(problem.hints.len() - 1);
    let hint = &problem.hints[index];
    if output.json {
        println!(
            "{}",
            serde_json::json!({"slug": problem.slug, "hint": index + 1, "of": problem.hints.len(), "text": hint})
        );
    } else {
        println!(
            "{} {}/{}: {hint}",
            "hint".cyan().bold(),
            index + 1,
            problem.hints.len()
        );
        if index + 1 == problem.hints.len() {
            println!(
                "{}",
                format!(
                    "that was the last hint; the target is {} time, {} space",
                    problem.complexity.time, problem.complexity.space
                )
                .dimmed()
            );
        } else {
            println!(
                "{}",
                format!("`judge hint {}` again for the next one", problem.slug).dimmed()
            );
        }
    }
    Ok(exit::ACCEPTED)
}

fn pattern(workspace: &Workspace, catalog: &Catalog, id: &str, output: Output) -> Result<u8> {
    let page = catalog.pattern(id)?;
    let progress = Progress::load(&progress::path(workspace))?;
    if output.json {
        let problems: Vec<_> = page.problems.iter().map(|slug| serde_json::json!({"slug": slug, "status": progress.get(slug).status.as_str()})).collect();
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
    writeln!(out, "\n{}", page.summary.trim())?;
    let section = |out: &mut io::StdoutLock<'_>, title: &str, items: &[String]| -> io::Result<()> {
        writeln!(out, "\n{}", title.bold())?;
        for item in items {
            writeln!(out, "  • {item}")?;
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
        progress_bar(done, page.problems.len()).dimmed()
    )?;
    for slug in &page.problems {
        let available = catalog.problems.iter().any(|(_, p)| &p.slug == slug);
        let status = progress.get(slug).status;
        let note = if available {
            status.as_str().to_string()
        } else {
            "not in this judge yet".into()
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

/// Why a verdict about speed was reached with too little margin to be trusted on another machine:
/// an accepted submission within half of the limit, or a too-slow one under twice the limit.
fn too_close_to_the_limit(expected: Verdict, judged: &Judged) -> Option<String> {
    match (expected, judged.judgement.verdict) {
        (Verdict::Accepted, Verdict::Accepted) => judged.timings.iter().find_map(|(timing, limit)| {
            let used = timing.solution_large_ns?;
            (used * 2 > *limit).then(|| {
                format!(
                    "too close to the limit: {} a call on \"{}\" where the limit is {}; raise ratio_cap or speed up the reference",
                    duration_text(used),
                    timing.family,
                    duration_text(*limit)
                )
            })
        }),
        (Verdict::TimeLimitExceeded, Verdict::TimeLimitExceeded) => {
            let failure = judged.judgement.failure.as_ref()?;
            let timing = judged.timings.iter().find(|(t, _)| failure.label.contains(&format!("\"{}\"", t.family)))?;
            let used = timing.0.solution_large_ns?;
            // Confirmed in alternating rounds (both processes share the caches), a quadratic
            // two-sum or an n log n median lands 1.8x over: 1.5x is the margin that holds.
            (used * 2 < timing.1 * 3).then(|| {
                format!(
                    "too close to the limit: the slow submission took {} a call where the limit is {}; it should be at least 1.5 times over",
                    duration_text(used),
                    duration_text(timing.1)
                )
            })
        }
        _ => None,
    }
}

fn verify(
    workspace: &Workspace,
    catalog: &Catalog,
    slug: Option<&str>,
    all: bool,
    output: Output,
) -> Result<u8> {
    let problems: Vec<&ProblemInfo> = match (slug, all) {
        (Some(slug), _) => vec![catalog.problem(slug)?],
        (None, true) => catalog.problems.iter().map(|(_, p)| p).collect(),
        (None, false) => {
            return Err(Failure::new("say which problem to verify")
                .help("judge verify <slug>, or judge verify --all"))
        }
    };
    let mut failures = Vec::new();
    let mut results = Vec::new();
    for problem in problems {
        let options = RunOptions {
            seed: random_seed(),
            cases: 1000,
            stress: true,
        };
        let mut check = |what: String, expected: Verdict, judged: Result<Judged>| {
            let (got, detail) = match &judged {
                Ok(judged) => {
                    let detail = judged
                        .judgement
                        .failure
                        .as_ref()
                        .map(|f| f.message.clone())
                        .or(judged.judgement.message.clone())
                        .or(judged.compile_errors.clone())
                        .unwrap_or_default();
                    (judged.judgement.verdict.as_str(), detail)
                }
                Err(failure) => ("invalid_data", failure.message.clone()),
            };
            let margin = judged
                .as_ref()
                .ok()
                .and_then(|j| too_close_to_the_limit(expected, j));
            let ok = got == expected.as_str() && margin.is_none();
            if !output.json {
                let mark = if ok {
                    "ok".green().bold()
                } else {
                    "FAILED".red().bold()
                };
                println!("{mark:>6}  {:<34} {what}: {got}", problem.slug);
                if let Some(margin) = &margin {
                    println!("        {margin}");
                } else if !ok {
                    println!("        expected {}; {detail}", expected.as_str());
                }
            }
            results.push(serde_json::json!({"slug": problem.slug, "what": what, "expected": expected.as_str(), "got": got, "ok": ok, "message": margin.clone().unwrap_or(detail)}));
            if !ok {
                failures.push(format!(
                    "{}: {what} got {got} instead of {}",
                    problem.slug,
                    expected.as_str()
                ));
            }
        };
        let judged = judge_file(workspace, problem, None, &options, true, output.color);
        check(
            "reference against the oracle, constraints of every input".into(),
            Verdict::Accepted,
            judged,
        );
        let dir = workspace.submissions_dir(&problem.pattern_module(), &problem.module);
        for submission in &problem.submissions {
            let expected = Verdict::parse(&submission.verdict).ok_or_else(|| {
                Failure::new(format!(
                    "{}: submission {} names an unknown verdict `{}`",
                    problem.slug, submission.file, submission.verdict
                ))
            })?;
            let path = dir.join(&submission.file);
            let judged = if path.is_file() {
                judge_file(
                    workspace,
                    problem,
                    Some(&path),
                    &options,
                    false,
                    output.color,
                )
            } else {
                Err(Failure::new(format!(
                    "the submission {} does not exist",
                    workspace.relative(&path).display()
                )))
            };
            check(
                format!("submission {} ({})", submission.file, submission.why),
                expected,
                judged,
            );
        }
    }
    if output.json {
        println!(
            "{}",
            serde_json::json!({"ok": failures.is_empty(), "results": results})
        );
    } else if failures.is_empty() {
        println!("{}", "every problem verified".green().bold());
    } else {
        println!("{} {} failed:", "verify:".red().bold(), failures.len());
        for failure in &failures {
            println!("  {failure}");
        }
    }
    Ok(if failures.is_empty() {
        exit::ACCEPTED
    } else {
        exit::REJECTED
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unanswered_questions_are_found() {
        let text = "// Q1 (x): why?\n// A1:\n//\n// Q2 (x): how?\n// A2: because\n// Q3 (y): what?\n// A3:\n// it is a deque\n";
        let unanswered = unanswered_questions(text);
        assert_eq!(unanswered, vec!["Q1 (x): why?".to_string()]);
    }

    #[test]
    fn dates_are_civil() {
        assert_eq!(today().len(), 10);
    }
}
