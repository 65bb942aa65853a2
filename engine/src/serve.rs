//! The solution's process: it confines itself (`sandbox.rs`), then answers the referee's calls
//! and nothing else. It holds no expected answer, no checker and no clock that matters: the
//! referee (`run.rs`) decides every verdict in another process, reading this one's CPU time from
//! the kernel. Whatever the learner's code does here can only change the answers it gives.
//!
//! One call, as lines on stdin (requests) and on the answer channel (the original stdout; what the
//! learner prints goes to stderr):
//! 1. referee: `{"batch":B,"quiet":Q,"memory_limit":M,"input":...}`
//! 2. here: the input is read and copied B times, then `ready`
//! 3. referee: reads this process's CPU clock, then `go`
//! 4. here: B calls on the copies, then `done`, and it waits (blocked, so that the kernel brings
//!    its CPU clock up to date)
//! 5. referee: reads the clock again, then `ack`
//! 6. here: `{"answer":...}` (the first call's answer), or `{"panic":"..."}`, or `{"memory":"..."}`
//!
//! An untimed call (fixtures, random cases) skips `ready`, `go`, `done` and `ack`: the answer
//! follows the request at once. Random cases come several to a request (`cases`), each called
//! once, and are answered in one line (`{"answers":[...]}`) or with the first failure's reply:
//! one round trip per few dozen cases instead of one per case, which on two cores is most of the
//! random phase's time (a wake-up on the other core costs more than a small case's work).
//!
//! At the end the referee sends `bye` and expects `bye` back: a line the learner's code slipped
//! into the channel shows up there, or earlier, as a broken protocol.

use std::io::{BufRead, BufReader, Write};
use std::panic::{self, AssertUnwindSafe};
use std::sync::Mutex;

use serde::{Deserialize, Serialize};

use crate::{alloc, channel, sandbox, FunctionProblem, Solve};

/// A call, as the referee sends it.
#[derive(Serialize, Deserialize)]
pub struct CallRequest<I> {
    pub batch: usize,
    /// A timed stress call: the learner's prints are dropped, and the referee reads the clock
    /// precisely.
    pub quiet: bool,
    /// Heap bytes the calls may add to what the process holds when they start.
    pub memory_limit: u64,
    /// `None` for a round without calls.
    pub input: Option<I>,
    /// Untimed inputs (no `input`, `batch` 0), each called once, in order.
    #[serde(default = "Vec::new", skip_serializing_if = "Vec::is_empty")]
    pub cases: Vec<I>,
}

/// The first line the process sends, before any learner code runs.
#[derive(Serialize, Deserialize)]
pub struct Hello {
    /// Protections the kernel could not give.
    pub missing: Vec<String>,
}

/// How a call ended, as this process reports it.
#[derive(Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CallReply<O> {
    /// The first call's answer, and the heap bytes it allocated beyond what the process held when
    /// it started (its peak extra space, the answer included).
    Answer {
        answer: O,
        extra_bytes: u64,
    },
    /// The answers to a request's `cases`, in order.
    Answers(Vec<O>),
    Panic(String),
    Memory(String),
    /// The reply to a batch of 0 calls.
    Empty,
}

/// Stack for the thread that runs the learner's code: deep legitimate recursion (a 10^5-node
/// linked list walked recursively) fits; endless recursion still overflows in well under a second.
pub const SOLUTION_STACK_BYTES: usize = 256 << 20;

/// Panic messages are cut to this many bytes: a 100 MB message is the learner's, not a report.
const PANIC_MESSAGE_BYTES: usize = 4096;

static LAST_PANIC: Mutex<Option<String>> = Mutex::new(None);

/// Records panic messages (cut short) instead of printing them.
pub fn record_panics() {
    panic::set_hook(Box::new(|info| {
        let location = info
            .location()
            .map(|l| format!(" at {}:{}", l.file(), l.line()))
            .unwrap_or_default();
        let payload = info.payload();
        let message = payload
            .downcast_ref::<&str>()
            .map(|s| cut(s))
            .or_else(|| payload.downcast_ref::<String>().map(|s| cut(s)))
            .unwrap_or_else(|| "Box<dyn Any>".into());
        if let Ok(mut last) = LAST_PANIC.lock() {
            *last = Some(format!("{message}{location}"));
        }
    }));
}

/// The message of the last panic, if one was recorded.
pub fn take_panic() -> Option<String> {
    LAST_PANIC.lock().ok().and_then(|mut last| last.take())
}

fn cut(text: &str) -> String {
    if text.len() <= PANIC_MESSAGE_BYTES {
        return text.to_string();
    }
    let mut end = PANIC_MESSAGE_BYTES;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    format!("{}... ({} bytes in all)", &text[..end], text.len())
}

fn reply<T: Serialize>(value: &T) {
    let mut line = serde_json::to_vec(value).expect("replies serialize");
    line.push(b'\n');
    channel::write_raw(&line);
}

/// Called by the allocator when the learner's calls would cross their heap limit.
pub fn report_memory_limit(live: usize, requested: usize, limit: usize) -> ! {
    let mib = |bytes: usize| bytes as f64 / (1024.0 * 1024.0);
    let message = format!(
        "asked for {:.1} MiB more while holding {:.1} MiB; the limit is {:.0} MiB",
        mib(requested),
        mib(live),
        mib(limit)
    );
    reply(&CallReply::<()>::Memory(message));
    channel::exit_now(4)
}

/// The solution process's `main`: confine, greet, then answer calls until stdin closes.
pub fn serve<P: FunctionProblem>(solve: Solve<'_, P>) -> ! {
    channel::take_stdout();
    let missing = sandbox::confine_self();
    reply(&Hello { missing });
    record_panics();
    alloc::keep_freed_memory();
    let ended = std::thread::scope(|scope| {
        std::thread::Builder::new()
            .name("solution".into())
            .stack_size(SOLUTION_STACK_BYTES)
            .spawn_scoped(scope, || answer_calls::<P>(solve))
            .expect("the solution thread starts")
            .join()
    });
    channel::exit_now(if ended.is_ok() { 0 } else { 101 })
}

fn answer_calls<P: FunctionProblem>(solve: Solve<'_, P>) {
    let mut requests = BufReader::new(std::io::stdin().lock());
    let mut line = String::new();
    loop {
        line.clear();
        if requests.read_line(&mut line).unwrap_or(0) == 0 {
            return;
        }
        if line.trim() == "bye" {
            channel::write_raw(b"bye\n");
            continue;
        }
        let request: CallRequest<P::Input> = match serde_json::from_str(&line) {
            Ok(CallRequest {
                input: None, batch, ..
            }) if batch > 0 => {
                reply(&CallReply::<()>::Panic(
                    "the judge sent a call without an input".into(),
                ));
                return;
            }
            Ok(request) => request,
            Err(error) => {
                reply(&CallReply::<()>::Panic(format!(
                    "the judge sent a call this process cannot read: {error}"
                )));
                return;
            }
        };
        if !request.cases.is_empty() {
            answer_each::<P>(solve, request.cases, request.memory_limit);
            continue;
        }
        // A batch of 0 runs no learner code: the referee times the protocol's own cost with it.
        let inputs: Vec<P::Input> = match request.input {
            Some(input) => (0..request.batch).map(|_| input.clone()).collect(),
            None => Vec::new(),
        };
        // Only a timed call waits for `go` and reports `done` (see the module's docs).
        let timed = request.quiet;
        if timed {
            channel::write_raw(b"ready\n");
            line.clear();
            if requests.read_line(&mut line).unwrap_or(0) == 0 || line.trim() != "go" {
                return;
            }
        }
        channel::silence_learner_stdout(request.quiet);
        alloc::set_limit(alloc::live_bytes() + request.memory_limit as usize);
        let mut first = None;
        let mut failure = None;
        let held = alloc::live_bytes();
        alloc::reset_peak();
        let mut extra_bytes = 0;
        for input in inputs {
            match panic::catch_unwind(AssertUnwindSafe(|| solve(input))) {
                Ok(answer) if first.is_none() => {
                    extra_bytes = alloc::peak_bytes().saturating_sub(held) as u64;
                    first = Some(answer);
                }
                Ok(answer) => drop(answer),
                Err(_) => {
                    failure = Some(take_panic().unwrap_or_else(|| "panic".into()));
                    break;
                }
            }
        }
        let _ = std::io::stdout().flush();
        // Block until the referee has read this process's CPU clock: a running process's clock
        // is only brought up to date when it stops running.
        if timed {
            channel::write_raw(b"done\n");
            line.clear();
            if requests.read_line(&mut line).unwrap_or(0) == 0 || line.trim() != "ack" {
                return;
            }
        }
        match (failure, first) {
            (Some(message), _) => reply(&CallReply::<()>::Panic(message)),
            (None, Some(answer)) => reply(&CallReply::Answer {
                answer,
                extra_bytes,
            }),
            (None, None) => reply(&CallReply::<()>::Empty),
        }
        alloc::set_limit(0);
        channel::silence_learner_stdout(false);
        crate::design::release_kept();
    }
}

/// Untimed cases: each input called once, under the heap limit of one call; all the answers in
/// one reply, or the first panic's.
fn answer_each<P: FunctionProblem>(solve: Solve<'_, P>, cases: Vec<P::Input>, memory_limit: u64) {
    channel::silence_learner_stdout(false);
    let mut answers = Vec::with_capacity(cases.len());
    let mut failure = None;
    for input in cases {
        alloc::set_limit(alloc::live_bytes() + memory_limit as usize);
        let answer = panic::catch_unwind(AssertUnwindSafe(|| solve(input)));
        alloc::set_limit(0);
        crate::design::release_kept();
        match answer {
            Ok(answer) => answers.push(answer),
            Err(_) => {
                failure = Some(take_panic().unwrap_or_else(|| "panic".into()));
                break;
            }
        }
    }
    let _ = std::io::stdout().flush();
    match failure {
        Some(message) => reply(&CallReply::<()>::Panic(message)),
        None => reply(&CallReply::Answers(answers)),
    }
}
