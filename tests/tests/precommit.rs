//! The pre-commit framework's view of `.pre-commit-hooks.yaml`: the hook manifest and the usage
//! example in its comment must both pass pre-commit's own validators. pre-commit comes from PyPI
//! into a virtual environment under `target/` (once); the test is skipped, saying why, only when
//! neither Python's venv nor PyPI can be reached.

mod common;

use std::fs;
use std::path::PathBuf;
use std::process::Command;

use common::root;

/// A `pre-commit` to run: the one on PATH, or one installed into `target/pre-commit-venv`.
fn pre_commit() -> Result<PathBuf, String> {
    if Command::new("pre-commit")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success())
    {
        return Ok(PathBuf::from("pre-commit"));
    }
    let venv = root().join("target/pre-commit-venv");
    let binary = venv.join("bin/pre-commit");
    if binary.exists() {
        return Ok(binary);
    }
    let created = Command::new("python3")
        .args(["-m", "venv"])
        .arg(&venv)
        .output()
        .map_err(|e| format!("python3 is not available ({e})"))?;
    if !created.status.success() {
        return Err(format!(
            "python3 -m venv failed: {}",
            String::from_utf8_lossy(&created.stderr)
        ));
    }
    let installed = Command::new(venv.join("bin/pip"))
        .args(["install", "--quiet", "pre-commit"])
        .output()
        .map_err(|e| format!("pip did not run ({e})"))?;
    if !installed.status.success() {
        let _ = fs::remove_dir_all(&venv);
        return Err(format!(
            "pip could not install pre-commit (offline?): {}",
            String::from_utf8_lossy(&installed.stderr)
        ));
    }
    Ok(binary)
}

/// The usage example: the comment lines of the manifest between its first blank comment line and
/// the next one, uncommented.
fn usage_example(manifest: &str) -> String {
    let comments: Vec<&str> = manifest
        .lines()
        .take_while(|l| l.starts_with('#'))
        .map(|l| l.strip_prefix('#').unwrap_or(l))
        .collect();
    let start = comments
        .iter()
        .position(|l| l.trim().is_empty())
        .expect("a blank comment line opens the example")
        + 1;
    let end = start
        + comments[start..]
            .iter()
            .position(|l| l.trim().is_empty())
            .expect("a blank comment line closes the example");
    comments[start..end]
        .iter()
        .map(|l| l.strip_prefix("  ").unwrap_or(l))
        .collect::<Vec<_>>()
        .join("\n")
        + "\n"
}

#[test]
fn the_hook_manifest_and_its_usage_example_pass_pre_commits_validators() {
    let pre_commit = match pre_commit() {
        Ok(binary) => binary,
        Err(why) => {
            eprintln!("SKIPPED: pre-commit is not available: {why}");
            return;
        }
    };
    let manifest_path = root().join(".pre-commit-hooks.yaml");
    let manifest = fs::read_to_string(&manifest_path).unwrap();
    let example = usage_example(&manifest);
    assert!(example.contains("repo: local"), "{example}");

    let dir = std::env::temp_dir().join(format!("judge-precommit-{}", std::process::id()));
    fs::create_dir_all(&dir).unwrap();
    let config = dir.join(".pre-commit-config.yaml");
    fs::write(&config, &example).unwrap();
    for (what, args) in [
        (
            "the usage example",
            vec!["validate-config".into(), config.clone()],
        ),
        (
            "the manifest",
            vec!["validate-manifest".into(), manifest_path.clone()],
        ),
    ] {
        let output = Command::new(&pre_commit)
            .args(&args)
            .output()
            .expect("pre-commit runs");
        assert!(
            output.status.success(),
            "pre-commit rejects {what}:\n{example}\n{}{}",
            String::from_utf8_lossy(&output.stdout),
            String::from_utf8_lossy(&output.stderr)
        );
    }
    // The validator has teeth: the old example (a local hook with only an id) is refused.
    fs::write(
        &config,
        "repos:\n  - repo: local\n    hooks: [{id: judge-check}]\n",
    )
    .unwrap();
    let output = Command::new(&pre_commit)
        .arg("validate-config")
        .arg(&config)
        .output()
        .unwrap();
    assert!(!output.status.success());
    fs::remove_dir_all(dir).unwrap();
}
