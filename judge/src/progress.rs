//! The learner's progress: `solutions/progress.toml`, a plain text file to commit and diff. For each
//! problem: its status, how many runs, how many hints were taken, and the dates of the first and
//! last accepted runs.
//!
//! Nothing in it is lost:
//! - every change is a read-modify-write under an exclusive lock on `solutions/.progress.lock`
//!   ([`Progress::update`]), so two judges running at once both count;
//! - it is written atomically (a temporary file renamed over the old one), so an interrupted run
//!   leaves the previous version whole;
//! - every save also writes the same text to `solutions/.progress.toml.last`; if `progress.toml`
//!   vanishes, the next command restores it from that copy and says so on stderr;
//! - a hand-edit that breaks it is reported with its file, line and column, never silently reset.

use std::collections::BTreeMap;
use std::fs::{self, File};
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::catalog::read_toml;
use crate::exit::{Failure, Result};
use crate::files::{back_up, write_atomically};
use crate::workspace::Workspace;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Status {
    #[default]
    NotStarted,
    Attempted,
    Accepted,
}

impl Status {
    pub fn as_str(self) -> &'static str {
        match self {
            Status::NotStarted => "not started",
            Status::Attempted => "attempted",
            Status::Accepted => "accepted",
        }
    }
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ProblemProgress {
    #[serde(default)]
    pub status: Status,
    #[serde(default)]
    pub attempts: u32,
    #[serde(default)]
    pub hints: u32,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub first_accepted: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_accepted: Option<String>,
}

#[derive(Debug, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Progress {
    #[serde(default)]
    pub format_version: u32,
    /// Keyed by slug.
    #[serde(default)]
    pub problem: BTreeMap<String, ProblemProgress>,
}

const HEADER: &str =
    "# Your progress, kept by `judge`. Commit it if you like; edit it by hand if you must.\n\n";

pub fn path(workspace: &Workspace) -> PathBuf {
    workspace.root.join("solutions").join("progress.toml")
}

/// The copy of `path` written at every save: `.progress.toml.last` beside it.
pub fn last_copy(path: &Path) -> PathBuf {
    path.with_file_name(format!(".{}.last", file_name(path)))
}

/// The lock every change takes: `.progress.lock` beside it.
fn lock_file(path: &Path) -> PathBuf {
    let stem = path.file_stem().and_then(|n| n.to_str()).unwrap_or("state");
    path.with_file_name(format!(".{stem}.lock"))
}

fn file_name(path: &Path) -> &str {
    path.file_name().and_then(|n| n.to_str()).unwrap_or("state")
}

/// Takes the exclusive lock on `path`'s lock file, held until the returned file is dropped (the OS
/// releases it if the process dies, so a killed judge never leaves it held).
fn lock(path: &Path) -> Result<File> {
    let lock_path = lock_file(path);
    if let Some(dir) = lock_path.parent() {
        fs::create_dir_all(dir)?;
    }
    let file = File::options()
        .create(true)
        .truncate(false)
        .write(true)
        .open(&lock_path)
        .map_err(|e| Failure::new(format!("cannot open {}: {e}", lock_path.display())))?;
    file.lock()
        .map_err(|e| Failure::new(format!("cannot lock {}: {e}", lock_path.display())))?;
    Ok(file)
}

impl Progress {
    fn fresh() -> Progress {
        Progress {
            format_version: 1,
            ..Progress::default()
        }
    }

    /// Reads the progress at `path`: empty when there has never been any, restored from its last
    /// copy (with a warning) when the file vanished, an error naming file, line and column when it
    /// does not read.
    pub fn load(path: &Path) -> Result<Progress> {
        if !path.exists() && last_copy(path).exists() {
            let _locked = lock(path)?;
            return Self::load_locked(path);
        }
        Self::read(path)
    }

    /// Reads the progress, changes it with `change` and saves it, all under the lock, so that a
    /// concurrent judge's change is neither lost nor overwritten. Nothing is written if `change`
    /// changed nothing.
    pub fn update<T>(path: &Path, change: impl FnOnce(&mut Progress) -> T) -> Result<T> {
        let _locked = lock(path)?;
        let mut progress = Self::load_locked(path)?;
        let before = progress.to_text()?;
        let result = change(&mut progress);
        let after = progress.to_text()?;
        if after != before || !path.exists() {
            write_atomically(path, &after)?;
            write_atomically(&last_copy(path), &after)?;
        }
        Ok(result)
    }

    /// [`Progress::load`] for a caller that holds the lock.
    fn load_locked(path: &Path) -> Result<Progress> {
        if !path.exists() {
            if let Some(progress) = restore(path)? {
                return Ok(progress);
            }
        }
        Self::read(path)
    }

    fn read(path: &Path) -> Result<Progress> {
        if !path.exists() {
            return Ok(Progress::fresh());
        }
        read_toml(path).map_err(|f| {
            let last = last_copy(path);
            let help = if last.exists() {
                format!(
                    "fix it, or go back to the last copy judge saved: cp {} {} (your solutions are not in it)",
                    last.display(),
                    path.display()
                )
            } else {
                format!(
                    "fix or delete {} (your solutions are not in it)",
                    path.display()
                )
            };
            Failure::new(format!("your progress file does not read: {}", f.message)).help(help)
        })
    }

    fn to_text(&self) -> Result<String> {
        let body = toml::to_string(self)
            .map_err(|e| Failure::new(format!("cannot write progress: {e}")))?;
        Ok(format!("{HEADER}{body}"))
    }

    pub fn get(&self, slug: &str) -> ProblemProgress {
        self.problem.get(slug).cloned().unwrap_or_default()
    }

    /// Records a judged run.
    pub fn record_run(&mut self, slug: &str, accepted: bool, today: &str) {
        self.format_version = 1;
        let entry = self.problem.entry(slug.to_string()).or_default();
        entry.attempts += 1;
        if accepted {
            entry.status = Status::Accepted;
            entry
                .first_accepted
                .get_or_insert_with(|| today.to_string());
            entry.last_accepted = Some(today.to_string());
        } else if entry.status != Status::Accepted {
            entry.status = Status::Attempted;
        }
    }

    /// Records a hint taken; returns how many were taken in all.
    pub fn record_hint(&mut self, slug: &str) -> u32 {
        self.format_version = 1;
        let entry = self.problem.entry(slug.to_string()).or_default();
        entry.hints += 1;
        entry.hints
    }
}

/// `path` is gone but was saved before (its last copy is there): puts the last copy back and
/// warns, or, if the copy does not read either, keeps the copy aside and warns that the history
/// starts afresh. The caller holds the lock. `None` when there is nothing to restore.
fn restore(path: &Path) -> Result<Option<Progress>> {
    let last = last_copy(path);
    if !last.exists() {
        return Ok(None);
    }
    match read_toml::<Progress>(&last) {
        Ok(progress) => {
            let text = fs::read_to_string(&last)?;
            write_atomically(path, &text)?;
            crate::cli::warn(
                &Failure::new(format!(
                    "{} was missing; restored it from {}, the copy judge saved with it last time",
                    path.display(),
                    last.display()
                ))
                .help(format!(
                    "to start afresh on purpose, delete both {} and {}",
                    file_name(path),
                    file_name(&last)
                )),
            );
            Ok(Some(progress))
        }
        Err(broken) => {
            let kept = back_up(&last)?;
            fs::remove_file(&last)?;
            crate::cli::warn(
                &Failure::new(format!(
                    "{} was missing and its last copy does not read either ({}); your progress history starts afresh",
                    path.display(),
                    broken.message
                ))
                .help(format!(
                    "the old history is kept in {}; fix it and copy it to {} to get it back",
                    kept.display(),
                    path.display()
                )),
            );
            Ok(Some(Progress::fresh()))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scratch(name: &str) -> PathBuf {
        let dir =
            std::env::temp_dir().join(format!("judge-progress-{name}-{}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        fs::create_dir_all(&dir).unwrap();
        dir
    }

    #[test]
    fn runs_and_hints_are_recorded_and_survive_a_round_trip() {
        let dir = scratch("round-trip");
        let file = dir.join("progress.toml");
        assert_eq!(Progress::load(&file).unwrap().get("two-sum").attempts, 0);
        for (accepted, day) in [
            (false, "2026-01-01"),
            (true, "2026-01-02"),
            (false, "2026-01-03"),
            (true, "2026-01-04"),
        ] {
            Progress::update(&file, |p| p.record_run("two-sum", accepted, day)).unwrap();
        }
        assert_eq!(
            Progress::update(&file, |p| p.record_hint("two-sum")).unwrap(),
            1
        );
        let back = Progress::load(&file).unwrap().get("two-sum");
        assert_eq!(back.status, Status::Accepted);
        assert_eq!(back.attempts, 4);
        assert_eq!(back.hints, 1);
        assert_eq!(back.first_accepted.as_deref(), Some("2026-01-02"));
        assert_eq!(back.last_accepted.as_deref(), Some("2026-01-04"));
        assert_eq!(
            fs::read_to_string(&file).unwrap(),
            fs::read_to_string(last_copy(&file)).unwrap(),
            "every save writes the last copy too"
        );
        fs::remove_dir_all(dir).unwrap();
    }

    #[test]
    fn a_broken_file_is_an_error_with_its_line_and_column() {
        let dir = scratch("broken");
        let file = dir.join("progress.toml");
        fs::write(
            &file,
            "format_version = 1\n[problem.two-sum]\nstatus = \"done\"\n",
        )
        .unwrap();
        let error = Progress::load(&file).unwrap_err();
        assert!(
            error.message.contains("progress.toml:3:10"),
            "{}",
            error.message
        );
        let error = Progress::update(&file, |p| p.record_hint("two-sum")).unwrap_err();
        assert!(
            error.message.contains("progress.toml:3:10"),
            "{}",
            error.message
        );
        assert!(
            fs::read_to_string(&file).unwrap().contains("\"done\""),
            "a broken file is never reset"
        );
        fs::remove_dir_all(dir).unwrap();
    }

    /// Eight threads, each with its own lock file handle as separate processes would have, add
    /// 25 hints each: every one of the 200 is counted.
    #[test]
    fn concurrent_updates_lose_nothing() {
        let dir = scratch("concurrent");
        let file = dir.join("progress.toml");
        std::thread::scope(|scope| {
            for thread in 0..8 {
                let file = &file;
                scope.spawn(move || {
                    for _ in 0..25 {
                        Progress::update(file, |p| {
                            p.record_hint("two-sum");
                            p.record_hint(&format!("problem-{thread}"));
                        })
                        .unwrap();
                    }
                });
            }
        });
        let progress = Progress::load(&file).unwrap();
        assert_eq!(progress.get("two-sum").hints, 200);
        for thread in 0..8 {
            assert_eq!(progress.get(&format!("problem-{thread}")).hints, 25);
        }
        fs::remove_dir_all(dir).unwrap();
    }

    #[test]
    fn a_vanished_file_is_restored_from_its_last_copy() {
        let dir = scratch("vanished");
        let file = dir.join("progress.toml");
        Progress::update(&file, |p| p.record_run("two-sum", true, "2026-01-01")).unwrap();
        fs::remove_file(&file).unwrap();
        let progress = Progress::load(&file).unwrap();
        assert_eq!(progress.get("two-sum").status, Status::Accepted);
        assert!(file.exists(), "the file is put back");
        fs::remove_file(&file).unwrap();
        Progress::update(&file, |p| p.record_hint("two-sum")).unwrap();
        let back = Progress::load(&file).unwrap().get("two-sum");
        assert_eq!((back.status, back.hints), (Status::Accepted, 1));
        fs::remove_dir_all(dir).unwrap();
    }

    #[test]
    fn a_broken_last_copy_is_kept_aside_and_the_history_starts_afresh() {
        let dir = scratch("broken-copy");
        let file = dir.join("progress.toml");
        fs::write(last_copy(&file), "not = [toml").unwrap();
        let progress = Progress::load(&file).unwrap();
        assert!(progress.problem.is_empty());
        assert!(!last_copy(&file).exists());
        let kept: Vec<_> = fs::read_dir(&dir)
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.to_string_lossy().contains(".bak-"))
            .collect();
        assert_eq!(kept.len(), 1, "{kept:?}");
        assert_eq!(fs::read_to_string(&kept[0]).unwrap(), "not = [toml");
        fs::remove_dir_all(dir).unwrap();
    }
}
