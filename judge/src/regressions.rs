//! Regression cases: inputs on which a learner's solution once failed, kept in
//! `solutions/regressions/<slug>.toml` (a file the learner can read and commit) and replayed first.
//! The file is the learner's, not the problem's: when it does not read, the error names it with its
//! line and column and says it may simply be deleted.

use std::path::Path;

use judge_core::format::parse_arguments;
use serde::{Deserialize, Serialize};

use crate::catalog::{line_and_column, read_toml, ProblemInfo};
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
    read_toml(path).map_err(|f| {
        learners_file(format!(
            "your regressions file does not read: {}",
            f.message
        ))
    })
}

/// An error in the learner's regressions file.
fn learners_file(message: String) -> Failure {
    Failure::new(message)
        .help("fix it or delete it; it only holds inputs your solution failed on before")
}

fn unusable_case(path: &Path, index: usize, why: &str) -> Failure {
    let (line, column) = locate_input(path, index).unwrap_or((1, 1));
    learners_file(format!(
        "your regressions file has a case that cannot be used: {}:{line}:{column}: case {}: {why}",
        path.display(),
        index + 1
    ))
}

/// [`load`], and checks that every case's input is written in LeetCode's format with the
/// problem's argument names (those of its first example), so that a hand-edit that breaks one is
/// reported here, with its line, and not later as broken problem data.
pub fn check(path: &Path, problem: &ProblemInfo) -> Result<RegressionFile> {
    let file = load(path)?;
    let names: Option<Vec<String>> = problem
        .examples
        .first()
        .and_then(|example| parse_arguments(&example.input).ok())
        .map(|arguments| arguments.into_iter().map(|(name, _)| name).collect());
    for (index, case) in file.cases.iter().enumerate() {
        let why = match parse_arguments(&case.input) {
            Err(error) => format!("the input cannot be read: {error}"),
            Ok(arguments) => {
                let given: Vec<String> = arguments.into_iter().map(|(name, _)| name).collect();
                match &names {
                    Some(names) if *names != given => format!(
                        "the input gives `{}` where `{}` takes `{}`",
                        given.join(", "),
                        problem.slug,
                        names.join(", ")
                    ),
                    _ => continue,
                }
            }
        };
        return Err(unusable_case(path, index, &why));
    }
    Ok(file)
}

/// A harness that cannot use one of the regression cases (an input the checks above let through,
/// such as a value of the wrong type) reports it as unusable problem data; the case's label names
/// the regressions file (see `fixtures` in commands.rs), and then the blame is moved to it.
pub fn blame_if_theirs(failure: Failure, path: &Path) -> Failure {
    let Some(name) = path.file_name().and_then(|n| n.to_str()) else {
        return failure;
    };
    let Some((_, rest)) = failure.message.split_once(": regression case ") else {
        return failure;
    };
    let Some((number, why)) = rest.split_once(&format!(" (solutions/regressions/{name}): ")) else {
        return failure;
    };
    match number.parse::<usize>() {
        Ok(number) if number > 0 => unusable_case(path, number - 1, why),
        _ => failure,
    }
}

/// Line and column of the `index`th case's input value.
fn locate_input(path: &Path, index: usize) -> Option<(usize, usize)> {
    #[derive(Deserialize)]
    struct Located {
        #[serde(default, rename = "case")]
        cases: Vec<LocatedCase>,
    }
    #[derive(Deserialize)]
    struct LocatedCase {
        input: toml::Spanned<String>,
    }
    let text = std::fs::read_to_string(path).ok()?;
    let located: Located = toml::from_str(&text).ok()?;
    let span = located.cases.get(index)?.input.span();
    Some(line_and_column(&text, span.start))
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

    #[test]
    fn a_broken_file_is_blamed_on_the_learner_with_its_line_and_column() {
        let dir =
            std::env::temp_dir().join(format!("judge-regressions-broken-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("x.toml");
        std::fs::write(
            &path,
            "[[case]]\ninput = \"nums = [1]\"\nfond = \"today\"\n",
        )
        .unwrap();
        let error = load(&path).unwrap_err();
        assert!(error.message.contains("x.toml:3:1:"), "{}", error.message);
        assert!(
            error.message.contains("your regressions file"),
            "{}",
            error.message
        );
        assert!(
            error
                .help
                .as_deref()
                .unwrap()
                .contains("fix it or delete it"),
            "{error:?}"
        );
        std::fs::remove_dir_all(dir).unwrap();
    }

    #[test]
    fn an_unusable_case_is_blamed_on_the_learner_with_its_line() {
        let problem: ProblemInfo = toml::from_str(include_str!(
            "../../problems/data/sliding_window/sliding_window_maximum.toml"
        ))
        .unwrap();
        let dir =
            std::env::temp_dir().join(format!("judge-regressions-unusable-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("sliding-window-maximum.toml");
        let good = "[[case]]\ninput = \"nums = [1], k = 1\"\nfound = \"x\"\n\n";
        for (case, expected) in [
            (
                "input = \"nums = [1, k = 1\"",
                ":7:9: case 2: the input cannot be read",
            ),
            (
                "input = \"numbers = [1], k = 1\"",
                ":7:9: case 2: the input gives `numbers, k`",
            ),
        ] {
            std::fs::write(&path, format!("{good}[[case]]\nfound = \"y\"\n{case}\n")).unwrap();
            let error = check(&path, &problem).unwrap_err();
            assert!(
                error.message.contains("your regressions file"),
                "{}",
                error.message
            );
            assert!(error.message.contains(expected), "{}", error.message);
        }
        // A case only the harness can refuse (a value of the wrong type).
        let from_harness = Failure::new(
            "the data of `sliding-window-maximum` is not usable: regression case 2 \
             (solutions/regressions/sliding-window-maximum.toml): the input `k = \"x\"` does not fit",
        );
        let error = blame_if_theirs(from_harness, &path);
        assert!(
            error
                .message
                .contains("sliding-window-maximum.toml:7:9: case 2: the input `k = \"x\"`"),
            "{}",
            error.message
        );
        assert!(error.help.unwrap().contains("fix it or delete it"));
        let other = blame_if_theirs(
            Failure::new("the data of `x` is not usable: example 1: bad"),
            &path,
        );
        assert_eq!(
            other.message,
            "the data of `x` is not usable: example 1: bad"
        );
        std::fs::remove_dir_all(dir).unwrap();
    }
}
