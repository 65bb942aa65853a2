//! Building what a run needs: the referee (one binary for the whole catalogue, which decides
//! verdicts) and, for a learner's file, the solution binary (the harness crate, which includes the
//! file as a module through `#[path]`, so only that file has to compile: a broken solution
//! elsewhere in `solutions/` does not matter). The learner's file is hashed into the glue, so a
//! file replaced by an older one (`cp -p`, a restored backup, a symlink) is rebuilt whatever its
//! mtime says. The compile of the learner's file has a time limit and the build a memory limit.
//! Builds are serialised by a lock in the target directory; the binaries are linked out under the
//! lock so that several judges can then run at once.

use std::fs::{self, File};
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use serde::Deserialize;

use crate::catalog::ProblemInfo;
use crate::exit::{Failure, Result};
use crate::glue::{self, Glue};
use crate::workspace::Workspace;

/// What a run is built around.
pub struct BuildRequest<'a> {
    pub problem: &'a ProblemInfo,
    /// The learner's file; `None` judges the problem's own reference (no solution binary).
    pub solution: Option<&'a Path>,
    pub color: bool,
    /// Say on stderr what is being built while a build takes long (a first run, or a run after
    /// a change to the judge or the problem's pattern).
    pub progress: bool,
}

pub enum Built {
    Binaries(Binaries),
    /// rustc's diagnostics, rendered, or why the compiler gave up.
    CompileError(String),
}

/// Private links to the binaries of one run, deleted when dropped.
pub struct Binaries {
    pub referee: PathBuf,
    pub solution: Option<PathBuf>,
    /// The copy of the learner's file the solution binary was compiled from (panics name it).
    pub copy: Option<PathBuf>,
}

impl Drop for Binaries {
    fn drop(&mut self) {
        let _ = fs::remove_file(&self.referee);
        if let Some(solution) = &self.solution {
            let _ = fs::remove_file(solution);
        }
    }
}

/// How long rustc may spend on the learner's file: far above what any real solution takes (well
/// under a second, a few seconds on a busy machine), and short enough that an endless `const fn`
/// ends as a Compile Error instead of a hang. `JUDGE_COMPILE_LIMIT_SECS` changes it (tests).
fn solution_compile_limit() -> Duration {
    let seconds = std::env::var("JUDGE_COMPILE_LIMIT_SECS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(90);
    Duration::from_secs(seconds)
}

/// Said under a compile error about `unsafe`.
const UNSAFE_NOTE: &str = "\n\nnote from the judge: `unsafe` code (and `#[no_mangle]`, `#[export_name]`, `#[link_section]`) is not allowed in solutions here, and `#![allow(unsafe_code)]` cannot lift that. LeetCode would accept it, but here your code runs beside the judge's measuring glue, and unsafe code could replace the C library's functions or reach memory the judge relies on. Every NeetCode problem has a safe solution at its target complexity.";

/// Address space for cargo and every rustc it starts: a runaway macro or `include_bytes!` of an
/// endless file fails here instead of taking the machine's memory.
const BUILD_ADDRESS_SPACE: u64 = 8 << 30;

#[derive(Deserialize)]
struct CargoMessage {
    reason: String,
    #[serde(default)]
    message: Option<Diagnostic>,
    #[serde(default)]
    target: Option<Target>,
    #[serde(default)]
    executable: Option<PathBuf>,
    #[serde(default)]
    success: Option<bool>,
    #[serde(default)]
    fresh: Option<bool>,
}

#[derive(Deserialize)]
struct Diagnostic {
    level: String,
    rendered: Option<String>,
}

#[derive(Deserialize)]
struct Target {
    name: String,
}

fn cargo() -> String {
    std::env::var("CARGO").unwrap_or_else(|_| "cargo".into())
}

/// The name of the per-run link of a binary: the judge's pid and a clock reading, so that a
/// later run can tell a leftover (its judge is gone) from a link in use.
fn private_link(runs: &Path, name: &str) -> PathBuf {
    let nanos = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_nanos())
        .unwrap_or(0);
    runs.join(format!("{name}-{}-{nanos}", std::process::id()))
}

/// Links (or, across file systems, copies) a built binary to a private name: cargo may replace
/// the built one while this run still uses it.
fn link_out(executable: &Path, private: &Path) -> std::io::Result<()> {
    fs::hard_link(executable, private).or_else(|_| fs::copy(executable, private).map(|_| ()))
}

/// Removes the links of runs whose judge is gone (killed with SIGKILL, say).
fn remove_leftovers(runs: &Path) {
    let Ok(entries) = fs::read_dir(runs) else {
        return;
    };
    for entry in entries.flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        let pid = name.rsplit('-').nth(1).and_then(|p| p.parse::<u32>().ok());
        if let Some(pid) = pid {
            if !Path::new(&format!("/proc/{pid}")).exists() {
                let _ = fs::remove_file(entry.path());
            }
        }
    }
}

/// A short, stable fingerprint of the learner's file, written into the glue.
fn content_hash(bytes: &[u8]) -> u64 {
    // FNV-1a: stable across Rust versions, unlike std's hasher.
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |hash, &byte| {
        (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3)
    })
}

/// What the learner sees while a build takes long: one line on stderr, rewritten in place on a
/// terminal, from the first crate cargo compiles (a warm build of the learner's file compiles
/// one crate and says nothing).
struct Progress {
    enabled: bool,
    terminal: bool,
    started: Instant,
    said: bool,
    pattern: String,
}

impl Progress {
    fn new(enabled: bool, problem: &ProblemInfo) -> Self {
        use std::io::IsTerminal;
        Progress {
            enabled,
            terminal: std::io::stderr().is_terminal(),
            started: Instant::now(),
            said: false,
            pattern: problem.pattern.clone(),
        }
    }

    /// `count` crates compiled so far, the last one `name`.
    fn compiled(&mut self, count: usize, name: &str) {
        use std::io::Write;
        // The learner's own file is the one crate of a warm run: nothing to say about it.
        // (cargo names the harness's binary target `judge-harness`.)
        if !self.enabled || (count == 1 && name.replace('-', "_") == "judge_harness") {
            return;
        }
        let mut err = std::io::stderr().lock();
        if !self.said {
            let _ = writeln!(
                err,
                "building the judge for the {} pattern (the first time takes about a minute; later runs rebuild only your file)",
                self.pattern
            );
            self.said = true;
        }
        if self.terminal {
            let _ = write!(
                err,
                "\r\x1b[2K  {:>5.1} s  {count} crates compiled, last: {name}",
                self.started.elapsed().as_secs_f64()
            );
            let _ = err.flush();
        }
    }

    fn done(&self) {
        if self.said {
            let clear = if self.terminal { "\r\x1b[2K" } else { "" };
            eprintln!(
                "{clear}  built in {:.1} s",
                self.started.elapsed().as_secs_f64()
            );
        }
    }
}

/// Where the copy of the learner's file that the solution binary is built from is written.
pub fn solution_copy(workspace: &Workspace) -> PathBuf {
    workspace.target_dir().join("judge-src").join("solution.rs")
}

/// Writes `text` to `path` unless it is there already, so that cargo rebuilds only for a change.
fn write_if_changed(path: &Path, text: &str) -> Result<()> {
    if fs::read_to_string(path).is_ok_and(|old| old == text) {
        return Ok(());
    }
    if let Some(parent) = path.parent() {
        fs::create_dir_all(parent)?;
    }
    crate::files::write_atomically(path, text)?;
    Ok(())
}

/// rustc's messages about the copy of the learner's file, told about the learner's file: its
/// path instead of the copy's, and, for a message about the judge's entry point after the file's
/// last line, what the file lacks (the method the judge calls, with LeetCode's signature).
fn about_the_learners_file(
    errors: &[String],
    copy: &Path,
    shown: &Path,
    glue: &Glue,
    problem: &ProblemInfo,
) -> String {
    let copy_text = copy.display().to_string();
    let learner_text = shown.display().to_string();
    let mut kept = Vec::new();
    let mut shape = Vec::new();
    for error in errors {
        let in_entry_point = error.match_indices(&copy_text).any(|(at, _)| {
            let line: String = error[at + copy_text.len()..]
                .trim_start_matches(':')
                .chars()
                .take_while(char::is_ascii_digit)
                .collect();
            line.parse::<usize>().is_ok_and(|l| l > glue.learner_lines)
        });
        if in_entry_point {
            // rustc's headline and its notes (expected and found types), not the lines it quotes
            // from the judge's code.
            shape.extend(
                error
                    .lines()
                    .filter(|l| {
                        let l = l.trim_start();
                        l.starts_with("error") || l.starts_with("= note") || l.starts_with("found ")
                    })
                    .map(|l| l.trim().to_string()),
            );
        } else {
            kept.push(error.replace(&copy_text, &learner_text));
        }
    }
    if !shape.is_empty() {
        let wanted = if problem.kind == "design" {
            format!(
                "`{}` with LeetCode's methods:\n    {}",
                problem.signature.trim(),
                problem.methods.join("\n    ")
            )
        } else {
            format!(
                "`impl Solution` with LeetCode's method:\n    {}",
                problem.signature.trim()
            )
        };
        kept.push(format!(
            "{}: the judge calls {wanted}\nand could not call it on your file; rustc said:\n  {}",
            learner_text,
            shape.join("\n  ")
        ));
    }
    kept.join("\n")
}

/// What one `cargo build` of the referee (and, with a glue, the solution binary) came to.
struct CargoRun {
    success: bool,
    /// rustc's error messages, rendered.
    errors: Vec<String>,
    /// The compile of the learner's code ran out of time and was killed.
    timed_out: bool,
    /// The pattern's crate was built, so the learner's code was being compiled when it failed.
    solution_was_compiling: bool,
    stderr: String,
    executables: Vec<(String, PathBuf)>,
}

/// Runs cargo for the referee of `problem`'s pattern and, when `glue_main` is given, the solution
/// binary built from it, under the memory limit, with the compile-time limit on the learner's code.
/// The caller holds the build lock.
fn run_cargo(
    workspace: &Workspace,
    problem: &ProblemInfo,
    glue_main: Option<&str>,
    color: bool,
    progress: bool,
) -> Result<CargoRun> {
    let format = if color {
        "json-diagnostic-rendered-ansi"
    } else {
        "json"
    };
    let pattern = problem.pattern_module();
    let mut features = format!("judge-referee/{pattern}");
    if glue_main.is_some() {
        features.push_str(&format!(",judge-harness/{pattern}"));
    }
    let mut command = Command::new(cargo());
    command
        .current_dir(&workspace.root)
        .args(["build", "--profile", "judge", "-p", "judge-referee"])
        .arg("--features")
        .arg(features)
        .args(["--message-format", format])
        .env("JUDGE_GLUE", glue_main.unwrap_or_default())
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    if glue_main.is_some() {
        command.args(["-p", "judge-harness"]);
    }
    judge_runner::process::limit_build(&mut command, BUILD_ADDRESS_SPACE);
    let mut child = command.spawn().map_err(|e| {
        Failure::new(format!("failed to run `{}`: {e}", cargo()))
            .help("is Rust installed? try `cargo --version`")
    })?;
    let build_pid = child.id();
    // The learner's file is compiled once the pattern's crate (`problems_<pattern>`) is built: from then on,
    // the clock of its compile runs.
    let solution_started: Arc<Mutex<Option<Instant>>> = Arc::default();
    let timed_out = Arc::new(AtomicBool::new(false));
    let stderr = child.stderr.take().expect("piped");
    let stderr_reader = std::thread::spawn(move || {
        let mut text = String::new();
        let _ = std::io::Read::read_to_string(&mut BufReader::new(stderr), &mut text);
        text
    });
    let finished = Arc::new(AtomicBool::new(false));
    let limit = solution_compile_limit();
    let watchdog = {
        let (started, timed_out, finished) = (
            Arc::clone(&solution_started),
            Arc::clone(&timed_out),
            Arc::clone(&finished),
        );
        std::thread::spawn(move || {
            while !finished.load(Ordering::SeqCst) {
                let since = *started.lock().unwrap_or_else(|e| e.into_inner());
                if since.is_some_and(|s| s.elapsed() > limit) {
                    timed_out.store(true, Ordering::SeqCst);
                    judge_runner::process::kill_with_descendants(build_pid);
                    return;
                }
                std::thread::sleep(Duration::from_millis(50));
            }
        })
    };
    let mut progress = Progress::new(progress, problem);
    let mut compiled = 0;
    let mut errors = Vec::new();
    let mut executables: Vec<(String, PathBuf)> = Vec::new();
    let mut success = false;
    for line in BufReader::new(child.stdout.take().expect("piped")).lines() {
        let line = line?;
        let Ok(message) = serde_json::from_str::<CargoMessage>(&line) else {
            continue;
        };
        match message.reason.as_str() {
            "compiler-message" => {
                if let Some(diagnostic) = message.message {
                    if diagnostic.level == "error" {
                        errors.extend(diagnostic.rendered);
                    }
                }
            }
            "compiler-artifact" => {
                if message.fresh == Some(false) {
                    compiled += 1;
                    if let Some(target) = &message.target {
                        progress.compiled(compiled, &target.name);
                    }
                }
                let is_catalogue = message
                    .target
                    .as_ref()
                    .is_some_and(|t| t.name == problem.crate_name());
                if is_catalogue && glue_main.is_some() {
                    *solution_started.lock().unwrap_or_else(|e| e.into_inner()) =
                        Some(Instant::now());
                }
                if let (Some(target), Some(executable)) = (message.target, message.executable) {
                    executables.push((target.name, executable));
                }
            }
            "build-finished" => success = message.success.unwrap_or(false),
            _ => {}
        }
    }
    let status = child.wait()?;
    progress.done();
    finished.store(true, Ordering::SeqCst);
    let _ = watchdog.join();
    let solution_was_compiling = solution_started
        .lock()
        .unwrap_or_else(|e| e.into_inner())
        .is_some();
    Ok(CargoRun {
        success: success && status.success(),
        errors,
        timed_out: timed_out.load(Ordering::SeqCst),
        solution_was_compiling,
        stderr: stderr_reader.join().unwrap_or_default(),
        executables,
    })
}

impl CargoRun {
    fn executable(&self, name: &str) -> Result<PathBuf> {
        self.executables
            .iter()
            .rev()
            .find(|(target, _)| target == name)
            .map(|(_, path)| path.clone())
            .ok_or_else(|| Failure::new(format!("cargo built {name} but did not say where it is")))
    }

    /// A failed build that is not the learner's doing.
    fn judge_failure(&self) -> Failure {
        Failure::new(format!("failed to build the judge:\n{}", self.stderr)).help(
            "check that `cargo build --profile judge -p judge-referee` works in the workspace",
        )
    }
}

/// The directory of this run's private links, cleared of other runs' leftovers.
fn runs_dir(workspace: &Workspace) -> Result<PathBuf> {
    let runs = workspace.target_dir().join("judge-runs");
    fs::create_dir_all(&runs)?;
    remove_leftovers(&runs);
    Ok(runs)
}

/// Reads the learner's file as UTF-8 text.
fn read_solution(path: &Path) -> Result<String> {
    let bytes =
        fs::read(path).map_err(|e| Failure::new(format!("cannot read {}: {e}", path.display())))?;
    String::from_utf8(bytes).map_err(|e| {
        Failure::new(format!(
            "{} is not UTF-8 text (byte {} is not)",
            path.display(),
            e.utf8_error().valid_up_to()
        ))
    })
}

/// Takes the build lock of the target directory (held until the returned file is dropped).
fn build_lock(workspace: &Workspace) -> Result<File> {
    let target = workspace.target_dir();
    fs::create_dir_all(&target)?;
    let lock = File::create(target.join("judge-harness.lock"))?;
    lock.lock()?;
    Ok(lock)
}

pub fn build(workspace: &Workspace, request: &BuildRequest<'_>) -> Result<Built> {
    let lock = build_lock(workspace)?;
    let mut main = None;
    let mut copy = None;
    if let Some(path) = request.solution {
        let text = read_solution(path)?;
        let copy_path = solution_copy(workspace);
        let glue = glue::glue(request.problem, &copy_path, &text);
        write_if_changed(&copy_path, &glue.module)?;
        main = Some(format!(
            "{}// the learner's file, content {:016x}\n",
            glue.main,
            content_hash(text.as_bytes())
        ));
        copy = Some((copy_path, path, glue));
    }
    let run = run_cargo(
        workspace,
        request.problem,
        main.as_deref(),
        request.color,
        request.progress,
    )?;
    if run.timed_out {
        return Ok(Built::CompileError(format!(
            "the compiler ran out of time on your file: it was still compiling after {} s (an endless `const fn`, or a macro that expands without end?)",
            solution_compile_limit().as_secs()
        )));
    }
    if !run.success {
        // rustc's errors are the learner's when they are about their file (its copy, with the
        // entry point after its last line) or the binary's root around it; any other is the
        // judge's own (a referee that does not build), never blamed on the learner's file.
        let about_the_solution = |e: &String| {
            copy.as_ref()
                .is_some_and(|(copy_path, _, _)| e.contains(&copy_path.display().to_string()))
                || e.contains("judge-harness")
        };
        if !run.errors.is_empty() && (copy.is_none() || run.errors.iter().any(about_the_solution)) {
            let mut text = match &copy {
                Some((copy_path, learner, glue)) => about_the_learners_file(
                    &run.errors,
                    copy_path,
                    workspace.relative(learner),
                    glue,
                    request.problem,
                ),
                None => run.errors.join("\n"),
            };
            if text.contains("unsafe_code") || text.contains("unsafe` block") {
                text.push_str(UNSAFE_NOTE);
            }
            return Ok(Built::CompileError(text));
        }
        if !run.errors.is_empty() {
            return Err(Failure::new(format!(
                "failed to build the judge (not your file):\n{}",
                run.errors.join("\n")
            ))
            .help(
                "check that `cargo build --profile judge -p judge-referee` works in the workspace",
            ));
        }
        if run.solution_was_compiling {
            let tail: Vec<&str> = run.stderr.lines().rev().take(6).collect();
            let tail: Vec<&str> = tail.into_iter().rev().collect();
            return Ok(Built::CompileError(format!(
                "the compiler gave up on your file without an error message, most likely out of memory (the build may use {} GiB): a huge `include_bytes!`, array or macro expansion?\n{}",
                BUILD_ADDRESS_SPACE >> 30,
                tail.join("\n")
            )));
        }
        return Err(run.judge_failure());
    }
    let runs = runs_dir(workspace)?;
    let referee = private_link(&runs, "referee");
    link_out(&run.executable("judge-referee")?, &referee)?;
    let mut binaries = Binaries {
        referee,
        solution: None,
        copy: copy.map(|(copy_path, _, _)| copy_path),
    };
    if request.solution.is_some() {
        let solution = private_link(&runs, "solution");
        link_out(&run.executable("judge-harness")?, &solution)?;
        binaries.solution = Some(solution);
    }
    drop(lock);
    Ok(Built::Binaries(binaries))
}

/// Builds one solution binary for `files` (all of `problems`' pattern, `problems[i]` the problem
/// of `files[i]`): one cargo run and one link instead of one per file, most of a file's build
/// being cargo's and the linker's fixed cost. When some files do not compile, the batch is built
/// again without the files rustc named; if it still fails, every file is left to [`build`].
/// Returns each file's binaries; `None` for a file to be built on its own (with [`build`], which
/// also gives its compile error in the usual words).
pub fn build_batch(
    workspace: &Workspace,
    problems: &[&ProblemInfo],
    files: &[&Path],
    color: bool,
    progress: bool,
) -> Result<Vec<Option<Binaries>>> {
    let mut binaries: Vec<Option<Binaries>> = files.iter().map(|_| None).collect();
    // `JUDGE_BATCH=0` builds every file on its own, as before batches (scripts/bench-check-all
    // compares the two).
    let Some(first) = problems
        .first()
        .filter(|_| std::env::var("JUDGE_BATCH").as_deref() != Ok("0"))
    else {
        return Ok(binaries);
    };
    let texts: Vec<Option<String>> = files.iter().map(|f| read_solution(f).ok()).collect();
    let batch_dir = workspace
        .target_dir()
        .join("judge-src")
        .join("batch")
        .join(first.pattern_module());
    let copies: Vec<PathBuf> = (0..files.len())
        .map(|i| batch_dir.join(format!("{i}.rs")))
        .collect();
    let mut included: Vec<usize> = (0..files.len()).filter(|&i| texts[i].is_some()).collect();
    let lock = build_lock(workspace)?;
    for attempt in 0..2 {
        if included.is_empty() {
            break;
        }
        let members: Vec<glue::Member<'_>> = included
            .iter()
            .map(|&i| glue::Member {
                problem: problems[i],
                copy: &copies[i],
                text: texts[i].as_deref().unwrap_or_default(),
            })
            .collect();
        let hashes: Vec<u64> = included
            .iter()
            .map(|&i| content_hash(texts[i].as_deref().unwrap_or_default().as_bytes()))
            .collect();
        let (main, glues) = glue::batch(&members, &hashes);
        for (&i, glue) in included.iter().zip(&glues) {
            write_if_changed(&copies[i], &glue.module)?;
        }
        let run = run_cargo(workspace, first, Some(&main), color, progress)?;
        if run.success {
            let runs = runs_dir(workspace)?;
            let referee = run.executable("judge-referee")?;
            let harness = run.executable("judge-harness")?;
            for (slot, &i) in included.iter().enumerate() {
                let referee_link = private_link(&runs, "referee");
                link_out(&referee, &referee_link)?;
                let solution_link = private_link(&runs, &glue::batch_name(slot));
                link_out(&harness, &solution_link)?;
                binaries[i] = Some(Binaries {
                    referee: referee_link,
                    solution: Some(solution_link),
                    copy: Some(copies[i].clone()),
                });
            }
            break;
        }
        if run.errors.is_empty() && !run.solution_was_compiling && !run.timed_out {
            return Err(run.judge_failure());
        }
        // Leave out the files rustc complained about, once; then leave everything to `build`.
        let named: Vec<usize> = included
            .iter()
            .copied()
            .filter(|&i| {
                let copy = copies[i].display().to_string();
                run.errors.iter().any(|e| e.contains(&copy))
            })
            .collect();
        if attempt == 1 || named.is_empty() || run.timed_out {
            break;
        }
        included.retain(|i| !named.contains(i));
    }
    drop(lock);
    Ok(binaries)
}
