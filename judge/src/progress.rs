//! The learner's state: `solutions/progress.toml`, a plain text file to commit and diff, and the
//! only state file. For each problem: its status, how many runs, how many hints were taken, the
//! dates of the first and last accepted runs and what its last run showed; the problem last
//! scaffolded or run; and the practice loop's plan, open sittings, review log and runs per day
//! (`crate::practice::record`).
//!
//! `format_version = 2`. A version-1 file (progress only) reads as it is, every new part empty,
//! and is written back as version 2 at its next change; a newer version than this judge knows is
//! an error, never rewritten.
//!
//! Status is what the latest full run showed: Accepted only after a full run (all random cases and
//! the stress cases) accepted; a quick run (`--no-stress`, fewer `--cases`) never makes it
//! Accepted; a full run that fails after Accepted puts it back to attempted (the first and last
//! accepted dates stay, as history).
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

use jiff::civil::{Date, DateTime};
use serde::{Deserialize, Serialize};

use crate::catalog::read_toml;
use crate::exit::{Failure, Result};
use crate::files::{back_up, write_atomically};
use crate::practice::rating;
use crate::practice::record::{Plan, RatedBy, ReviewEntry, Sitting, SittingKind, SittingRun};
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
    /// What the latest run showed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_run: Option<LastRun>,
}

/// The latest run of a problem: its date, verdict, and whether it was a full run.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LastRun {
    pub date: Date,
    pub verdict: String,
    pub full: bool,
}

/// A judged run, as the state records it.
pub struct RunFacts<'a> {
    /// The verdict, as in JSON (`wrong_answer`).
    pub verdict: &'a str,
    /// All random cases and the stress cases were run.
    pub full: bool,
    pub now: DateTime,
    /// Easy, Medium or Hard: sets the time budget of an Easy rating.
    pub difficulty: &'a str,
}

#[derive(Debug, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Progress {
    #[serde(default)]
    pub format_version: u32,
    /// The problem last scaffolded or run: `judge run` with no slug judges it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_problem: Option<String>,
    /// Keyed by slug.
    #[serde(default)]
    pub problem: BTreeMap<String, ProblemProgress>,
    /// Judged runs on each day, for the calendar of `judge stats`.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub days: BTreeMap<Date, u32>,
    /// The day-by-day plan, once `judge plan` made one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub plan: Option<Plan>,
    /// Problems being solved now, keyed by slug.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub sitting: BTreeMap<String, Sitting>,
    /// Every rating, oldest first; each item's FSRS card is replayed from it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub review: Vec<ReviewEntry>,
}

/// The state format this judge writes; it reads this one and every older one.
pub const FORMAT_VERSION: u32 = 2;

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
            format_version: FORMAT_VERSION,
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
        let progress: Progress = read_toml(path).map_err(|f| {
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
        })?;
        if progress.format_version > FORMAT_VERSION {
            return Err(Failure::new(format!(
                "{}:1:1: format_version {} was written by a newer judge (this one reads up to {FORMAT_VERSION})",
                path.display(),
                progress.format_version
            ))
            .help("update judge (git pull, then build it again); the file was left as it is"));
        }
        Ok(progress)
    }

    fn to_text(&self) -> Result<String> {
        let body = toml::to_string(self)
            .map_err(|e| Failure::new(format!("cannot write progress: {e}")))?;
        Ok(format!("{HEADER}{body}"))
    }

    pub fn get(&self, slug: &str) -> ProblemProgress {
        self.problem.get(slug).cloned().unwrap_or_default()
    }

    /// Records a judged run (see the module's note on status), and closes the problem's sitting
    /// with the judge's rating when the run is a full Accepted. A problem with no sitting and no
    /// rating yet gets a sitting at its first run. Returns the rating given, if any.
    pub fn record_run(&mut self, slug: &str, run: &RunFacts) -> Option<ReviewEntry> {
        self.format_version = FORMAT_VERSION;
        let today = run.now.date();
        let accepted = run.verdict == "accepted";
        self.last_problem = Some(slug.to_string());
        *self.days.entry(today).or_default() += 1;
        let rated_before = self.review.iter().any(|r| r.item == slug);
        let entry = self.problem.entry(slug.to_string()).or_default();
        entry.attempts += 1;
        entry.last_run = Some(LastRun {
            date: today,
            verdict: run.verdict.to_string(),
            full: run.full,
        });
        if accepted && run.full {
            entry.status = Status::Accepted;
            entry
                .first_accepted
                .get_or_insert_with(|| today.to_string());
            entry.last_accepted = Some(today.to_string());
        } else if !accepted && run.full || entry.status == Status::NotStarted {
            entry.status = Status::Attempted;
        }
        if !self.sitting.contains_key(slug) && !rated_before {
            self.open_sitting(slug, SittingKind::New, run.now, None);
        }
        let sitting = self.sitting.get_mut(slug)?;
        sitting.runs.push(SittingRun {
            verdict: run.verdict.to_string(),
            full: run.full,
        });
        if !(accepted && run.full) {
            return None;
        }
        let sitting = self.sitting.remove(slug)?;
        let (rating, reason) = rating::judge(&sitting, run.difficulty, run.now);
        let entry = ReviewEntry {
            item: slug.to_string(),
            date: today,
            rating,
            by: RatedBy::Judge,
            reason,
            kind: sitting.kind.as_str().to_string(),
            failed_runs: rating::failed_runs(&sitting),
            hints: sitting.hints,
            minutes: Some(rating::minutes_since(&sitting, run.now)),
            judged: None,
        };
        self.review.push(entry.clone());
        Some(entry)
    }

    /// Starts a sitting on `slug` (replacing an open one: the clock starts again).
    pub fn open_sitting(
        &mut self,
        slug: &str,
        kind: SittingKind,
        now: DateTime,
        backup: Option<String>,
    ) {
        self.format_version = FORMAT_VERSION;
        self.last_problem = Some(slug.to_string());
        self.sitting.insert(
            slug.to_string(),
            Sitting {
                kind,
                started: now,
                runs: Vec::new(),
                hints: 0,
                last_hint: false,
                backup,
            },
        );
    }

    /// How many of the problem's hints the learner has seen: in a review, those taken since it
    /// began (a review starts from a blank file, and from the first hint); otherwise all taken.
    pub fn hints_shown(&self, slug: &str) -> u32 {
        match self.sitting.get(slug) {
            Some(sitting) if sitting.kind == SittingKind::Review => sitting.hints,
            _ => self.get(slug).hints,
        }
    }

    /// Takes the next of `available` hints and returns its number (1-based); when all were shown,
    /// records nothing and returns `available`. A hint counts in the open sitting (the last one
    /// makes its rating Again); a first hint on a problem never rated opens a sitting.
    pub fn record_hint(&mut self, slug: &str, available: u32, now: DateTime) -> u32 {
        self.format_version = FORMAT_VERSION;
        let shown = self.hints_shown(slug);
        if shown >= available {
            return available;
        }
        let rated_before = self.review.iter().any(|r| r.item == slug);
        if !self.sitting.contains_key(slug) && !rated_before {
            self.open_sitting(slug, SittingKind::New, now, None);
        }
        self.problem.entry(slug.to_string()).or_default().hints += 1;
        if let Some(sitting) = self.sitting.get_mut(slug) {
            sitting.hints += 1;
            if shown + 1 == available {
                sitting.last_hint = true;
            }
        }
        shown + 1
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

    fn now() -> DateTime {
        "2026-01-01T10:00".parse().unwrap()
    }

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
            let run = RunFacts {
                verdict: if accepted { "accepted" } else { "wrong_answer" },
                full: true,
                now: format!("{day}T10:00").parse().unwrap(),
                difficulty: "Easy",
            };
            Progress::update(&file, |p| p.record_run("two-sum", &run)).unwrap();
        }
        assert_eq!(
            Progress::update(&file, |p| p.record_hint("two-sum", u32::MAX, now())).unwrap(),
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
        let error =
            Progress::update(&file, |p| p.record_hint("two-sum", u32::MAX, now())).unwrap_err();
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
                            p.record_hint("two-sum", u32::MAX, now());
                            p.record_hint(&format!("problem-{thread}"), u32::MAX, now());
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
        let run = RunFacts {
            verdict: "accepted",
            full: true,
            now: now(),
            difficulty: "Easy",
        };
        Progress::update(&file, |p| p.record_run("two-sum", &run)).unwrap();
        fs::remove_file(&file).unwrap();
        let progress = Progress::load(&file).unwrap();
        assert_eq!(progress.get("two-sum").status, Status::Accepted);
        assert!(file.exists(), "the file is put back");
        fs::remove_file(&file).unwrap();
        Progress::update(&file, |p| p.record_hint("two-sum", u32::MAX, now())).unwrap();
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
