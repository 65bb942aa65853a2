//! The case being run and the watchdog over it. Before each call of the learner's code the runner
//! records what the case is and how much CPU time it may take; a watchdog thread stops the process
//! with Time Limit Exceeded when that is crossed, and the memory cap reports against the same case.

use std::sync::Mutex;
use std::time::Duration;

use judge_core::protocol::{Event, Failure, FailureKind, Phase};

use crate::{channel, clock};

/// What is running now.
#[derive(Clone, Debug)]
pub struct CurrentCase {
    pub phase: Phase,
    pub label: String,
    pub input: String,
    pub input_is_complete: bool,
    pub passed: u32,
    pub reference_ns: Option<u64>,
    /// Set while the learner's code runs: its CPU clock at the start and its limit.
    pub running: Option<(u64, u64)>,
}

static CURRENT: Mutex<Option<CurrentCase>> = Mutex::new(None);

pub fn set_case(case: CurrentCase) {
    let mut current = CURRENT.lock().unwrap_or_else(|e| e.into_inner());
    *current = Some(case);
}

/// Marks the learner's code as running (with a CPU limit) or not.
pub fn set_running(limit_ns: Option<u64>) {
    let mut current = CURRENT.lock().unwrap_or_else(|e| e.into_inner());
    if let Some(case) = current.as_mut() {
        case.running = limit_ns.map(|limit| (clock::solution_cpu_ns(), limit));
    }
}

fn failure_for(
    case: &CurrentCase,
    kind: FailureKind,
    message: String,
    time_ns: Option<u64>,
) -> Event {
    Event::Failure(Failure {
        kind,
        phase: case.phase,
        label: case.label.clone(),
        input: case.input.clone(),
        input_is_complete: case.input_is_complete,
        expected: None,
        got: None,
        message,
        passed: case.passed,
        time_ms: time_ns.map(|ns| ns as f64 / 1e6),
        reference_time_ms: case.reference_ns.map(|ns| ns as f64 / 1e6),
    })
}

/// Starts the watchdog thread.
pub fn start_watchdog() {
    std::thread::Builder::new()
        .name("judge-watchdog".into())
        .spawn(|| loop {
            std::thread::sleep(Duration::from_millis(5));
            let current = CURRENT.lock().unwrap_or_else(|e| e.into_inner());
            let Some(case) = current.as_ref() else {
                continue;
            };
            let Some((start, stop_at)) = case.running else {
                continue;
            };
            let used = clock::solution_cpu_ns().saturating_sub(start);
            if used > stop_at {
                let against = case
                    .reference_ns
                    .map(|r| {
                        format!(
                            " ({:.0}x the reference's {:.2} ms)",
                            used as f64 / r.max(1) as f64,
                            r as f64 / 1e6
                        )
                    })
                    .unwrap_or_default();
                let message = format!(
                    "stopped after {:.0} ms of CPU time on this case{against}, well past its limit",
                    used as f64 / 1e6,
                );
                channel::send(&failure_for(
                    case,
                    FailureKind::TooSlow,
                    message,
                    Some(used),
                ));
                channel::exit_now(3);
            }
        })
        .expect("the watchdog thread starts");
}

/// Called by the allocator when the heap would cross the limit. Allocation is allowed from here on.
pub fn report_memory_limit(live: usize, requested: usize, limit: usize) {
    let mib = |bytes: usize| bytes as f64 / (1024.0 * 1024.0);
    let message = format!(
        "asked for {:.1} MiB more while holding {:.1} MiB; the limit is {:.0} MiB",
        mib(requested),
        mib(live),
        mib(limit)
    );
    let case = match CURRENT.try_lock() {
        Ok(current) => current.clone(),
        Err(_) => None,
    };
    let case = case.unwrap_or(CurrentCase {
        phase: Phase::Fixture,
        label: "setting up".into(),
        input: String::new(),
        input_is_complete: false,
        passed: 0,
        reference_ns: None,
        running: None,
    });
    channel::send(&failure_for(&case, FailureKind::MemoryLimit, message, None));
    channel::exit_now(4);
}
