//! Regression cases: inputs on which a learner's solution once failed, kept in
//! `solutions/regressions/<slug>.toml` (a file the learner can read and commit) and replayed first.

use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::catalog::read_toml;
use crate::exit::{Failure, Result};
use crate::files::write_atomically;

#[derive(Debug, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RegressionFile {
    #[serde(default, rename = "case")]
    pub cases: Vec<RegressionCase>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RegressionCase {
    /// The arguments in LeetCode's format.
    pub input: String,
    /// When and how it was found.
    pub found: String,
}

const HEADER: &str = "# Inputs on which a solution of this problem once failed. `judge run` replays them first.\n# Delete a case to stop replaying it.\n\n";

pub fn load(path: &Path) -> Result<RegressionFile> {
    if !path.exists() {
        return Ok(RegressionFile::default());
    }
    read_toml(path)
}

/// Adds a case unless it is already there; returns whether it was added.
pub fn add(path: &Path, input: &str, found: String) -> Result<bool> {
    let mut file = load(path)?;
    if file.cases.iter().any(|c| c.input == input) {
        return Ok(false);
    }
    file.cases.push(RegressionCase {
        input: input.to_string(),
        found,
    });
    let body = toml::to_string(&file)
        .map_err(|e| Failure::new(format!("cannot write regressions: {e}")))?;
    write_atomically(path, &format!("{HEADER}{body}"))?;
    Ok(true)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cases_are_added_once_and_read_back() {
        let dir =
            std::env::temp_dir().join(format!("judge-regressions-test-{}", std::process::id()));
        let path = dir.join("x.toml");
        assert!(add(&path, "nums = [1], k = 1", "seed 1".into()).unwrap());
        assert!(!add(&path, "nums = [1], k = 1", "seed 2".into()).unwrap());
        assert!(add(&path, "nums = [2], k = 1", "seed 3".into()).unwrap());
        let file = load(&path).unwrap();
        assert_eq!(file.cases.len(), 2);
        assert_eq!(file.cases[1].input, "nums = [2], k = 1");
        std::fs::remove_dir_all(dir).unwrap();
    }
}
