//! The learner's progress: `solutions/progress.toml`, a plain text file to commit and diff. For each
//! problem: its status, how many runs, how many hints were taken, and the dates of the first and
//! last accepted runs. Written atomically (a temporary file renamed over the old one), so an
//! interrupted run leaves the previous version whole; a hand-edit that breaks it is reported with
//! its line, never silently reset.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::catalog::read_toml;
use crate::exit::{Failure, Result};
use crate::files::write_atomically;
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

impl Progress {
    pub fn load(path: &Path) -> Result<Progress> {
        if !path.exists() {
            return Ok(Progress {
                format_version: 1,
                ..Progress::default()
            });
        }
        let progress: Progress = read_toml(path).map_err(|f| {
            Failure::new(f.message).help(format!(
                "fix or delete {} (your solutions are not in it)",
                path.display()
            ))
        })?;
        Ok(progress)
    }

    pub fn save(&self, path: &Path) -> Result<()> {
        let body = toml::to_string(self)
            .map_err(|e| Failure::new(format!("cannot write progress: {e}")))?;
        write_atomically(path, &format!("{HEADER}{body}"))?;
        Ok(())
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn runs_and_hints_are_recorded_and_survive_a_round_trip() {
        let dir = std::env::temp_dir().join(format!("judge-progress-test-{}", std::process::id()));
        let file = dir.join("progress.toml");
        let mut progress = Progress::load(&file).unwrap();
        progress.record_run("two-sum", false, "2026-01-01");
        progress.record_run("two-sum", true, "2026-01-02");
        progress.record_run("two-sum", false, "2026-01-03");
        progress.record_run("two-sum", true, "2026-01-04");
        assert_eq!(progress.record_hint("two-sum"), 1);
        progress.save(&file).unwrap();
        let back = Progress::load(&file).unwrap().get("two-sum");
        assert_eq!(back.status, Status::Accepted);
        assert_eq!(back.attempts, 4);
        assert_eq!(back.hints, 1);
        assert_eq!(back.first_accepted.as_deref(), Some("2026-01-02"));
        assert_eq!(back.last_accepted.as_deref(), Some("2026-01-04"));
        std::fs::remove_dir_all(dir).unwrap();
    }

    #[test]
    fn a_broken_file_is_an_error_with_its_line() {
        let dir =
            std::env::temp_dir().join(format!("judge-progress-broken-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let file = dir.join("progress.toml");
        std::fs::write(
            &file,
            "format_version = 1\n[problem.two-sum]\nstatus = \"done\"\n",
        )
        .unwrap();
        let error = Progress::load(&file).unwrap_err();
        assert!(
            error.message.contains("progress.toml:3"),
            "{}",
            error.message
        );
        std::fs::remove_dir_all(dir).unwrap();
    }
}
