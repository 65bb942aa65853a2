//! The judging pipeline that run, check and verify share: the fixtures a run is given, building the
//! binaries, running the referee, and turning its events into a judgement.

use std::fs;
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use judge_core::decide::{decide, Judgement};
use judge_core::pace::PacePolicy;
use judge_core::protocol::{Event, FixtureCase, Phase, RunRequest};
use judge_core::Verdict;

use crate::build::{self, Binaries, BuildRequest, Built};
use crate::catalog::ProblemInfo;
use crate::exit::{Failure, Result};
use crate::process::{self, Backstops};
use crate::regressions;
use crate::workspace::Workspace;

pub struct RunOptions {
    pub seed: u64,
    pub cases: u32,
    pub stress: bool,
}

/// How many random cases a run has unless asked otherwise.
pub const DEFAULT_CASES: u32 = 1000;

impl RunOptions {
    /// A full run: every default random case and the stress cases. Only a full run's Accepted is
    /// recorded as Accepted.
    pub fn is_full(&self) -> bool {
        self.stress && self.cases >= DEFAULT_CASES
    }
}

pub fn random_seed() -> u64 {
    let nanos = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_nanos() as u64)
        .unwrap_or(0);
    (nanos ^ (u64::from(std::process::id()) << 32)) % 1_000_000_000
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
    /// Seconds of judging, after the build.
    pub wall_seconds: f64,
    /// Seconds of building the binaries.
    pub build_seconds: f64,
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
    progress: bool,
) -> Result<Judged> {
    let started = std::time::Instant::now();
    let binaries = match build::build(
        workspace,
        &BuildRequest {
            problem,
            solution,
            color,
            progress,
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
                wall_seconds: 0.0,
                build_seconds: started.elapsed().as_secs_f64(),
                unprotected: Vec::new(),
            })
        }
        Built::Binaries(binaries) => binaries,
    };
    let build_seconds = started.elapsed().as_secs_f64();
    judge_built(
        workspace,
        problem,
        solution,
        &binaries,
        options,
        verify,
        build_seconds,
    )
}

/// Judges `solution` (or the reference) with binaries built beforehand, e.g. in a batch: the file
/// is taken from the batch when it compiled there, and built on its own otherwise.
pub fn judge_in_batch(
    workspace: &Workspace,
    problem: &ProblemInfo,
    solution: &Path,
    prebuilt: Option<Binaries>,
    options: &RunOptions,
    color: bool,
) -> Result<Judged> {
    match prebuilt {
        Some(binaries) => judge_built(
            workspace,
            problem,
            Some(solution),
            &binaries,
            options,
            false,
            0.0,
        ),
        None => judge_file(
            workspace,
            problem,
            Some(solution),
            options,
            false,
            color,
            false,
        ),
    }
}

/// Runs the referee with built binaries and turns its events into a judgement.
fn judge_built(
    workspace: &Workspace,
    problem: &ProblemInfo,
    solution: Option<&Path>,
    binaries: &Binaries,
    options: &RunOptions,
    verify: bool,
    build_seconds: f64,
) -> Result<Judged> {
    let started = std::time::Instant::now();
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
    let mut judgement = decide(&outcome.events, &outcome.termination, &outcome.printed_tail);
    // A panic's location is in the copy of the learner's file (same lines): name their file.
    if let (Some(failure), Some(path), Some(copy)) =
        (judgement.failure.as_mut(), solution, &binaries.copy)
    {
        let lines = fs::read_to_string(path).map_or(0, |t| t.lines().count());
        failure.message = panic_location_in_their_file(
            &failure.message,
            &copy.display().to_string(),
            &workspace.relative(path).display().to_string(),
            lines,
        );
    }
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
        printed: without_judge_noise(&outcome.printed_head),
        wall_seconds: started.elapsed().as_secs_f64(),
        build_seconds,
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

pub fn solution_path(
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

/// `message` with the copy's path replaced by the learner's (`shown`); a location past the
/// file's last line is in the judge's own entry point, which the learner cannot act on: dropped.
fn panic_location_in_their_file(message: &str, copy: &str, shown: &str, lines: usize) -> String {
    let Some(at) = message.find(copy) else {
        return message.to_string();
    };
    let rest = &message[at + copy.len()..];
    let line: String = rest
        .trim_start_matches(':')
        .chars()
        .take_while(char::is_ascii_digit)
        .collect();
    if line.parse::<usize>().is_ok_and(|l| l > lines) {
        let end = rest
            .find(char::is_whitespace)
            .map_or(message.len(), |i| at + copy.len() + i);
        let before = message[..at].trim_end().trim_end_matches(" at").trim_end();
        return format!("{before}{}", &message[end..]);
    }
    message.replace(copy, shown)
}

/// The questions in a solution file (lines `// A1:` ...) that have no answer after them.
/// What the learner's code printed, without what the referee itself printed on the same stream:
/// proptest writes "proptest: Aborting shrinking after ..." on its stderr whenever it stops
/// shrinking, whatever its configuration, and the solution process inherits that stderr.
fn without_judge_noise(printed: &str) -> String {
    if !printed.contains("proptest: ") {
        return printed.to_string();
    }
    printed
        .split_inclusive('\n')
        .filter(|line| !line.starts_with("proptest: Aborting shrinking after"))
        .collect()
}

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
                    // The question's line and the lines it was wrapped onto, up to the `A` line.
                    let question = lines[..i]
                        .iter()
                        .rposition(|l| l.trim().starts_with("// Q"))
                        .map(|start| {
                            lines[start..i]
                                .iter()
                                .map(|l| l.trim().trim_start_matches("//").trim())
                                .collect::<Vec<_>>()
                                .join(" ")
                        });
                    unanswered.push(question.unwrap_or_else(|| trimmed.to_string()));
                }
            }
        }
    }
    unanswered
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_panic_is_placed_in_the_learners_file() {
        let copy = "/w/target/judge-src/solution.rs";
        assert_eq!(
            panic_location_in_their_file(
                "panicked: index out of bounds at /w/target/judge-src/solution.rs:12:9",
                copy,
                "solutions/src/x.rs",
                40
            ),
            "panicked: index out of bounds at solutions/src/x.rs:12:9"
        );
        assert_eq!(
            panic_location_in_their_file(
                "panicked: keep the values at /w/target/judge-src/solution.rs:81:5",
                copy,
                "solutions/src/x.rs",
                40
            ),
            "panicked: keep the values"
        );
        assert_eq!(
            panic_location_in_their_file("no location", copy, "x", 1),
            "no location"
        );
    }

    #[test]
    fn unanswered_questions_are_found() {
        let text = "// Q1 (x): why?\n// A1:\n//\n// Q2 (x): how?\n// A2: because\n// Q3 (y): what?\n// A3:\n// it is a deque\n";
        let unanswered = unanswered_questions(text);
        assert_eq!(unanswered, vec!["Q1 (x): why?".to_string()]);
        let wrapped = "// Q7 (this problem): why is it\n//     so?\n// A7:\n//\n";
        assert_eq!(
            unanswered_questions(wrapped),
            ["Q7 (this problem): why is it so?"]
        );
    }

    #[test]
    fn proptest_noise_is_not_the_learners_output() {
        let printed = "debug 1\nproptest: Aborting shrinking after 12 iterations (set the PROPTEST_MAX_SHRINK_ITERS environment variable or ProptestConfig.max_shrink_iters to a large(r) value to shrink more; current configuration: 12 iterations)\ndebug 2\n";
        assert_eq!(without_judge_noise(printed), "debug 1\ndebug 2\n");
    }
}
