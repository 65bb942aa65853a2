//! Running the `judge` binary as a learner would. The binary is built once per test process with
//! cargo into its own target directory (`target/judge-tests`), so that the nested cargo builds of
//! the harness never wait on the lock of the `cargo test` that runs these tests.

#![allow(dead_code)]

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::OnceLock;

pub fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("tests/ is in the workspace")
        .to_path_buf()
}

pub fn target_dir() -> PathBuf {
    root().join("target").join("judge-tests")
}

pub fn judge_binary() -> &'static Path {
    static BINARY: OnceLock<PathBuf> = OnceLock::new();
    BINARY.get_or_init(|| {
        let status = Command::new(env!("CARGO"))
            .current_dir(root())
            .args(["build", "--quiet", "--profile", "judge", "-p", "judge"])
            .env("CARGO_TARGET_DIR", target_dir())
            .status()
            .expect("cargo runs");
        assert!(status.success(), "building the judge failed");
        target_dir().join("judge").join("judge")
    })
}

/// Runs `judge` in `dir` with `args`, colors off.
pub fn judge_in(dir: &Path, args: &[&str]) -> Output {
    judge_in_with_target(dir, &target_dir(), args)
}

/// Runs `judge` in `dir`, building into `target`. A copy of the workspace whose `problems` crate
/// differs from this one's must not share a target directory with it: cargo names a path
/// dependency's artifacts by its path relative to the workspace, and decides freshness by mtime,
/// so a build of one copy can be taken as up to date for the other.
pub fn judge_in_with_target(dir: &Path, target: &Path, args: &[&str]) -> Output {
    Command::new(judge_binary())
        .current_dir(dir)
        .args(args)
        .env("CARGO_TARGET_DIR", target)
        .env("NO_COLOR", "1")
        .output()
        .expect("judge runs")
}

pub fn judge(args: &[&str]) -> Output {
    judge_in(&root(), args)
}

/// `judge run <slug> --file <file> --json`, parsed.
pub fn run_json(slug: &str, file: &Path, extra: &[&str]) -> (serde_json::Value, i32) {
    let file = file.to_str().expect("utf-8 path");
    let mut args = vec!["run", slug, "--file", file, "--json"];
    args.extend_from_slice(extra);
    let output = judge(&args);
    let stdout = String::from_utf8_lossy(&output.stdout);
    let value: serde_json::Value = serde_json::from_str(stdout.trim()).unwrap_or_else(|e| {
        panic!(
            "stdout is not one JSON object ({e}):\n{stdout}\nstderr:\n{}",
            String::from_utf8_lossy(&output.stderr)
        )
    });
    (value, output.status.code().unwrap_or(-1))
}

pub fn text(output: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    )
}

/// A minimal workspace in a temporary directory, named after the test: the problems' data and
/// patterns and the templates, and an empty solutions crate. Enough for every command that does not
/// build (`new`, `show`, `list`, `hint`, and `run` up to the build).
pub fn scratch_workspace(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("judge-cli-{name}-{}", std::process::id()));
    let _ = fs::remove_dir_all(&dir);
    copy_dir(&root().join("problems/data"), &dir.join("problems/data"));
    copy_dir(
        &root().join("problems/patterns"),
        &dir.join("problems/patterns"),
    );
    copy_dir(&root().join("templates"), &dir.join("templates"));
    fs::create_dir_all(dir.join("solutions/src")).unwrap();
    fs::write(dir.join("solutions/src/lib.rs"), "//! Solutions.\n").unwrap();
    fs::write(dir.join("Cargo.toml"), "[workspace]\n").unwrap();
    dir
}

fn copy_dir(from: &Path, to: &Path) {
    fs::create_dir_all(to).unwrap();
    let Ok(entries) = fs::read_dir(from) else {
        return;
    };
    for entry in entries {
        let path = entry.unwrap().path();
        let target = to.join(path.file_name().unwrap());
        if path.is_dir() {
            copy_dir(&path, &target);
        } else {
            fs::copy(&path, &target).unwrap();
        }
    }
}
