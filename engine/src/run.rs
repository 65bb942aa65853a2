//! The referee: the process that decides a verdict. It holds the reference, the oracle, the
//! checker and the generators, and reaches the learner's code only through a solution process
//! ([`Remote`]), which it watches from outside: its answers are checked here, its CPU time is read
//! from the kernel, and it is stopped when it crosses a limit. The run: regression and fixture
//! cases, then property cases with shrinking, then stress cases timed against the reference,
//! which is served by a process of the same kind so that both pay the same costs.

use std::cell::RefCell;
use std::io::Read;
use std::panic::{self, AssertUnwindSafe};
use std::path::PathBuf;
use std::time::{Duration, Instant};

use judge_core::format::{
    duration_text, parse_arguments_as_object, summarize_value, write_object_as_arguments,
};
use judge_core::pace::{self, PacePolicy, SpaceUse, Timing};
use judge_core::protocol::{Event, Failure, FailureKind, FixtureCase, Phase, RunRequest};
use proptest::strategy::{Strategy, ValueTree};
use proptest::test_runner::{Config, RngAlgorithm, TestRng, TestRunner};

use crate::remote::{Remote, Reply};
use crate::sandbox::ChildLimits;
use crate::{channel, serve, FunctionProblem, Gen, StressFamily};

/// How a run ended: cases passed, or the failure that stopped it.
type Outcome = Result<u32, Box<Failure>>;

/// Text shown for an input inside a message; longer values are shortened.
const INPUT_BUDGET: usize = 300;

/// A shrunk stress input up to this size (as text) is kept whole for `judge run` to save.
const FULL_INPUT_LIMIT: usize = 64 << 10;

/// No timing window is stopped before this much CPU time: the stop guards against code that
/// never ends, and the verdict comes from the measurement, so one cold call must never trip it.
const STOP_FLOOR_NS: u64 = 200_000_000;

/// The fewest rounds a timing keeps the fastest of: a shared machine has bursts of noise (here,
/// rounds of 20 µs of work measured at 150 µs), and the minimum of a few rounds can still be one.
const MIN_ROUNDS: usize = 8;

/// A round this long is not at the mercy of a burst of noise: [`MIN_ROUNDS`] is for shorter ones.
const LONG_ROUND_NS: u64 = 1_000_000;

/// How many times a measurement over (or near) the limit is taken again before it stands.
const CONFIRMATIONS: usize = 2;

/// Shrinking stops after this many candidate inputs (proptest's own default), or at the request's
/// shrink time, whichever comes first.
const MAX_SHRINK_STEPS: u32 = 4096;
/// Random cases sent to the solution in one request (see `serve.rs`).
const CASES_TOGETHER: u32 = 32;

/// CPU seconds a solution process may use in all (a backstop behind the per-call limits).
const PROCESS_CPU_SECONDS: u64 = 120;

/// The referee's `main`: reads the request, starts the solution process, runs every phase,
/// reports, and exits.
pub fn referee<P: FunctionProblem>() -> ! {
    channel::take_stdout();
    let mut text = String::new();
    if let Err(error) = std::io::stdin().read_to_string(&mut text) {
        channel::send(&Event::InvalidData {
            message: format!("cannot read the run request: {error}"),
        });
        channel::exit_now(2);
    }
    let request: RunRequest = match serde_json::from_str(&text) {
        Ok(request) => request,
        Err(error) => {
            channel::send(&Event::InvalidData {
                message: format!("bad run request: {error}"),
            });
            channel::exit_now(2);
        }
    };
    serve::record_panics();
    let own = std::env::current_exe().unwrap_or_else(|_| PathBuf::from("/proc/self/exe"));
    let solver = request
        .solver
        .as_ref()
        .map(PathBuf::from)
        .unwrap_or_else(|| own.clone());
    let limits = ChildLimits {
        cpu_seconds: PROCESS_CPU_SECONDS,
        // The solution thread's stack, the heap limit, copies of inputs for batched timing.
        address_space_bytes: crate::serve::SOLUTION_STACK_BYTES as u64
            + 3 * request.memory_limit_bytes
            + (512 << 20),
    };
    let remote = match Remote::start(&solver, &[], limits) {
        Ok(remote) => remote,
        Err(message) => {
            channel::send(&Event::SolverEnded {
                code: None,
                signal: None,
                message,
            });
            channel::exit_now(1);
        }
    };
    if !remote.missing.is_empty() {
        channel::send(&Event::Unprotected {
            missing: remote.missing.clone(),
        });
    }
    let runner = Runner::<P> {
        request: &request,
        solution: RefCell::new(remote),
        reference: RefCell::new(None),
        reference_binary: own,
        solver_binary: solver,
        limits,
        passed: 0,
        extra_bytes: std::cell::Cell::new((0, 0)),
        _problem: std::marker::PhantomData,
    };
    match runner.run_all() {
        Ok(passed) => {
            channel::send(&Event::Done {
                passed,
                total: passed,
            });
            channel::exit_now(0)
        }
        Err(failure) => {
            channel::send(&Event::Failure(*failure));
            channel::exit_now(1)
        }
    }
}

struct Runner<'a, P: FunctionProblem> {
    request: &'a RunRequest,
    /// The learner's code, in its own process.
    solution: RefCell<Remote>,
    /// The reference, served the same way for timing; started when the stress phase begins.
    reference: RefCell<Option<Remote>>,
    reference_binary: PathBuf,
    solver_binary: PathBuf,
    limits: ChildLimits,
    passed: u32,
    /// The extra heap bytes of the last solution call and of the last reference call (what each
    /// allocated at its peak beyond what its process held), for the note on space.
    extra_bytes: std::cell::Cell<(u64, u64)>,
    _problem: std::marker::PhantomData<P>,
}

/// Whether a smaller input failing the same way says more: a wrong answer or a panic, which leave
/// the solution process serving. Threads left running or a broken protocol end it, too slow or
/// too much memory end it and say nothing of size, and a crash has ended it already: those stand
/// as they are.
fn shrinkable(failure: &Failure) -> bool {
    match failure.kind {
        FailureKind::WrongAnswer => true,
        FailureKind::Panic => failure.message.starts_with("panicked"),
        _ => false,
    }
}

/// How random cases sent together fared.
enum Together {
    Passed,
    /// The first that failed, and how.
    Failed(usize, Box<Failure>),
    /// Something failed together, but each case passed alone.
    PassedAlone,
}

/// A case ready to run.
struct Case<P: FunctionProblem> {
    phase: Phase,
    label: String,
    input: P::Input,
    /// The input as the learner reads it; `None` for a random case, whose text is written only
    /// if it is shown (most never are).
    input_text: Option<String>,
    input_is_complete: bool,
    expected: P::Output,
    reference_ns: Option<u64>,
}

impl<P: FunctionProblem> Runner<'_, P> {
    fn run_all(mut self) -> Outcome {
        self.fixtures()?;
        self.property()?;
        if self.request.stress {
            self.stress()?;
        }
        if let Err(why) = self.solution.borrow_mut().finish() {
            return Err(Box::new(Failure {
                kind: FailureKind::Panic,
                phase: if self.request.stress {
                    Phase::Stress
                } else {
                    Phase::Property
                },
                label: "the end of the run".into(),
                input: String::new(),
                input_is_complete: false,
                full_input: None,
                expected: None,
                got: None,
                message: why,
                passed: self.passed,
                time_ms: None,
                reference_time_ms: None,
            }));
        }
        Ok(self.passed)
    }

    fn send(&self, event: Event) {
        channel::send(&event);
    }

    /// Problem data the harness cannot use ends the run: it is the author's bug, not the learner's.
    fn invalid(&self, message: String) -> ! {
        self.send(Event::InvalidData { message });
        channel::exit_now(2)
    }

    fn input_text(input: &P::Input) -> String {
        let value = serde_json::to_value(input).expect("inputs serialize");
        write_object_as_arguments(&value, P::PARAMETERS)
    }

    /// The case's input as text, written now if it was left for when it is shown.
    fn text_of(case: &Case<P>) -> String {
        case.input_text
            .clone()
            .unwrap_or_else(|| Self::input_text(&case.input))
    }

    fn short_input_text(input: &P::Input) -> (String, bool) {
        let value = serde_json::to_value(input).expect("inputs serialize");
        let mut complete = true;
        let parts: Vec<String> = P::PARAMETERS
            .iter()
            .filter_map(|name| {
                let (text, whole) =
                    summarize_value(value.get(*name)?, INPUT_BUDGET / P::PARAMETERS.len().max(1));
                complete &= whole;
                Some(format!("{name} = {text}"))
            })
            .collect();
        if complete {
            (Self::input_text(input), true)
        } else {
            (parts.join(", "), false)
        }
    }

    /// The right answer, from the reference (or the oracle when verifying). If the problem's own
    /// code panics, that is the author's bug: the run ends as invalid data, never as the learner's
    /// runtime error.
    fn expected_for(&self, input: &P::Input) -> P::Output {
        let source = if self.request.verify {
            "oracle"
        } else {
            "reference"
        };
        let compute = if self.request.verify {
            P::oracle
        } else {
            P::reference
        };
        let owned = input.clone();
        match panic::catch_unwind(AssertUnwindSafe(|| compute(owned))) {
            Ok(answer) => answer,
            Err(payload) => {
                let message = serve::take_panic()
                    .or_else(|| payload.downcast_ref::<&str>().map(|s| s.to_string()))
                    .unwrap_or_default();
                self.invalid(format!(
                    "the problem's {source} panicked on `{}` ({message}); is the input within the constraints?",
                    Self::short_input_text(input).0
                ))
            }
        }
    }

    /// Calls the learner's code `batch` times on copies of the case's input, allowing
    /// `limit_ns` of CPU time per call; checks the first answer and returns the CPU time of the
    /// whole round (the protocol's cost included) and the write calls (prints) made while it ran.
    fn call(
        &self,
        case: &Case<P>,
        batch: usize,
        quiet: bool,
        limit_ns: u64,
    ) -> Result<(u64, u64), Box<Failure>> {
        let stop_ns = limit_ns.saturating_mul(2 * batch as u64).max(STOP_FLOOR_NS);
        let reply = self.solution.borrow_mut().call::<P::Input, P::Output>(
            &case.input,
            batch,
            quiet,
            self.request.memory_limit_bytes,
            stop_ns,
        );
        let per_call = |cpu_ns: u64| cpu_ns / batch.max(1) as u64;
        let fail = |kind, message: String, time: Option<u64>| {
            Err(self.failure(case, kind, None, message, time))
        };
        match reply {
            Reply::Answer {
                answer,
                cpu_ns,
                writes,
                extra_bytes,
            } => match P::check(&case.input, &case.expected, &answer) {
                Ok(()) => {
                    let (_, reference) = self.extra_bytes.get();
                    self.extra_bytes.set((extra_bytes, reference));
                    Ok((cpu_ns, writes))
                }
                Err(why) => Err(self.failure(
                    case,
                    FailureKind::WrongAnswer,
                    Some(&answer),
                    why,
                    Some(per_call(cpu_ns)),
                )),
            },
            Reply::Panicked(message) => fail(FailureKind::Panic, format!("panicked: {message}"), None),
            Reply::MemoryLimit(message) => fail(FailureKind::MemoryLimit, message, None),
            Reply::Stopped { cpu_ns } => fail(
                FailureKind::TooSlow,
                format!(
                    "stopped after {} of CPU time on {batch} call(s) of this case, well past its limit of {} a call{}",
                    duration_text(cpu_ns),
                    duration_text(limit_ns),
                    case.reference_ns
                        .map(|r| format!(" (the reference takes {} a call)", duration_text(r)))
                        .unwrap_or_default()
                ),
                Some(per_call(cpu_ns)),
            ),
            Reply::Idle { cpu_ns, wall } => fail(
                FailureKind::TooSlow,
                format!(
                    "stopped after {:.1} s in which it used no CPU time ({} in all): it slept, waited on something that never came (a lock, a channel, a thread) or was stopped",
                    wall.as_secs_f64(),
                    duration_text(cpu_ns)
                ),
                None,
            ),
            Reply::LeftThreads(threads) => fail(
                FailureKind::Panic,
                format!(
                    "{threads} thread(s) it started were still running after it returned; the judge cannot time work done in the background (join every thread you start, e.g. with std::thread::scope)"
                ),
                None,
            ),
            Reply::Broken(why) => fail(
                FailureKind::Panic,
                format!("the solution's process broke the judge's protocol: {why} (did it read the judge's stdin or write to its channel?)"),
                None,
            ),
            Reply::Ended { code, signal } => self.crashed(case, code, signal),
            Reply::Empty { .. } | Reply::Answers(_) => {
                unreachable!("Remote::call answers every call it makes")
            }
        }
    }

    /// The solution process ended in the middle of a case: says which case, and how, and stops.
    fn crashed(&self, case: &Case<P>, code: Option<i32>, signal: Option<i32>) -> ! {
        self.announce(case);
        self.send(Event::SolverEnded {
            code,
            signal,
            message: String::new(),
        });
        channel::exit_now(1)
    }

    fn failure(
        &self,
        case: &Case<P>,
        kind: FailureKind,
        got: Option<&P::Output>,
        message: String,
        time_ns: Option<u64>,
    ) -> Box<Failure> {
        let show = |value: &P::Output| {
            let value = serde_json::to_value(value).expect("answers serialize");
            if case.input_is_complete {
                value.to_string()
            } else {
                summarize_value(&value, INPUT_BUDGET).0
            }
        };
        Box::new(Failure {
            kind,
            phase: case.phase,
            label: case.label.clone(),
            input: Self::text_of(case),
            input_is_complete: case.input_is_complete,
            full_input: None,
            expected: Some(show(&case.expected)),
            got: got.map(show),
            message,
            passed: self.passed,
            time_ms: time_ns.map(|ns| ns as f64 / 1e6),
            reference_time_ms: case.reference_ns.map(|ns| ns as f64 / 1e6),
        })
    }

    /// Runs one case once and checks the answer.
    fn run_case(&self, case: &Case<P>, limit_ns: u64) -> Result<(), Box<Failure>> {
        self.call(case, 1, false, limit_ns).map(|_| ())
    }

    fn announce(&self, case: &Case<P>) {
        self.send(Event::Started {
            phase: case.phase,
            label: case.label.clone(),
            input: Self::text_of(case),
            input_is_complete: case.input_is_complete,
        });
    }

    fn check_constraints(&self, input: &P::Input, label: &str) {
        if self.request.verify {
            if let Err(why) = P::validate(input) {
                self.invalid(format!("{label} breaks the constraints: {why}"));
            }
        }
    }

    fn fixture_case(&self, fixture: &FixtureCase) -> Case<P> {
        let value = parse_arguments_as_object(&fixture.input, P::PARAMETERS).unwrap_or_else(|e| {
            self.invalid(format!(
                "{}: the input `{}` cannot be read: {e}",
                fixture.label, fixture.input
            ))
        });
        let input: P::Input = serde_json::from_value(value).unwrap_or_else(|e| {
            self.invalid(format!(
                "{}: the input `{}` does not fit the signature: {e}",
                fixture.label, fixture.input
            ))
        });
        self.check_constraints(&input, &fixture.label);
        let computed = self.expected_for(&input);
        let expected = match &fixture.expected {
            None => computed,
            Some(text) => {
                let given: P::Output = serde_json::from_str(text).unwrap_or_else(|e| {
                    self.invalid(format!(
                        "{}: the output `{text}` does not fit the signature: {e}",
                        fixture.label
                    ))
                });
                if let Err(why) = P::check(&input, &given, &computed) {
                    let source = if self.request.verify {
                        "oracle"
                    } else {
                        "reference"
                    };
                    self.invalid(format!(
                        "{}: the {source} disagrees with the expected output `{text}`: {why}",
                        fixture.label
                    ));
                }
                given
            }
        };
        Case {
            phase: fixture.phase,
            label: fixture.label.clone(),
            input_text: Some(fixture.input.clone()),
            input,
            input_is_complete: true,
            expected,
            reference_ns: None,
        }
    }

    fn fixtures(&mut self) -> Result<(), Box<Failure>> {
        for phase in [Phase::Regression, Phase::Fixture] {
            let fixtures: Vec<&FixtureCase> = self
                .request
                .fixtures
                .iter()
                .filter(|f| f.phase == phase)
                .collect();
            if fixtures.is_empty() {
                continue;
            }
            self.send(Event::Phase {
                phase,
                cases: fixtures.len() as u32,
            });
            for fixture in fixtures {
                let case = self.fixture_case(fixture);
                self.announce(&case);
                self.run_case(&case, self.request.case_cpu_limit_ms * 1_000_000)?;
                self.passed += 1;
            }
        }
        Ok(())
    }

    fn random_case(&self, input: P::Input) -> Case<P> {
        Case {
            phase: Phase::Property,
            label: "random case".into(),
            input_text: None,
            expected: self.expected_for(&input),
            input,
            input_is_complete: true,
            reference_ns: None,
        }
    }

    fn property(&mut self) -> Result<(), Box<Failure>> {
        let cases = self.request.property_cases;
        if cases == 0 {
            return Ok(());
        }
        self.send(Event::Phase {
            phase: Phase::Property,
            cases,
        });
        // proptest generates and shrinks; the loop is the judge's own, so that shrinking has a
        // time limit without proptest's `std` feature (which brings a regex parser, ~28 s of CPU
        // in a first build) and prints nothing of its own.
        let config = Config {
            cases,
            failure_persistence: None,
            ..Config::default()
        };
        let mut seed = [0u8; 32];
        seed[..8].copy_from_slice(&self.request.seed.to_le_bytes());
        let mut runner =
            TestRunner::new_with_rng(config, TestRng::from_seed(RngAlgorithm::ChaCha, &seed));
        let limit = self.request.case_cpu_limit_ms * 1_000_000;
        let strategy = P::strategy();
        let fails = |input: P::Input| -> Option<Box<Failure>> {
            self.check_constraints(&input, "a generated input");
            let case = self.random_case(input);
            self.run_case(&case, limit).err()
        };
        let mut case_number = 0;
        let mut together = CASES_TOGETHER;
        while case_number < cases {
            let count = together.min(cases - case_number);
            let mut trees: Vec<_> = (0..count)
                .map(|_| {
                    strategy.new_tree(&mut runner).unwrap_or_else(|reason| {
                        self.invalid(format!("the random strategy gave up: {reason}"))
                    })
                })
                .collect();
            let first_failing = if count == 1 {
                fails(trees[0].current()).map(|why| (0, why))
            } else {
                let inputs = trees.iter().map(|tree| tree.current()).collect();
                match self.first_failing(inputs, limit) {
                    Together::Passed => None,
                    Together::Failed(index, why) => Some((index, why)),
                    // Only one at a time could say which case failed, and none did: the rest
                    // go one at a time, as a slow solution's cases are better run.
                    Together::PassedAlone => {
                        together = 1;
                        None
                    }
                }
            };
            let Some((index, failure)) = first_failing else {
                case_number += count;
                continue;
            };
            let passed_before = case_number + index as u32;
            // Too slow, too much memory, a broken protocol: the process is gone, and a smaller
            // input says no more. The case stands as it is.
            if !shrinkable(&failure) {
                self.passed += passed_before;
                return Err(failure);
            }
            let kind = failure.kind;
            let mut reason = failure.message;
            let mut tree = trees.swap_remove(index);
            drop(trees);
            let mut minimal = tree.current();
            let deadline =
                Instant::now() + Duration::from_millis(u64::from(self.request.shrink_time_ms));
            let mut steps = 0;
            if tree.simplify() {
                while steps < MAX_SHRINK_STEPS && Instant::now() < deadline {
                    steps += 1;
                    let candidate = tree.current();
                    let moved = match fails(candidate.clone()) {
                        Some(found) if found.kind == kind && shrinkable(&found) => {
                            (minimal, reason) = (candidate, found.message);
                            tree.simplify()
                        }
                        // Failing another way (a panic while a wrong answer is shrunk, too slow
                        // on it) is not the failure being shrunk: the verdict stays the first
                        // failing case's, whatever the shrinking meets. Too slow or too much
                        // memory ended the process.
                        Some(found) => {
                            if !shrinkable(&found) {
                                self.restart_solution();
                            }
                            tree.complicate()
                        }
                        None => tree.complicate(),
                    };
                    if !moved {
                        break;
                    }
                }
            }
            self.passed += passed_before;
            let mut case = self.random_case(minimal);
            case.label = format!("random case (seed {}, shrunk)", self.request.seed);
            return match self.run_case(&case, limit) {
                Err(failure) => Err(failure),
                Ok(_) => Err(self.failure(
                    &case,
                    FailureKind::WrongAnswer,
                    None,
                    format!("failed once, then passed on a second run: {reason}"),
                    None,
                )),
            };
        }
        self.passed += cases;
        Ok(())
    }

    /// The first of `inputs` (random cases) the solution fails, and why, from one round trip
    /// when all pass or the first failure is a wrong answer. Any other ending (a panic, a crash,
    /// too much time or memory, a broken protocol) does not say which case it was: the cases are
    /// run again one at a time, in a fresh process, and what fails there is reported as always.
    fn first_failing(&self, inputs: Vec<P::Input>, limit_ns: u64) -> Together {
        let cases: Vec<Case<P>> = inputs
            .into_iter()
            .map(|input| {
                self.check_constraints(&input, "a generated input");
                self.random_case(input)
            })
            .collect();
        let reply = {
            let inputs: Vec<&P::Input> = cases.iter().map(|case| &case.input).collect();
            self.solution
                .borrow_mut()
                .call_each::<&P::Input, P::Output>(
                    &inputs,
                    self.request.memory_limit_bytes,
                    limit_ns.saturating_mul(2).max(STOP_FLOOR_NS),
                )
        };
        if let Reply::Answers(answers) = reply {
            return cases
                .iter()
                .zip(&answers)
                .enumerate()
                .find_map(|(index, (case, answer))| {
                    P::check(&case.input, &case.expected, answer)
                        .err()
                        .map(|why| {
                            let failure = self.failure(
                                case,
                                FailureKind::WrongAnswer,
                                Some(answer),
                                why,
                                None,
                            );
                            Together::Failed(index, failure)
                        })
                })
                .unwrap_or(Together::Passed);
        }
        self.restart_solution();
        for (index, case) in cases.iter().enumerate() {
            if let Err(failure) = self.run_case(case, limit_ns) {
                return Together::Failed(index, failure);
            }
        }
        Together::PassedAlone
    }

    /// A new solution process in place of one that failed several cases at once.
    fn restart_solution(&self) {
        match Remote::start(&self.solver_binary, &[], self.limits) {
            Ok(fresh) => *self.solution.borrow_mut() = fresh,
            Err(message) => {
                self.send(Event::SolverEnded {
                    code: None,
                    signal: None,
                    message,
                });
                channel::exit_now(1)
            }
        }
    }

    /// One round of `batch` reference calls and one empty round beside it, in the reference's
    /// own process: the round's CPU time and the protocol's cost so far (its fastest empty round).
    fn reference_round(&self, input: &P::Input, batch: usize) -> (u64, u64) {
        let mut server = self.reference.borrow_mut();
        if server.is_none() {
            let started = Remote::start(&self.reference_binary, &[], self.limits)
                .unwrap_or_else(|why| self.invalid(format!("cannot start the reference: {why}")));
            *server = Some(started);
        }
        let server = server.as_mut().expect("started above");
        let failed = "the problem's reference failed on a stress input";
        let memory = self.request.memory_limit_bytes;
        // The reference's answer is not looked at here (it is the expected one): its JSON is
        // read without building it.
        let cpu_ns = match server.call::<P::Input, serde::de::IgnoredAny>(
            input,
            batch,
            true,
            memory,
            u64::MAX,
        ) {
            Reply::Answer {
                cpu_ns,
                extra_bytes,
                ..
            } => {
                let (solution, _) = self.extra_bytes.get();
                self.extra_bytes.set((solution, extra_bytes));
                cpu_ns
            }
            _ => self.invalid(failed.into()),
        };
        // An empty round beside each timed one: the protocol's floor, from as many samples
        // taken at the same moments.
        match server.protocol_cost::<P::Output>(1, memory) {
            Ok(cost) => (cpu_ns, cost),
            Err(_) => self.invalid(failed.into()),
        }
    }

    /// The reference's CPU time per call: the fastest of `reps × rounds` rounds (at least
    /// [`MIN_ROUNDS`]) of `batch` calls, in a process of the same kind as the solution's, less
    /// the protocol's own cost.
    fn reference_time(
        &self,
        input: &P::Input,
        reps: usize,
        (batch, rounds): (usize, usize),
    ) -> u64 {
        let (mut fastest, mut cost) = (u64::MAX, 0);
        for round in 0..(reps * rounds).max(MIN_ROUNDS) {
            if round >= reps * rounds && fastest > LONG_ROUND_NS {
                break;
            }
            let (cpu_ns, floor) = self.reference_round(input, batch);
            fastest = fastest.min(cpu_ns);
            cost = floor;
        }
        // Too quick to tell from the protocol's own cost: the pace policy's clock floor decides.
        (fastest.saturating_sub(cost) / batch as u64).max(1)
    }

    /// The reference and the solution timed in alternating rounds, so that both meet the same
    /// machine (a cargo build thrashing the caches slows an O(log n) search several times over):
    /// their CPU times per call from one window, and the solution's prints.
    fn timed_together(
        &self,
        case: &Case<P>,
        limit_ns: u64,
        (batch, rounds): (usize, usize),
    ) -> Result<(u64, u64, u64), Box<Failure>> {
        let (first, mut writes) = self.call(case, 1, true, limit_ns)?;
        let solution_cost = self.protocol_cost(case, 1)?;
        // A slow solution runs one call a round; a quick one the reference's batch.
        let solution_batch = if first.saturating_sub(solution_cost) > 4_000_000 {
            1
        } else {
            batch
        };
        let (mut reference, mut reference_cost) = (u64::MAX, 0);
        let mut solution = u64::MAX;
        for _ in 0..(2 * rounds).max(MIN_ROUNDS) {
            let (cpu_ns, floor) = self.reference_round(&case.input, batch);
            reference = reference.min(cpu_ns);
            reference_cost = floor;
            let (cpu_ns, printed) = self.call(case, solution_batch, true, limit_ns)?;
            solution = solution.min(cpu_ns);
            writes += printed;
            self.protocol_cost(case, 1)?;
            if solution / solution_batch as u64 > 50_000_000 {
                break;
            }
        }
        let solution_cost = self.protocol_cost(case, 0)?;
        Ok((
            (reference.saturating_sub(reference_cost) / batch as u64).max(1),
            solution.saturating_sub(solution_cost) / solution_batch as u64,
            writes,
        ))
    }

    /// A stress input the solution answers wrongly (or panics on) is large: the same family at
    /// halved sizes (n/2, n/4, ... 1) usually fails too, and the smallest failing input is one
    /// the learner can read and `judge run` can save as a regression. Sizes whose input breaks
    /// the constraints (a family written for large n) are skipped; a failure of another kind
    /// (too slow, too much memory) stands as it is.
    fn smallest_failing(
        &self,
        family: &StressFamily<P::Input>,
        index: usize,
        failed_n: usize,
        failure: Box<Failure>,
    ) -> Box<Failure> {
        if !shrinkable(&failure) {
            return failure;
        }
        let limit = self.request.case_cpu_limit_ms * 1_000_000;
        let seed_for =
            |n: usize| self.request.seed.wrapping_add(index as u64 * 7919) ^ ((n as u64) << 20);
        let mut smallest = None;
        let mut n = failed_n / 2;
        while n >= 1 {
            let input = (family.generate)(n, &mut Gen::new(seed_for(n)));
            if P::validate(&input).is_ok() {
                let mut case = self.stress_case(family.name, n, input, 0);
                case.reference_ns = None;
                match self.run_case(&case, limit) {
                    Err(found) if shrinkable(&found) => smallest = Some((n, found)),
                    // Anything else (too slow at this size, threads left running) ends the
                    // search with what was found so far.
                    Err(_) => break,
                    Ok(()) => {}
                }
            }
            n /= 2;
        }
        match smallest {
            Some((n, mut found)) => {
                found.label = format!(
                    "stress case \"{}\" (n = {n}; it first failed at n = {failed_n}, and n = {n} is the smallest size of the family tried that fails)",
                    family.name
                );
                found.passed = failure.passed;
                if !found.input_is_complete {
                    let input = (family.generate)(n, &mut Gen::new(seed_for(n)));
                    let text = Self::input_text(&input);
                    if text.len() <= FULL_INPUT_LIMIT {
                        found.full_input = Some(text);
                    }
                }
                found
            }
            None => failure,
        }
    }

    fn stress_case(&self, family: &str, n: usize, input: P::Input, reference_ns: u64) -> Case<P> {
        let (input_text, input_is_complete) = Self::short_input_text(&input);
        Case {
            phase: Phase::Stress,
            label: format!("stress case \"{family}\" (n = {n})"),
            expected: self.expected_for(&input),
            input,
            input_text: Some(input_text),
            input_is_complete,
            reference_ns: Some(reference_ns),
        }
    }

    /// Times the learner's code on a stress case `reps` times, keeping the fastest time per
    /// call. A first single call says how fast the code is; each timing then covers enough calls
    /// on copies made beforehand (at most the reference's `batch`) for about 4 ms of work, so
    /// that a call too quick for the clock (an O(log n) search) is still measured and a slow one
    /// is not repeated thousands of times. Also returns the write calls (prints) made meanwhile.
    fn timed(
        &self,
        case: &Case<P>,
        limit_ns: u64,
        reps: usize,
        (batch, rounds): (usize, usize),
    ) -> Result<(u64, u64), Box<Failure>> {
        let (first, mut writes) = self.call(case, 1, true, limit_ns)?;
        let cost = self.protocol_cost(case, 3)?;
        let first = first.saturating_sub(cost);
        let calls = ((4_000_000 / first.max(1)) as usize).clamp(1, batch * rounds);
        let (batch, rounds) = (calls.min(batch), calls.div_ceil(batch.max(1)));
        // The fastest round: on a shared machine, noise only ever adds time.
        let mut fastest = u64::MAX;
        for round in 0..(reps.max(1) * rounds).max(MIN_ROUNDS) {
            // Long rounds say enough in a few; short ones need many against the noise.
            if round >= reps.max(1) * rounds && fastest != u64::MAX && fastest > LONG_ROUND_NS {
                break;
            }
            let (cpu_ns, printed) = self.call(case, batch, true, limit_ns)?;
            writes += printed;
            fastest = fastest.min(cpu_ns);
            // An empty round beside each timed one (see `reference_time`).
            self.protocol_cost(case, 1)?;
        }
        let cost = self.protocol_cost(case, 0)?;
        let best = (fastest.saturating_sub(cost) / batch as u64).min(first.max(1));
        Ok((best, writes))
    }

    /// The solution process's protocol cost (see [`Remote::protocol_cost`]), after `rounds` more
    /// empty rounds.
    fn protocol_cost(&self, case: &Case<P>, rounds: usize) -> Result<u64, Box<Failure>> {
        self.solution
            .borrow_mut()
            .protocol_cost::<P::Output>(rounds, self.request.memory_limit_bytes)
            .map_err(|reply| match reply {
                Reply::Ended { code, signal } => self.crashed(case, code, signal),
                _ => self.failure(
                    case,
                    FailureKind::Panic,
                    None,
                    "the solution's process stopped following the judge's protocol".into(),
                    None,
                ),
            })
    }

    /// How many calls one timing must cover for the reference to take at least ~2 ms, as
    /// batches repeated in rounds (at most 64). The copies of a batch are made beforehand, and
    /// they are kept to about 4 MiB in all (`input_bytes` is the input's size as JSON, a fair
    /// proxy): copies that overflow the caches make every call of an O(log n) search a run of
    /// cache misses, which would time the memory, not the code (measured for binary-search at
    /// n = 10^4: 80 ns a call alone, 180 ns in batches of 64, 440 ns in batches of 512).
    fn batch_for(reference_ns: u64, input_bytes: usize) -> (usize, usize) {
        const TARGET_NS: u64 = 2_000_000;
        const BATCH_BYTES: usize = 4 << 20;
        let largest = (BATCH_BYTES / input_bytes.max(1)).clamp(1, 512);
        let calls = (TARGET_NS / reference_ns.max(1)).clamp(1, 512 * 64) as usize;
        let batch = calls.min(largest);
        (batch, calls.div_ceil(batch).min(64))
    }

    fn stress(&mut self) -> Result<(), Box<Failure>> {
        let families = P::stress();
        self.send(Event::Phase {
            phase: Phase::Stress,
            cases: families.len() as u32,
        });
        let policy = self.request.pace.clone();
        for (index, family) in families.iter().enumerate() {
            let mut gen = Gen::new(self.request.seed.wrapping_add(index as u64 * 7919));
            let small_n = (family.max_n / 16).max(1);
            let large_n = family.max_n;
            let small = (family.generate)(small_n, &mut gen);
            let large = (family.generate)(large_n, &mut gen);
            self.check_constraints(&small, family.name);
            self.check_constraints(&large, family.name);
            let input_bytes = serde_json::to_vec(&large).map_or(1, |json| json.len());
            let mut batch = Self::batch_for(self.reference_time(&large, 1, (1, 1)), input_bytes);
            if batch.0 > 1 {
                // One cold call overstates a fast reference; estimate again from a batch.
                batch = Self::batch_for(self.reference_time(&large, 3, (batch.0, 1)), input_bytes);
            }
            // The clock floor applies to a whole timing, which covers `batch` calls.
            let policy = PacePolicy {
                floor_ns: policy.floor_ns / (batch.0 * batch.1) as u64,
                ..policy.clone()
            };
            let reference_small_ns = self.reference_time(&small, 3, batch);
            let reference_small_extra = self.extra_bytes.get().1;
            let mut reference_large_ns = self.reference_time(&large, 3, batch);
            let reference_large_extra = self.extra_bytes.get().1;
            let small_case = self.stress_case(family.name, small_n, small, reference_small_ns);
            self.announce(&small_case);
            let case_limit = self.request.case_cpu_limit_ms * 1_000_000;
            let (solution_small_ns, _) = self
                .timed(
                    &small_case,
                    case_limit.max(pace::limit_ns(&policy, reference_small_ns) * 4),
                    3,
                    batch,
                )
                .map_err(|failure| self.smallest_failing(family, index, small_n, failure))?;
            let solution_small_extra = self.extra_bytes.get().0;
            drop(small_case);
            let mut large_case = self.stress_case(family.name, large_n, large, reference_large_ns);
            self.announce(&large_case);
            let mut limit = pace::limit_ns(&policy, reference_large_ns);
            let (mut solution_large_ns, mut writes) = self
                .timed(&large_case, limit, 2, batch)
                .map_err(|failure| self.smallest_failing(family, index, large_n, failure))?;
            let solution_large_extra = self.extra_bytes.get().0;
            // Over the limit, or close to it, or growing much faster than the reference (a busy
            // machine can inflate a memory-bound reference several times and hide a worse
            // complexity class behind the ratio at one size: median-of-two-sorted-arrays' sort was
            // Accepted so): measure both again, after a pause, in alternating rounds, and judge
            // on that window alone. Too slow is never decided on one measurement, and never on a
            // reference timed at a quieter moment than the solution.
            for _ in 0..CONFIRMATIONS {
                let steeper = pace::grows_faster(
                    reference_small_ns,
                    reference_large_ns,
                    solution_small_ns,
                    solution_large_ns,
                );
                if !pace::needs_confirming(solution_large_ns, limit) && !steeper {
                    break;
                }
                std::thread::sleep(std::time::Duration::from_millis(30));
                let (reference, solution, printed) =
                    self.timed_together(&large_case, limit, batch)?;
                reference_large_ns = reference;
                solution_large_ns = solution;
                writes += printed;
                large_case.reference_ns = Some(reference_large_ns);
                limit = pace::limit_ns(&policy, reference_large_ns);
            }
            let timing = Timing {
                family: family.name.to_string(),
                small_n,
                large_n,
                reference_small_ns,
                reference_large_ns,
                solution_small_ns,
                solution_large_ns: Some(solution_large_ns),
                space: Some(SpaceUse {
                    reference: (reference_small_extra, reference_large_extra),
                    solution: (solution_small_extra, solution_large_extra),
                }),
            };
            let report = pace::judge_pace(&policy, &timing);
            self.send(Event::Timing {
                timing,
                limit_ns: report.limit_ns,
            });
            if report.too_slow {
                let printing = if writes > 0 {
                    format!(
                        "; it printed while being timed ({writes} write calls): each print is a system call that costs more than the search itself, so remove the prints and run again"
                    )
                } else {
                    String::new()
                };
                let message = format!(
                    "{} of CPU time a call, {:.0}x the reference's {} on the same input (the limit is {:.0}x){printing}",
                    duration_text(solution_large_ns),
                    report.ratio,
                    duration_text(reference_large_ns),
                    policy.ratio_cap
                );
                let mut failure = self.failure(
                    &large_case,
                    FailureKind::TooSlow,
                    None,
                    message,
                    Some(solution_large_ns),
                );
                failure.expected = None;
                return Err(failure);
            }
            self.passed += 1;
        }
        Ok(())
    }
}
