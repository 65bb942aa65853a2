//! Deciding the verdict from what the harness reported and how its process ended. A verdict is
//! earned only from a `Done` event (accepted), a reported failure, or the way the process died; a
//! harness that stops without saying why is a runtime error, never an acceptance.

use serde::{Deserialize, Serialize};

use crate::protocol::{Event, Failure, FailureKind, Phase};
use crate::Verdict;

/// How the harness process ended, as the runner observed it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Termination {
    Exited(i32),
    Signaled(i32),
    /// The judge killed it after the wall-clock backstop.
    WallClockKilled {
        seconds: u64,
    },
}

/// The judge's conclusion about one run.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Judgement {
    pub verdict: Verdict,
    pub passed: u32,
    pub total: u32,
    /// The failed case, when there is one to show.
    pub failure: Option<Failure>,
    /// A one-line explanation when there is no case to show (a crash between cases, say).
    pub message: Option<String>,
}

/// A signal's conventional name.
pub fn signal_name(signal: i32) -> String {
    match signal {
        4 => "SIGILL".into(),
        6 => "SIGABRT".into(),
        7 => "SIGBUS".into(),
        8 => "SIGFPE".into(),
        9 => "SIGKILL".into(),
        11 => "SIGSEGV".into(),
        15 => "SIGTERM".into(),
        24 => "SIGXCPU".into(),
        other => format!("signal {other}"),
    }
}

/// Turns the events of a run and its ending into a judgement. `stderr_tail` is the end of what the
/// process wrote on stderr (the learner's prints and Rust's own crash messages).
pub fn decide(events: &[Event], termination: &Termination, stderr_tail: &str) -> Judgement {
    // The referee reports how the solution's process ended; that ending is the learner's.
    let solver_ended = events.iter().find_map(|e| match e {
        Event::SolverEnded { code, signal, .. } => Some(match (code, signal) {
            (_, Some(signal)) => Termination::Signaled(*signal),
            (Some(code), None) => Termination::Exited(*code),
            (None, None) => Termination::Exited(-1),
        }),
        _ => None,
    });
    let termination = solver_ended.as_ref().unwrap_or(termination);
    let total: u32 = events
        .iter()
        .map(|e| match e {
            Event::Phase { cases, .. } => *cases,
            _ => 0,
        })
        .sum();
    let current_phase = events.iter().rev().find_map(|e| match e {
        Event::Phase { phase, .. } => Some(*phase),
        _ => None,
    });
    let passed_before: u32 = {
        // Cases in finished phases, when the process died without saying more.
        let mut passed = 0;
        let mut in_phase = 0;
        for event in events {
            if let Event::Phase { cases, .. } = event {
                passed += in_phase;
                in_phase = *cases;
            }
        }
        passed
    };
    // A crash has no failure event; the last announced case is the best guess at its input.
    let last_started = events.iter().rev().find_map(|e| match e {
        Event::Started {
            phase,
            label,
            input,
            input_is_complete,
        } => Some(Failure {
            kind: FailureKind::Panic,
            phase: *phase,
            label: label.clone(),
            input: input.clone(),
            input_is_complete: *input_is_complete,
            full_input: None,
            expected: None,
            got: None,
            message: String::new(),
            passed: 0,
            time_ms: None,
            reference_time_ms: None,
        }),
        _ => None,
    });
    let base = |verdict, passed, failure: Option<Failure>, message: Option<String>| Judgement {
        verdict,
        passed,
        total,
        failure: failure.or_else(|| {
            let mut crash = last_started.clone()?;
            crash.message = message.clone().unwrap_or_default();
            Some(crash)
        }),
        message,
    };
    for event in events {
        match event {
            Event::Failure(failure) => {
                let verdict = match failure.kind {
                    FailureKind::WrongAnswer => Verdict::WrongAnswer,
                    FailureKind::Panic => Verdict::RuntimeError,
                    FailureKind::TooSlow => Verdict::TimeLimitExceeded,
                    FailureKind::MemoryLimit => Verdict::MemoryLimitExceeded,
                };
                return base(verdict, failure.passed, Some(failure.clone()), None);
            }
            Event::InvalidData { message } => {
                return base(
                    Verdict::RuntimeError,
                    0,
                    None,
                    Some(format!("invalid problem data: {message}")),
                )
            }
            _ => {}
        }
    }
    let done = events.iter().find_map(|e| match e {
        Event::Done { passed, total } => Some((*passed, *total)),
        _ => None,
    });
    let phase_text = current_phase.map_or(String::from("before the first case"), |p| {
        format!("during the {} cases", p.as_str())
    });
    match (done, termination) {
        (Some((passed, total)), Termination::Exited(0)) if passed == total => Judgement {
            verdict: Verdict::Accepted,
            passed,
            total,
            failure: None,
            message: None,
        },
        (_, Termination::WallClockKilled { seconds }) => base(
            Verdict::TimeLimitExceeded,
            passed_before,
            None,
            Some(format!("the run did not finish within {seconds} s of wall-clock time and was stopped {phase_text}")),
        ),
        (_, Termination::Signaled(signal)) if stderr_tail.contains("has overflowed its stack") => base(
            Verdict::RuntimeError,
            passed_before,
            None,
            Some(format!("stack overflow {phase_text}: endless or too deep recursion ({})", signal_name(*signal))),
        ),
        (_, Termination::Signaled(24)) => base(
            Verdict::TimeLimitExceeded,
            passed_before,
            None,
            Some(format!("the process used up its CPU time {phase_text}")),
        ),
        (_, Termination::Signaled(signal)) => base(
            Verdict::RuntimeError,
            passed_before,
            None,
            Some(format!("the process was killed by {} {phase_text}", signal_name(*signal))),
        ),
        (_, Termination::Exited(code)) => base(
            Verdict::RuntimeError,
            passed_before,
            None,
            Some(format!(
                "the process exited with status {code} {phase_text}, before the judge finished (does the solution call `process::exit`?)"
            )),
        ),
    }
}

/// The phase in which a judgement's failure happened, if it names one.
pub fn failure_phase(judgement: &Judgement) -> Option<Phase> {
    judgement.failure.as_ref().map(|f| f.phase)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn failure(kind: FailureKind) -> Event {
        Event::Failure(Failure {
            kind,
            phase: Phase::Property,
            label: "random case".into(),
            input: "nums = [1], k = 1".into(),
            input_is_complete: true,
            full_input: None,
            expected: Some("[1]".into()),
            got: Some("[2]".into()),
            message: "differs".into(),
            passed: 7,
            time_ms: None,
            reference_time_ms: None,
        })
    }

    #[test]
    fn done_and_a_clean_exit_is_accepted() {
        let events = [
            Event::Phase {
                phase: Phase::Fixture,
                cases: 2,
            },
            Event::Done {
                passed: 2,
                total: 2,
            },
        ];
        assert_eq!(
            decide(&events, &Termination::Exited(0), "").verdict,
            Verdict::Accepted
        );
    }

    #[test]
    fn done_without_a_clean_exit_is_not_accepted() {
        let events = [Event::Done {
            passed: 2,
            total: 2,
        }];
        assert_eq!(
            decide(&events, &Termination::Exited(3), "").verdict,
            Verdict::RuntimeError
        );
        assert_eq!(
            decide(&events, &Termination::Signaled(6), "").verdict,
            Verdict::RuntimeError
        );
    }

    #[test]
    fn an_exit_before_done_is_a_runtime_error() {
        let events = [Event::Phase {
            phase: Phase::Fixture,
            cases: 2,
        }];
        let judgement = decide(&events, &Termination::Exited(0), "");
        assert_eq!(judgement.verdict, Verdict::RuntimeError);
        assert!(judgement.message.unwrap().contains("process::exit"));
    }

    #[test]
    fn failures_map_to_verdicts() {
        for (kind, verdict) in [
            (FailureKind::WrongAnswer, Verdict::WrongAnswer),
            (FailureKind::Panic, Verdict::RuntimeError),
            (FailureKind::TooSlow, Verdict::TimeLimitExceeded),
            (FailureKind::MemoryLimit, Verdict::MemoryLimitExceeded),
        ] {
            let judgement = decide(&[failure(kind)], &Termination::Exited(1), "");
            assert_eq!(judgement.verdict, verdict);
            assert_eq!(judgement.passed, 7);
        }
    }

    #[test]
    fn stack_overflow_is_named() {
        let stderr =
            "thread 'solution' has overflowed its stack\nfatal runtime error: stack overflow";
        let judgement = decide(&[], &Termination::Signaled(6), stderr);
        assert_eq!(judgement.verdict, Verdict::RuntimeError);
        assert!(judgement.message.unwrap().contains("stack overflow"));
    }

    #[test]
    fn endless_runs_are_time_limit_exceeded() {
        let judgement = decide(&[], &Termination::WallClockKilled { seconds: 20 }, "");
        assert_eq!(judgement.verdict, Verdict::TimeLimitExceeded);
        assert_eq!(
            decide(&[], &Termination::Signaled(24), "").verdict,
            Verdict::TimeLimitExceeded
        );
    }
}
