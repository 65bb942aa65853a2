//! Building the harness around one learner's file. The harness crate includes the file as a module
//! (`#[path]`), so only that file has to compile: a broken solution elsewhere in `solutions/` does not
//! matter. Builds are serialised by a lock in the target directory; the binary is copied out under
//! the lock so that several judges can then run at once.

use std::fs::{self, File};
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{SystemTime, UNIX_EPOCH};

use serde::Deserialize;

use crate::exit::{Failure, Result};
use crate::workspace::Workspace;

/// What the harness is built around.
pub struct BuildRequest<'a> {
    /// The learner's file; `None` builds around the problem's own reference.
    pub solution: Option<&'a Path>,
    /// The Rust glue the harness includes (see `glue.rs`).
    pub glue: String,
    pub color: bool,
}

pub enum Built {
    /// A private copy of the harness binary, deleted when dropped.
    Harness(Harness),
    /// rustc's diagnostics, rendered.
    CompileError(String),
}

pub struct Harness {
    pub path: PathBuf,
}

impl Drop for Harness {
    fn drop(&mut self) {
        let _ = fs::remove_file(&self.path);
    }
}

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

pub fn build(workspace: &Workspace, request: &BuildRequest<'_>) -> Result<Built> {
    let target = workspace.target_dir();
    fs::create_dir_all(&target)?;
    let lock = File::create(target.join("judge-harness.lock"))?;
    lock.lock()?;
    let format = if request.color {
        "json-diagnostic-rendered-ansi"
    } else {
        "json"
    };
    let mut command = Command::new(cargo());
    command
        .current_dir(&workspace.root)
        .args([
            "build",
            "--profile",
            "judge",
            "-p",
            "judge-harness",
            "--message-format",
            format,
        ])
        .env("JUDGE_GLUE", &request.glue)
        .env_remove("JUDGE_ENTRY")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    match request.solution {
        Some(path) => command.env("JUDGE_SOLUTION", path),
        None => command.env_remove("JUDGE_SOLUTION"),
    };
    let mut child = command.spawn().map_err(|e| {
        Failure::new(format!("failed to run `{}`: {e}", cargo()))
            .help("is Rust installed? try `cargo --version`")
    })?;
    let stderr = child.stderr.take().expect("piped");
    let stderr_reader = std::thread::spawn(move || {
        let mut text = String::new();
        let _ = std::io::Read::read_to_string(&mut BufReader::new(stderr), &mut text);
        text
    });
    let mut errors = Vec::new();
    let mut executable = None;
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
            "compiler-artifact" if message.target.is_some_and(|t| t.name == "judge-harness") => {
                executable = message.executable.or(executable);
            }
            "build-finished" => success = message.success.unwrap_or(false),
            _ => {}
        }
    }
    let status = child.wait()?;
    let cargo_stderr = stderr_reader.join().unwrap_or_default();
    if !success || !status.success() {
        if errors.is_empty() {
            return Err(Failure::new(format!("failed to build the harness:\n{cargo_stderr}"))
                .help("check that `cargo build --profile judge -p judge-harness` works in the workspace"));
        }
        return Ok(Built::CompileError(errors.join("\n")));
    }
    let executable = executable
        .ok_or_else(|| Failure::new("cargo built the harness but did not say where it is"))?;
    let runs = target.join("judge-runs");
    fs::create_dir_all(&runs)?;
    let nanos = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_nanos())
        .unwrap_or(0);
    let private = runs.join(format!("harness-{}-{nanos}", std::process::id()));
    fs::copy(&executable, &private)?;
    drop(lock);
    Ok(Built::Harness(Harness { path: private }))
}
