//! The run itself: regression and fixture cases, then property cases with shrinking, then stress
//! cases timed against the reference. Each case goes through [`Runner::call`], which announces it to
//! the watchdog, calls the learner's code under `catch_unwind`, and checks the answer.

use std::any::Any;
use std::io::Read;
use std::panic::{self, AssertUnwindSafe};
use std::sync::Mutex;

use judge_core::format::{parse_arguments_as_object, summarize_value, write_object_as_arguments};
use judge_core::pace::{self, PacePolicy, Timing};
use judge_core::protocol::{Event, Failure, FailureKind, FixtureCase, Phase, RunRequest};
use proptest::test_runner::{Config, RngAlgorithm, TestCaseError, TestError, TestRng, TestRunner};

use crate::watch::{self, CurrentCase};
use crate::{alloc, channel, clock, FunctionProblem, Gen};

/// The learner's function, adapted to take the problem's input struct.
pub type Solve<'a, P> =
    &'a (dyn Fn(<P as FunctionProblem>::Input) -> <P as FunctionProblem>::Output + Sync);

/// How a run ended: cases passed, or the failure that stopped it.
type Outcome = Result<u32, Box<Failure>>;

/// Stack for the thread that runs the learner's code: deep legitimate recursion (a 10^5-node
/// linked list walked recursively) fits; endless recursion still overflows in well under a second.
const SOLUTION_STACK_BYTES: usize = 256 << 20;

/// Text shown for an input inside a message; longer values are shortened.
const INPUT_BUDGET: usize = 300;

static LAST_PANIC: Mutex<Option<String>> = Mutex::new(None);

/// The harness's `main`: reads the request, runs every phase, reports, and exits.
pub fn judge<P: FunctionProblem>(solve: Solve<'_, P>) -> ! {
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
    panic::set_hook(Box::new(|info| {
        let location = info
            .location()
            .map(|l| format!(" at {}:{}", l.file(), l.line()))
            .unwrap_or_default();
        let message = payload_text(info.payload()).unwrap_or_else(|| "Box<dyn Any>".into());
        if let Ok(mut last) = LAST_PANIC.lock() {
            *last = Some(format!("{message}{location}"));
        }
    }));
    alloc::set_limit(request.memory_limit_bytes as usize);
    alloc::keep_freed_memory();
    watch::start_watchdog();
    let outcome = std::thread::scope(|scope| {
        std::thread::Builder::new()
            .name("solution".into())
            .stack_size(SOLUTION_STACK_BYTES)
            .spawn_scoped(scope, || {
                clock::register_solution_thread();
                Runner::<P> {
                    request: &request,
                    solve,
                    passed: 0,
                }
                .run_all()
            })
            .expect("the solution thread starts")
            .join()
    });
    match outcome {
        Ok(Ok(passed)) => {
            channel::send(&Event::Done {
                passed,
                total: passed,
            });
            channel::exit_now(0)
        }
        Ok(Err(failure)) => {
            channel::send(&Event::Failure(*failure));
            channel::exit_now(1)
        }
        Err(_) => channel::exit_now(101),
    }
}

fn payload_text(payload: &(dyn Any + Send)) -> Option<String> {
    payload
        .downcast_ref::<&str>()
        .map(|s| s.to_string())
        .or_else(|| payload.downcast_ref::<String>().cloned())
}

struct Runner<'a, P: FunctionProblem> {
    request: &'a RunRequest,
    solve: Solve<'a, P>,
    passed: u32,
}

/// A case ready to run.
struct Case<P: FunctionProblem> {
    phase: Phase,
    label: String,
    input: P::Input,
    input_text: String,
    input_is_complete: bool,
    expected: P::Output,
    reference_ns: Option<u64>,
}

enum Called<O> {
    Answer(O, u64),
    Panicked(String),
}

impl<P: FunctionProblem> Runner<'_, P> {
    fn run_all(mut self) -> Outcome {
        self.fixtures()?;
        self.property()?;
        if self.request.stress {
            self.stress()?;
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
                let recorded = LAST_PANIC.lock().ok().and_then(|mut last| last.take());
                let message = recorded
                    .or_else(|| payload_text(&*payload))
                    .unwrap_or_default();
                self.invalid(format!(
                    "the problem's {source} panicked on `{}` ({message}); is the input within the constraints?",
                    Self::short_input_text(input).0
                ))
            }
        }
    }

    /// Calls the learner's code on one input under a CPU limit, timing it.
    fn call(&self, case: &Case<P>, limit_ns: u64) -> Called<P::Output> {
        watch::set_case(CurrentCase {
            phase: case.phase,
            label: case.label.clone(),
            input: case.input_text.clone(),
            input_is_complete: case.input_is_complete,
            passed: self.passed,
            reference_ns: case.reference_ns,
            running: None,
        });
        let input = case.input.clone();
        watch::set_running(Some(limit_ns));
        let start = clock::thread_cpu_ns();
        let result = panic::catch_unwind(AssertUnwindSafe(|| (self.solve)(input)));
        let used = clock::thread_cpu_ns().saturating_sub(start);
        crate::design::release_kept();
        watch::set_running(None);
        match result {
            Ok(answer) => Called::Answer(answer, used),
            Err(payload) => {
                let recorded = LAST_PANIC.lock().ok().and_then(|mut last| last.take());
                Called::Panicked(
                    recorded
                        .or_else(|| payload_text(&*payload))
                        .unwrap_or_else(|| "panic".into()),
                )
            }
        }
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
            input: case.input_text.clone(),
            input_is_complete: case.input_is_complete,
            expected: Some(show(&case.expected)),
            got: got.map(show),
            message,
            passed: self.passed,
            time_ms: time_ns.map(|ns| ns as f64 / 1e6),
            reference_time_ms: case.reference_ns.map(|ns| ns as f64 / 1e6),
        })
    }

    /// Runs one case and checks the answer; returns the CPU time it took.
    fn run_case(&self, case: &Case<P>, limit_ns: u64) -> Result<u64, Box<Failure>> {
        match self.call(case, limit_ns) {
            Called::Panicked(message) => Err(self.failure(
                case,
                FailureKind::Panic,
                None,
                format!("panicked: {message}"),
                None,
            )),
            Called::Answer(got, used) => match P::check(&case.input, &case.expected, &got) {
                Ok(()) => Ok(used),
                Err(why) => {
                    Err(self.failure(case, FailureKind::WrongAnswer, Some(&got), why, Some(used)))
                }
            },
        }
    }

    fn announce(&self, case: &Case<P>) {
        self.send(Event::Started {
            phase: case.phase,
            label: case.label.clone(),
            input: case.input_text.clone(),
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
            input_text: fixture.input.clone(),
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
            input_text: Self::input_text(&input),
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
        let config = Config {
            cases,
            max_shrink_time: self.request.shrink_time_ms,
            failure_persistence: None,
            ..Config::default()
        };
        let mut seed = [0u8; 32];
        seed[..8].copy_from_slice(&self.request.seed.to_le_bytes());
        let mut runner =
            TestRunner::new_with_rng(config, TestRng::from_seed(RngAlgorithm::ChaCha, &seed));
        let passed = std::cell::Cell::new(0u32);
        let failed = std::cell::Cell::new(false);
        let limit = self.request.case_cpu_limit_ms * 1_000_000;
        let strategy = P::strategy();
        let result = runner.run(&strategy, |input| {
            self.check_constraints(&input, "a generated input");
            let case = self.random_case(input);
            match self.run_case(&case, limit) {
                Ok(_) => {
                    if !failed.get() {
                        passed.set(passed.get() + 1);
                    }
                    Ok(())
                }
                Err(failure) => {
                    failed.set(true);
                    Err(TestCaseError::fail(failure.message))
                }
            }
        });
        let first_pass = passed.get().min(cases);
        match result {
            Ok(()) => {
                self.passed += cases;
                Ok(())
            }
            Err(TestError::Fail(reason, minimal)) => {
                self.passed += first_pass;
                let mut case = self.random_case(minimal);
                case.label = format!("random case (seed {}, shrunk)", self.request.seed);
                match self.run_case(&case, limit) {
                    Err(failure) => Err(failure),
                    Ok(_) => Err(self.failure(
                        &case,
                        FailureKind::WrongAnswer,
                        None,
                        format!("failed once, then passed on a second run: {reason}"),
                        None,
                    )),
                }
            }
            Err(TestError::Abort(reason)) => {
                self.invalid(format!("the property run was aborted: {reason}"))
            }
        }
    }

    /// The reference's CPU time per call, the fastest of `reps` timings; each timing covers
    /// `rounds` batches of `batch` calls (copies made before each batch, outside the clock).
    fn reference_time(
        &self,
        input: &P::Input,
        reps: usize,
        (batch, rounds): (usize, usize),
    ) -> u64 {
        (0..reps)
            .map(|_| {
                let mut used = 0;
                for _ in 0..rounds {
                    let inputs: Vec<P::Input> = (0..batch).map(|_| input.clone()).collect();
                    let start = clock::thread_cpu_ns();
                    let answers = panic::catch_unwind(AssertUnwindSafe(|| {
                        inputs.into_iter().map(P::reference).collect::<Vec<_>>()
                    }));
                    used += clock::thread_cpu_ns().saturating_sub(start);
                    crate::design::release_kept();
                    if answers.is_err() {
                        self.invalid("the problem's reference panicked on a stress input".into());
                    }
                }
                used / (batch * rounds) as u64
            })
            .min()
            .unwrap_or(0)
    }

    fn stress_case(&self, family: &str, n: usize, input: P::Input, reference_ns: u64) -> Case<P> {
        let (input_text, input_is_complete) = Self::short_input_text(&input);
        Case {
            phase: Phase::Stress,
            label: format!("stress case \"{family}\" (n = {n})"),
            expected: self.expected_for(&input),
            input,
            input_text,
            input_is_complete,
            reference_ns: Some(reference_ns),
        }
    }

    /// Runs the learner's code on a stress case up to `reps` times, keeping the fastest time per
    /// call. With `batch > 1`, each timing covers `batch` calls on copies made beforehand, so that a
    /// call too quick for the clock (an O(log n) search) is still measured.
    fn timed(
        &self,
        case: &Case<P>,
        limit_ns: u64,
        reps: usize,
        (batch, rounds): (usize, usize),
    ) -> Result<u64, Box<Failure>> {
        let mut best = self.run_case(case, limit_ns)?;
        if batch > 1 {
            best = u64::MAX;
        }
        for _ in 1..reps.max(2) {
            if best > 50_000_000 && best != u64::MAX {
                break;
            }
            let per_call = if batch > 1 {
                let mut used = 0;
                for _ in 0..rounds {
                    let inputs: Vec<P::Input> = (0..batch).map(|_| case.input.clone()).collect();
                    watch::set_running(Some(limit_ns.saturating_mul(batch as u64)));
                    let start = clock::thread_cpu_ns();
                    let answers = panic::catch_unwind(AssertUnwindSafe(|| {
                        inputs.into_iter().map(self.solve).collect::<Vec<_>>()
                    }));
                    used += clock::thread_cpu_ns().saturating_sub(start);
                    crate::design::release_kept();
                    watch::set_running(None);
                    drop(answers);
                }
                used / (batch * rounds) as u64
            } else {
                self.run_case(case, limit_ns)?
            };
            best = best.min(per_call);
        }
        Ok(best)
    }

    /// How many calls one timing must cover for the reference to take at least ~2 ms: batches of
    /// at most 512 calls (the copies of the input are made beforehand, so they must fit in memory),
    /// repeated as many rounds as needed.
    fn batch_for(reference_ns: u64) -> (usize, usize) {
        const TARGET_NS: u64 = 2_000_000;
        let calls = (TARGET_NS / reference_ns.max(1)).clamp(1, 512 * 64) as usize;
        let batch = calls.min(512);
        (batch, calls.div_ceil(batch))
    }

    fn stress(&mut self) -> Result<(), Box<Failure>> {
        let families = P::stress();
        self.send(Event::Phase {
            phase: Phase::Stress,
            cases: families.len() as u32,
        });
        channel::silence_learner_stdout(true);
        let policy = self.request.pace.clone();
        for (index, family) in families.iter().enumerate() {
            let mut gen = Gen::new(self.request.seed.wrapping_add(index as u64 * 7919));
            let small_n = (family.max_n / 16).max(1);
            let large_n = family.max_n;
            let small = (family.generate)(small_n, &mut gen);
            let large = (family.generate)(large_n, &mut gen);
            self.check_constraints(&small, family.name);
            self.check_constraints(&large, family.name);
            let mut batch = Self::batch_for(self.reference_time(&large, 1, (1, 1)));
            if batch.0 > 1 {
                // One cold call overstates a fast reference; estimate again from a batch.
                batch = Self::batch_for(self.reference_time(&large, 1, (batch.0, 1)));
            }
            // The clock floor applies to a whole timing, which covers `batch` calls.
            let policy = PacePolicy {
                floor_ns: policy.floor_ns / (batch.0 * batch.1) as u64,
                ..policy.clone()
            };
            let reference_small_ns = self.reference_time(&small, 3, batch);
            let mut reference_large_ns = self.reference_time(&large, 3, batch);
            let small_case = self.stress_case(family.name, small_n, small, reference_small_ns);
            self.announce(&small_case);
            let case_limit = self.request.case_cpu_limit_ms * 1_000_000;
            let solution_small_ns = self.timed(
                &small_case,
                case_limit.max(pace::limit_ns(&policy, reference_small_ns) * 4),
                3,
                batch,
            )?;
            drop(small_case);
            let mut large_case = self.stress_case(family.name, large_n, large, reference_large_ns);
            self.announce(&large_case);
            let mut limit = pace::limit_ns(&policy, reference_large_ns);
            // The watchdog stops a run at twice the limit; between the limit and that, measure again.
            let mut solution_large_ns = self.timed(&large_case, limit * 2, 2, batch)?;
            if pace::is_borderline(solution_large_ns, limit) {
                reference_large_ns =
                    reference_large_ns.min(self.reference_time(&large_case.input, 5, batch));
                large_case.reference_ns = Some(reference_large_ns);
                limit = pace::limit_ns(&policy, reference_large_ns);
                solution_large_ns =
                    solution_large_ns.min(self.timed(&large_case, limit * 2, 3, batch)?);
            }
            let timing = Timing {
                family: family.name.to_string(),
                small_n,
                large_n,
                reference_small_ns,
                reference_large_ns,
                solution_small_ns,
                solution_large_ns: Some(solution_large_ns),
            };
            let report = pace::judge_pace(&policy, &timing);
            self.send(Event::Timing {
                timing,
                limit_ns: report.limit_ns,
            });
            if report.too_slow {
                let message = format!(
                    "{:.1} ms of CPU time, {:.0}x the reference's {:.2} ms on the same input (the limit is {:.0}x)",
                    solution_large_ns as f64 / 1e6,
                    report.ratio,
                    reference_large_ns as f64 / 1e6,
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
        channel::silence_learner_stdout(false);
        Ok(())
    }
}
