//! The protocol between the judge and the harness process that runs a learner's code. The judge
//! writes one [`RunRequest`] as JSON on the harness's stdin; the harness writes [`Event`]s, one JSON
//! object per line, on a private channel that the learner's prints cannot reach.

use serde::{Deserialize, Serialize};

use crate::pace::{PacePolicy, Timing};

/// The file descriptor of the harness's event channel, set up by the judge.
pub const EVENT_FD_ENV: &str = "JUDGE_EVENT_FD";

/// Which phase of a run a case belongs to, in the order they run.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Phase {
    /// Inputs that failed before, saved so they are replayed first.
    Regression,
    /// The problem's examples and edge cases.
    Fixture,
    /// Random inputs, shrunk when one fails.
    Property,
    /// Maximum-size and adversarial inputs, timed against the reference.
    Stress,
}

impl Phase {
    pub fn as_str(self) -> &'static str {
        match self {
            Phase::Regression => "regression",
            Phase::Fixture => "fixture",
            Phase::Property => "property",
            Phase::Stress => "stress",
        }
    }
}

/// A fixed case: its arguments in LeetCode's format and, when known, the expected answer.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FixtureCase {
    pub phase: Phase,
    /// Where it came from, for messages: `example 2`, `edge "all equal"`, `regressions.toml:4`.
    pub label: String,
    pub input: String,
    pub expected: Option<String>,
}

/// What the judge asks the harness to do.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RunRequest {
    pub seed: u64,
    pub fixtures: Vec<FixtureCase>,
    pub property_cases: u32,
    pub shrink_time_ms: u32,
    pub stress: bool,
    /// CPU time one fixture or property case may take before it is stopped.
    pub case_cpu_limit_ms: u64,
    /// Bytes the process may hold on the heap.
    pub memory_limit_bytes: u64,
    pub pace: PacePolicy,
    /// Author's mode (`judge verify`): every input is checked against the constraints, and the
    /// answers are compared with the brute-force oracle instead of the reference.
    pub verify: bool,
    /// The binary built around the learner's file, which the referee runs as the solution
    /// process; `None` judges the problem's own reference (served by the referee's binary).
    pub solver: Option<String>,
}

/// Something the harness reports.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "event", rename_all = "snake_case", deny_unknown_fields)]
pub enum Event {
    /// A phase begins with this many cases.
    Phase { phase: Phase, cases: u32 },
    /// A fixed or stress case starts (random cases are too many to announce): if the process
    /// dies without a word, this is the case that killed it.
    Started {
        phase: Phase,
        label: String,
        input: String,
        input_is_complete: bool,
    },
    /// The timings of one stress family, with the limit the solution was held to.
    Timing { timing: Timing, limit_ns: u64 },
    /// A case the solution failed; the run ends after it.
    Failure(Failure),
    /// Problem data that the harness could not use (a fixture that does not parse, say).
    InvalidData { message: String },
    /// Every case ran and passed.
    Done { passed: u32, total: u32 },
    /// The solution process ended on its own (an exit or a signal) during the case announced last.
    SolverEnded {
        code: Option<i32>,
        signal: Option<i32>,
        /// Why it could not even start, when that is what happened.
        message: String,
    },
    /// Protections the operating system could not give the run (the report says so).
    Unprotected { missing: Vec<String> },
}

/// How a case failed, as seen from inside the harness.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FailureKind {
    WrongAnswer,
    Panic,
    TooSlow,
    MemoryLimit,
}

/// A failed case.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Failure {
    pub kind: FailureKind,
    pub phase: Phase,
    pub label: String,
    /// The arguments in LeetCode's format, possibly shortened (see `input_is_complete`).
    pub input: String,
    pub input_is_complete: bool,
    /// The whole arguments when `input` is shortened but small enough to keep (a stress input
    /// shrunk by size): what `judge run` saves as a regression case.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub full_input: Option<String>,
    pub expected: Option<String>,
    pub got: Option<String>,
    /// Why the answer is wrong, the panic message, or how the limit was crossed.
    pub message: String,
    /// Cases passed before this one.
    pub passed: u32,
    pub time_ms: Option<f64>,
    pub reference_time_ms: Option<f64>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn events_are_one_json_line_each() {
        let event = Event::Done {
            passed: 3,
            total: 3,
        };
        let line = serde_json::to_string(&event).unwrap();
        assert_eq!(line, r#"{"event":"done","passed":3,"total":3}"#);
        assert_eq!(serde_json::from_str::<Event>(&line).unwrap(), event);
    }

    #[test]
    fn unknown_fields_are_refused() {
        let line = r#"{"event":"done","passed":3,"total":3,"verdict":"accepted"}"#;
        assert!(serde_json::from_str::<Event>(line).is_err());
    }
}
