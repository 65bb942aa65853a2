//! The catalogue's data: every problem's `problems/data/<pattern>/<module>.toml` and every pattern's
//! `problems/patterns/<id>.toml`, read into [`ProblemInfo`] and [`PatternInfo`]. Broken data is
//! reported with its file, line and column.

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

use judge_core::suggest::did_you_mean;
use serde::Deserialize;

use crate::exit::{Failure, Result};
use crate::workspace::Workspace;

/// The pattern ids, in NeetCode roadmap order, then the ML track (`ml`: ML coding drills of this
/// judge's own, not LeetCode problems), which is judged like a pattern.
pub const PATTERN_IDS: [&str; 19] = [
    "arrays-hashing",
    "two-pointers",
    "sliding-window",
    "stack",
    "binary-search",
    "linked-list",
    "trees",
    "tries",
    "heap",
    "backtracking",
    "graphs",
    "advanced-graphs",
    "dp-1d",
    "dp-2d",
    "greedy",
    "intervals",
    "math-geometry",
    "bit-manipulation",
    ML_TRACK,
];

/// The ML track's id: its drills are the judge's own, with no LeetCode number or page.
pub const ML_TRACK: &str = "ml";

/// A pattern id's module name: `dp-1d` -> `dp_1d`.
pub fn pattern_module(id: &str) -> String {
    id.replace('-', "_")
}

/// One problem's data file.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ProblemInfo {
    /// Bumped when the schema changes incompatibly.
    pub format_version: u32,
    /// LeetCode's slug; the CLI name.
    pub slug: String,
    pub title: String,
    /// LeetCode's problem number; none (0) for an ML drill.
    #[serde(default)]
    pub number: u32,
    /// Easy, Medium or Hard.
    pub difficulty: String,
    /// The pattern id (`sliding-window`).
    pub pattern: String,
    /// The Rust module: the slug in snake case, or an identifier for slugs that are not (`three_sum`).
    pub module: String,
    /// `function` (an `impl Solution` method) or `design` (a struct with methods).
    pub kind: String,
    /// LeetCode's Rust signature of the method, e.g. `pub fn max_sliding_window(nums: Vec<i32>, k: i32) -> Vec<i32>`.
    pub signature: String,
    /// For design problems: LeetCode's methods, `fn push(&self, val: i32)`, constructor first.
    #[serde(default)]
    pub methods: Vec<String>,
    /// How answers are compared: `exact`, `any-order`, `nested-any-order`, `float`, `custom`.
    pub checker: String,
    /// The task, in our own words.
    pub statement: String,
    pub constraints: Vec<String>,
    pub complexity: Complexity,
    #[serde(default)]
    pub judge: JudgeSettings,
    #[serde(default, rename = "example")]
    pub examples: Vec<Fixture>,
    #[serde(default, rename = "edge")]
    pub edges: Vec<Fixture>,
    pub questions: Vec<String>,
    pub hints: Vec<String>,
    #[serde(default, rename = "submission")]
    pub submissions: Vec<Submission>,
}

/// The target complexity, as NeetCode's optimal solution has it.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Complexity {
    pub time: String,
    pub space: String,
    /// The answer itself can be exponential (subsets, n-queens): no method beats its size, so
    /// the time is judged against the reference's on the same inputs, and the report says so.
    #[serde(default)]
    pub output_sensitive: bool,
}

impl Complexity {
    /// "O(n) time, O(1) space", and why the time target is what it is when the output sets it.
    pub fn target(&self) -> String {
        let mut words = format!("{} time, {} space", self.time, self.space);
        if self.output_sensitive {
            words.push_str(
                " (proportional to the output: timed against the reference on the same inputs)",
            );
        }
        words
    }
}

/// Per-problem knobs of the time limit.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct JudgeSettings {
    /// How many times slower than the reference a solution may be at the largest size.
    pub ratio_cap: Option<f64>,
    /// Said beside a Time Limit Exceeded verdict, e.g. what LeetCode itself accepts.
    pub leetcode_note: Option<String>,
    /// Parameters that are nodes of the signature's other tree (`["p", "q"]` of `root`): they
    /// cross as their values, are handed over as the tree's own nodes, and a returned node must be
    /// one of that tree's.
    #[serde(default)]
    pub nodes_of_tree: Vec<String>,
    /// The list parameter whose own nodes the returned list must be made of, values unchanged
    /// (reverse-nodes-in-k-group: "only nodes themselves may be changed"), checked by address.
    pub keeps_nodes: Option<String>,
}

/// An example or edge case: arguments in LeetCode's format and, when given, the expected answer.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Fixture {
    /// For edge cases: what makes it an edge.
    pub name: Option<String>,
    pub input: String,
    pub output: Option<String>,
    pub explanation: Option<String>,
}

/// A known submission and the verdict it must get.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Submission {
    /// A file in `problems/submissions/<pattern_module>/<module>/`.
    pub file: String,
    pub verdict: String,
    pub why: String,
}

/// A pattern's workbook page.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PatternInfo {
    pub format_version: u32,
    pub id: String,
    pub module: String,
    pub name: String,
    pub order: u32,
    pub summary: String,
    pub signals: Vec<String>,
    pub skeleton: String,
    pub questions: Vec<String>,
    pub bugs: Vec<String>,
    pub problems: Vec<String>,
}

impl ProblemInfo {
    pub fn pattern_module(&self) -> String {
        pattern_module(&self.pattern)
    }

    /// The crate that holds the problem's code: one per pattern (`problems/<pattern>/`).
    pub fn crate_name(&self) -> String {
        format!("problems_{}", self.pattern_module())
    }

    /// The method's name, read from the signature.
    pub fn entry_name(&self) -> Option<&str> {
        let after = self.signature.split("fn ").nth(1)?;
        Some(after.split('(').next()?.trim())
    }

    /// A design problem's struct name, read from `struct MinStack`.
    pub fn class_name(&self) -> Option<&str> {
        let name = self.signature.trim().strip_prefix("struct ")?.trim();
        (!name.is_empty() && name.chars().all(|c| c.is_alphanumeric() || c == '_')).then_some(name)
    }

    /// LeetCode's page, or for an ML drill, what it is instead.
    pub fn url(&self) -> String {
        if self.is_drill() {
            "an ML coding drill of this judge (no LeetCode page)".to_string()
        } else {
            format!("https://leetcode.com/problems/{}/", self.slug)
        }
    }

    /// An ML coding drill (the `ml` track), not one of the NeetCode 150.
    pub fn is_drill(&self) -> bool {
        self.pattern == ML_TRACK
    }

    /// How lists and headers name it: LeetCode's number (`42.`), or `ML` for a drill.
    pub fn label(&self) -> String {
        if self.is_drill() {
            "ML".to_string()
        } else {
            format!("{}.", self.number)
        }
    }
}

/// Every problem and pattern page, read from the workspace.
pub struct Catalog {
    pub problems: Vec<(PathBuf, ProblemInfo)>,
    pub patterns: BTreeMap<String, PatternInfo>,
    /// The NeetCode 150 problems that have no data here yet (from `problems/catalogue.toml`), so
    /// that `list` and `show` can name them as "not in this judge yet".
    pub upcoming: Vec<Upcoming>,
}

/// What `list` and `show` say of a NeetCode 150 problem this judge does not judge yet.
#[derive(Clone, Debug)]
pub struct Upcoming {
    pub slug: String,
    pub number: u32,
    pub title: String,
    pub difficulty: String,
    /// The pattern id (`linked-list`).
    pub pattern: String,
}

/// The catalogue of NeetCode 150 facts, `problems/catalogue.toml`: list membership, numbers,
/// titles and LeetCode's Rust signatures, for problems judged here or not.
pub fn catalogue_path(workspace: &Workspace) -> PathBuf {
    workspace.root.join("problems").join("catalogue.toml")
}

/// The catalogue's problems, in its (roadmap) order.
pub fn catalogue_facts(workspace: &Workspace) -> Result<Vec<Fact>> {
    #[derive(Deserialize)]
    struct Facts {
        problem: Vec<Fact>,
    }
    let facts: Facts = read_toml(&catalogue_path(workspace))?;
    Ok(facts.problem)
}

/// One problem of the catalogue (the fields the judge reads; the file has more).
#[derive(Deserialize)]
pub struct Fact {
    /// The pattern's name (`Linked List`); [`Fact::pattern_id`] gives its id.
    pub pattern: String,
    pub number: u32,
    pub slug: String,
    pub title: String,
    pub difficulty: String,
    /// `function`, `design` or `no-rust`.
    pub kind: String,
    /// LeetCode's Rust signature: the method of `impl Solution` for a function.
    pub signature: String,
    #[serde(default)]
    pub blind75: bool,
}

impl Fact {
    /// The pattern's id (`linked-list`), if the name is one of [`PATTERN_NAMES`].
    pub fn pattern_id(&self) -> Option<&'static str> {
        let index = PATTERN_NAMES.iter().position(|n| *n == self.pattern)?;
        Some(PATTERN_IDS[index])
    }
}

/// The catalogue's pattern names, in the ids' order.
pub const PATTERN_NAMES: [&str; 19] = [
    "Arrays & Hashing",
    "Two Pointers",
    "Sliding Window",
    "Stack",
    "Binary Search",
    "Linked List",
    "Trees",
    "Tries",
    "Heap / Priority Queue",
    "Backtracking",
    "Graphs",
    "Advanced Graphs",
    "1-D Dynamic Programming",
    "2-D Dynamic Programming",
    "Greedy",
    "Intervals",
    "Math & Geometry",
    "Bit Manipulation",
    "ML Coding Drills",
];

/// The NeetCode 150 problems not judged here yet, in roadmap order; none when the workspace has no
/// `problems/catalogue.toml`.
fn upcoming(workspace: &Workspace, judged: &[(PathBuf, ProblemInfo)]) -> Result<Vec<Upcoming>> {
    if !catalogue_path(workspace).exists() {
        return Ok(Vec::new());
    }
    Ok(catalogue_facts(workspace)?
        .into_iter()
        .filter(|f| !judged.iter().any(|(_, p)| p.slug == f.slug))
        .map(|f| Upcoming {
            pattern: f.pattern_id().map_or(f.pattern.clone(), str::to_string),
            slug: f.slug,
            number: f.number,
            title: f.title,
            difficulty: f.difficulty,
        })
        .collect())
}

/// Reads a TOML file into `T`, with errors as `file:line:column: message`.
pub fn read_toml<T: for<'de> Deserialize<'de>>(path: &Path) -> Result<T> {
    let text = fs::read_to_string(path)
        .map_err(|e| Failure::new(format!("cannot read {}: {e}", path.display())))?;
    toml::from_str(&text).map_err(|error| {
        let (line, column) = error
            .span()
            .map(|span| line_and_column(&text, span.start))
            .unwrap_or((1, 1));
        Failure::new(format!(
            "{}:{line}:{column}: {}",
            path.display(),
            error.message().trim()
        ))
        .help("fix the problem data; the schema is documented in judge/src/catalog.rs")
    })
}

/// 1-based line and column of a byte offset.
pub fn line_and_column(text: &str, offset: usize) -> (usize, usize) {
    let before = &text[..offset.min(text.len())];
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, column)
}

impl Catalog {
    pub fn load(workspace: &Workspace) -> Result<Catalog> {
        let mut problems = Vec::new();
        let data = workspace.problem_data_dir();
        let mut files: Vec<PathBuf> = Vec::new();
        for pattern in fs::read_dir(&data)
            .map_err(|e| Failure::new(format!("cannot read {}: {e}", data.display())))?
        {
            let dir = pattern?.path();
            if dir.is_dir() {
                for file in fs::read_dir(&dir)? {
                    let file = file?.path();
                    if file.extension().is_some_and(|e| e == "toml") {
                        files.push(file);
                    }
                }
            }
        }
        files.sort();
        for file in files {
            let info: ProblemInfo = read_toml(&file)?;
            check_problem(&file, &info)?;
            problems.push((file, info));
        }
        problems.sort_by_key(|(_, p)| {
            (
                PATTERN_IDS
                    .iter()
                    .position(|id| *id == p.pattern)
                    .unwrap_or(99),
                p.slug.clone(),
            )
        });
        let mut patterns = BTreeMap::new();
        let dir = workspace.patterns_dir();
        if dir.is_dir() {
            for file in fs::read_dir(&dir)? {
                let file = file?.path();
                if file.extension().is_some_and(|e| e == "toml") {
                    let page: PatternInfo = read_toml(&file)?;
                    if page.format_version != 1 {
                        return Err(Failure::new(format!(
                            "{}: format_version {} is not supported (this judge reads 1)",
                            file.display(),
                            page.format_version
                        )));
                    }
                    patterns.insert(page.id.clone(), page);
                }
            }
        }
        // Practice order: the pattern page's order, where there is one.
        problems.sort_by_key(|(_, p)| {
            let pattern = PATTERN_IDS
                .iter()
                .position(|id| *id == p.pattern)
                .unwrap_or(99);
            let within = patterns
                .get(&p.pattern)
                .and_then(|page: &PatternInfo| page.problems.iter().position(|s| *s == p.slug))
                .unwrap_or(99);
            (pattern, within, p.slug.clone())
        });
        let upcoming = upcoming(workspace, &problems)?;
        Ok(Catalog {
            problems,
            patterns,
            upcoming,
        })
    }

    /// How many of the NeetCode 150 have data here (the ML drills are not among them).
    pub fn neetcode_judged(&self) -> usize {
        self.problems.iter().filter(|(_, p)| !p.is_drill()).count()
    }

    pub fn slugs(&self) -> impl Iterator<Item = &str> {
        self.problems.iter().map(|(_, p)| p.slug.as_str())
    }

    /// The problem with this slug or LeetCode number, or an error that says why not: a NeetCode
    /// 150 problem not judged here yet, or the closest slug.
    pub fn problem(&self, slug: &str) -> Result<&ProblemInfo> {
        let slug = slug.trim();
        let number = slug.trim_start_matches('#').parse::<u32>().ok();
        if let Some((_, info)) = self.problems.iter().find(|(_, p)| {
            p.slug == slug || p.module == slug || number.is_some_and(|n| n > 0 && p.number == n)
        }) {
            return Ok(info);
        }
        if let Some(upcoming) = self
            .upcoming
            .iter()
            .find(|u| u.slug == slug || number.is_some_and(|n| u.number == n))
        {
            return Err(Failure::new(format!(
                "{}. {} (`{}`) is not in this judge yet",
                upcoming.number, upcoming.title, upcoming.slug
            ))
            .help(format!(
                "{} of the NeetCode 150 are judged so far; `judge list` names them",
                self.neetcode_judged()
            )));
        }
        if let Some(number) = number {
            return Err(
                Failure::new(format!("no problem here has the LeetCode number {number}"))
                    .help("`judge list` shows every problem with its number"),
            );
        }
        let failure = Failure::new(format!("unknown problem `{slug}`"));
        Err(match did_you_mean(slug, self.slugs()) {
            Some(close) => failure.help(format!(
                "did you mean `{close}`? (`judge list` shows every problem)"
            )),
            None => failure.help("`judge list` shows every problem"),
        })
    }

    /// The pattern page with this id, or an error that suggests the closest one.
    pub fn pattern(&self, id: &str) -> Result<&PatternInfo> {
        if let Some(page) = self
            .patterns
            .get(id)
            .or_else(|| self.patterns.values().find(|p| p.module == id))
        {
            return Ok(page);
        }
        let failure = Failure::new(format!("unknown pattern `{id}`"));
        Err(match did_you_mean(id, PATTERN_IDS) {
            Some(close) => failure.help(format!("did you mean `{close}`?")),
            None => failure.help(format!("the patterns are: {}", PATTERN_IDS.join(", "))),
        })
    }
}

/// Checks a problem's data for what the schema cannot express.
fn check_problem(file: &Path, info: &ProblemInfo) -> Result<()> {
    let bad = |what: String| Err(Failure::new(format!("{}: {what}", file.display())));
    if info.format_version != 1 {
        return bad(format!(
            "format_version {} is not supported (this judge reads 1)",
            info.format_version
        ));
    }
    if !PATTERN_IDS.contains(&info.pattern.as_str()) {
        let hint = did_you_mean(&info.pattern, PATTERN_IDS)
            .map(|c| format!("; did you mean `{c}`?"))
            .unwrap_or_default();
        return bad(format!("unknown pattern `{}`{hint}", info.pattern));
    }
    let stem = file
        .file_stem()
        .and_then(|s| s.to_str())
        .unwrap_or_default();
    if stem != info.module {
        return bad(format!(
            "the file is named `{stem}.toml` but its module is `{}`",
            info.module
        ));
    }
    if info.is_drill() != (info.number == 0) {
        return bad(if info.is_drill() {
            format!(
                "an ML drill has no LeetCode number, but this one says number = {}",
                info.number
            )
        } else {
            "`number` (LeetCode's problem number) is missing".to_string()
        });
    }
    if !["Easy", "Medium", "Hard"].contains(&info.difficulty.as_str()) {
        return bad(format!(
            "difficulty `{}` should be Easy, Medium or Hard",
            info.difficulty
        ));
    }
    if info.kind == "function" && info.entry_name().is_none() {
        return bad(format!(
            "the signature `{}` has no `fn name(`",
            info.signature
        ));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positions_are_one_based() {
        assert_eq!(line_and_column("ab\ncd", 0), (1, 1));
        assert_eq!(line_and_column("ab\ncd", 4), (2, 2));
    }

    #[test]
    fn entry_names_come_from_signatures() {
        let info: ProblemInfo = toml::from_str(
            r#"
format_version = 1
slug = "x"
title = "X"
number = 1
difficulty = "Easy"
pattern = "stack"
module = "x"
kind = "function"
signature = "pub fn max_sliding_window(nums: Vec<i32>, k: i32) -> Vec<i32>"
checker = "exact"
statement = "s"
constraints = []
questions = []
hints = []
[complexity]
time = "O(n)"
space = "O(1)"
"#,
        )
        .unwrap();
        assert_eq!(info.entry_name(), Some("max_sliding_window"));
    }

    #[test]
    fn unknown_fields_are_reported_with_a_position() {
        let dir = std::env::temp_dir().join(format!("judge-catalog-test-{}", std::process::id()));
        fs::create_dir_all(&dir).unwrap();
        let file = dir.join("bad.toml");
        fs::write(&file, "format_version = 1\nslugg = \"x\"\n").unwrap();
        let error = read_toml::<ProblemInfo>(&file).unwrap_err();
        assert!(error.message.contains("bad.toml:2:1"), "{}", error.message);
        assert!(error.message.contains("slugg"), "{}", error.message);
        fs::remove_dir_all(dir).unwrap();
    }
}
