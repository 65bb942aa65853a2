//! The referee's side of a solution process (`serve.rs`): it starts the process under its limits,
//! sends one call at a time, and watches it from outside while it works: the process's CPU time
//! (every thread) from the kernel, whether it is asleep, its threads and its peak memory. Nothing
//! the process says about itself decides anything but its own answers, and those are checked.

#![allow(unsafe_code)] // pre_exec: the child is limited between fork and exec.

use std::io::{Read, Write};
use std::os::fd::AsRawFd;
use std::os::unix::process::{CommandExt, ExitStatusExt};
use std::path::Path;
use std::process::{Child, ChildStdin, ChildStdout, Command, Stdio};
use std::time::{Duration, Instant};

use serde::de::DeserializeOwned;
use serde::Serialize;

use crate::probe::{self, CpuClock};
use crate::sandbox::{self, ChildLimits};
use crate::serve::{CallReply, CallRequest, Hello};

/// A solution process asleep, blocked or stopped this long, with no CPU time used, has hung.
const IDLE_LIMIT: Duration = Duration::from_millis(1500);
/// The longest answer line accepted: a solution cannot exhaust the referee's memory.
const ANSWER_BYTES: usize = 512 << 20;
/// How long the process may take to read an input and get ready (no learner code runs then).
const SETUP_LIMIT: Duration = Duration::from_secs(120);

/// The environment variable that tells a judge binary which part to play.
pub const ROLE_ENV: &str = "JUDGE_ROLE";

/// How one call ended.
pub enum Reply<O> {
    /// The answer of the first call, and the CPU time the whole batch took.
    Answer {
        answer: O,
        cpu_ns: u64,
        /// Write system calls made while the calls ran (printing), beyond the answer's own.
        writes: u64,
        /// Heap bytes the first call allocated at its peak beyond what the process held (as the
        /// process reports it: a note on space, never a verdict).
        extra_bytes: u64,
    },
    Panicked(String),
    MemoryLimit(String),
    /// Stopped after crossing its CPU limit.
    Stopped {
        cpu_ns: u64,
    },
    /// Asleep, blocked or stopped for this long without using the CPU.
    Idle {
        cpu_ns: u64,
        wall: Duration,
    },
    /// The process ended on its own: an exit code or a signal.
    Ended {
        code: Option<i32>,
        signal: Option<i32>,
    },
    /// Threads the learner's code started were still there after it returned.
    LeftThreads(usize),
    /// The process sent something that is not the protocol.
    Broken(String),
    /// The answers to several untimed cases, in order.
    Answers(Vec<O>),
    /// The reply to a round without calls, and its CPU time.
    Empty {
        cpu_ns: u64,
    },
}

impl<O> Reply<O> {
    /// The same ending for a reply that carries no answer.
    fn without_answer<T>(self) -> Reply<T> {
        match self {
            Reply::Answer { .. } | Reply::Answers(_) | Reply::Empty { .. } => {
                Reply::Broken("an answer where none was due".into())
            }
            Reply::Panicked(m) => Reply::Panicked(m),
            Reply::MemoryLimit(m) => Reply::MemoryLimit(m),
            Reply::Stopped { cpu_ns } => Reply::Stopped { cpu_ns },
            Reply::Idle { cpu_ns, wall } => Reply::Idle { cpu_ns, wall },
            Reply::Ended { code, signal } => Reply::Ended { code, signal },
            Reply::LeftThreads(n) => Reply::LeftThreads(n),
            Reply::Broken(m) => Reply::Broken(m),
        }
    }
}

pub struct Remote {
    child: Child,
    pid: i32,
    clock: Option<CpuClock>,
    requests: ChildStdin,
    answers: ChildStdout,
    buffer: Vec<u8>,
    /// How much of `buffer` is known to hold no line end.
    searched: usize,
    threads: usize,
    /// The CPU time of a round with no calls (the protocol's own cost: waking, a few system
    /// calls), subtracted from every timed round; measured before the first call.
    round_overhead_ns: Option<u64>,
    /// Resident memory once the process was ready: the base of untimed calls' memory check.
    resident_at_start: u64,
    /// Protections the solution process could not be given.
    pub missing: Vec<String>,
    ended: Option<(Option<i32>, Option<i32>)>,
}

impl Remote {
    /// Starts `binary` as a solution process (the environment says which problem and role).
    pub fn start(
        binary: &Path,
        env: &[(&str, &str)],
        limits: ChildLimits,
    ) -> Result<Remote, String> {
        let mut command = Command::new(binary);
        command
            .env(ROLE_ENV, "serve")
            .envs(env.iter().copied())
            .env_remove("RUST_BACKTRACE")
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit());
        let parent = std::process::id() as i32;
        // SAFETY: limit_child makes only async-signal-safe calls.
        unsafe {
            command.pre_exec(move || sandbox::limit_child(limits, parent));
        }
        let mut child = command
            .spawn()
            .map_err(|e| format!("cannot start {}: {e}", binary.display()))?;
        let pid = child.id() as i32;
        let requests = child.stdin.take().expect("piped");
        let answers = child.stdout.take().expect("piped");
        let mut remote = Remote {
            clock: CpuClock::of(pid),
            child,
            pid,
            requests,
            answers,
            buffer: Vec::new(),
            searched: 0,
            threads: 0,
            round_overhead_ns: None,
            resident_at_start: 0,
            missing: Vec::new(),
            ended: None,
        };
        let hello = remote
            .read_line(SETUP_LIMIT)
            .ok_or_else(|| remote.ended_text("before it said hello"))?;
        let hello: Hello = serde_json::from_slice(&hello)
            .map_err(|e| format!("the solution process did not say hello: {e}"))?;
        remote.missing = hello.missing;
        if remote.clock.is_none() {
            remote
                .missing
                .push("CPU time cannot be read from outside on this system".into());
        }
        // The process's own threads: main and the solution thread, once it reads.
        std::thread::sleep(Duration::from_millis(2));
        remote.threads = probe::thread_count(pid).unwrap_or(2).max(2);
        remote.resident_at_start = probe::resident_bytes(pid).unwrap_or(0);
        Ok(remote)
    }

    fn ended_text(&mut self, when: &str) -> String {
        match self.ended() {
            (Some(code), _) => format!("the solution process exited with status {code} {when}"),
            (_, Some(signal)) => {
                format!("the solution process was killed by signal {signal} {when}")
            }
            _ => format!("the solution process stopped answering {when}"),
        }
    }

    fn cpu_ns(&self) -> u64 {
        self.clock.as_ref().and_then(CpuClock::read_ns).unwrap_or(0)
    }

    /// How the process ended (waiting for it if it is ending).
    fn ended(&mut self) -> (Option<i32>, Option<i32>) {
        if let Some(ended) = self.ended {
            return ended;
        }
        let _ = self.child.kill();
        let ended = match self.child.wait() {
            Ok(status) => (status.code(), status.signal()),
            Err(_) => (None, None),
        };
        self.ended = Some(ended);
        ended
    }

    /// Whether the process ended on its own (not killed by the referee).
    fn ended_by_itself(&mut self) -> bool {
        matches!(self.child.try_wait(), Ok(Some(_)))
    }

    /// Reads one line; `None` at the end of the stream or after `limit`.
    fn read_line(&mut self, limit: Duration) -> Option<Vec<u8>> {
        let start = Instant::now();
        loop {
            if let Some(line) = self.take_line() {
                return Some(line);
            }
            if start.elapsed() > limit || self.buffer.len() > ANSWER_BYTES {
                return None;
            }
            if probe::wait_readable(self.answers.as_raw_fd(), 50) && !self.fill() {
                return None;
            }
        }
    }

    /// The first whole line in the buffer, if there is one. The bytes searched before are not
    /// searched again: an answer of megabytes arrives 64 KiB at a time, and searching it from its
    /// start after each read was most of the referee's time on 3sum's largest answers.
    fn take_line(&mut self) -> Option<Vec<u8>> {
        let Some(found) = self.buffer[self.searched..]
            .iter()
            .position(|&b| b == b'\n')
        else {
            self.searched = self.buffer.len();
            return None;
        };
        let end = self.searched + found;
        self.searched = 0;
        let mut line = if end + 1 == self.buffer.len() {
            std::mem::take(&mut self.buffer)
        } else {
            self.buffer.drain(..=end).collect()
        };
        line.pop();
        Some(line)
    }

    /// Reads what is there; false at the end of the stream.
    fn fill(&mut self) -> bool {
        let mut chunk = [0u8; 65536];
        match self.answers.read(&mut chunk) {
            Ok(0) | Err(_) => false,
            Ok(read) => {
                self.buffer.extend_from_slice(&chunk[..read]);
                true
            }
        }
    }

    /// Calls the solution `batch` times on copies of `input`, allowing `cpu_limit_ns` of CPU time
    /// for the whole batch. The CPU time is the whole round's, the protocol's own cost included
    /// (see [`Remote::protocol_cost`]).
    pub fn call<I: Serialize, O: DeserializeOwned>(
        &mut self,
        input: &I,
        batch: usize,
        quiet: bool,
        memory_limit: u64,
        cpu_limit_ns: u64,
    ) -> Reply<O> {
        if self.round_overhead_ns.is_none() {
            // Before any learner code runs, so that its cost is known whatever the code does.
            if let Err(reply) = self.protocol_cost(5, memory_limit) {
                return reply;
            }
        }
        match self.round(Some(input), &[], batch, quiet, memory_limit, cpu_limit_ns) {
            Reply::Empty { .. } | Reply::Answers(_) => {
                Reply::Broken("not one answer to a call".into())
            }
            other => other,
        }
    }

    /// Calls the solution once on each of `inputs`, untimed, allowing `cpu_limit_ns` of CPU time
    /// for all of them: their answers in order, or how the calls ended (which call failed is not
    /// said: the referee calls them again one at a time to know).
    pub fn call_each<I: Serialize, O: DeserializeOwned>(
        &mut self,
        inputs: &[I],
        memory_limit: u64,
        cpu_limit_ns: u64,
    ) -> Reply<O> {
        match self.round::<I, O>(None, inputs, 0, false, memory_limit, cpu_limit_ns) {
            Reply::Answers(answers) if answers.len() == inputs.len() => Reply::Answers(answers),
            Reply::Answers(_) | Reply::Answer { .. } | Reply::Empty { .. } => {
                Reply::Broken("not one answer to each case".into())
            }
            other => other,
        }
    }

    /// The CPU time of a round of the protocol with no calls (waking, a few system calls): the
    /// fastest of all measured so far, after `rounds` more. No learner code runs in them, so
    /// the learner's code can only ever lower it, never raise it.
    pub fn protocol_cost<O>(&mut self, rounds: usize, memory_limit: u64) -> Result<u64, Reply<O>> {
        let mut fastest = self.round_overhead_ns.unwrap_or(u64::MAX);
        for _ in 0..rounds {
            match self.round::<(), serde_json::Value>(None, &[], 0, true, memory_limit, u64::MAX) {
                Reply::Empty { cpu_ns } => fastest = fastest.min(cpu_ns),
                other => return Err(other.without_answer()),
            }
        }
        let cost = if fastest == u64::MAX { 0 } else { fastest };
        self.round_overhead_ns = Some(cost);
        Ok(cost)
    }

    /// One round of the protocol: `batch` calls (0 and no input: none), timed from outside,
    /// precisely when `timed` (the clock is read with the process blocked), or one untimed call
    /// on each of `cases`.
    fn round<I: Serialize, O: DeserializeOwned>(
        &mut self,
        input: Option<&I>,
        cases: &[I],
        batch: usize,
        timed: bool,
        memory_limit: u64,
        cpu_limit_ns: u64,
    ) -> Reply<O> {
        if self.ended.is_some() {
            let (code, signal) = self.ended();
            return Reply::Ended { code, signal };
        }
        let request = CallRequest {
            batch,
            quiet: timed,
            memory_limit,
            input,
            cases: cases.iter().collect(),
        };
        let mut line = serde_json::to_vec(&request).expect("inputs serialize");
        line.push(b'\n');
        if self.requests.write_all(&line).is_err() {
            return self.died();
        }
        if timed {
            match self.read_line(SETUP_LIMIT) {
                Some(ready) if ready == b"ready" => {}
                Some(other) => return self.broken(&other),
                None => return self.died(),
            }
            // A timed round's clock is read with the process blocked: a running process's clock
            // lags, and here it would count the copying of the inputs that comes before `ready`.
            self.wait_until_blocked();
            probe::reset_peak_resident(self.pid);
        }
        let resident_before = if timed {
            probe::resident_bytes(self.pid).unwrap_or(0)
        } else {
            self.resident_at_start
        };
        let writes_before = if timed {
            probe::write_calls(self.pid)
        } else {
            None
        };
        let start = self.cpu_ns();
        if timed && self.requests.write_all(b"go\n").is_err() {
            return self.died();
        }
        let first = match self.watch(start, cpu_limit_ns) {
            Ok(line) => line,
            Err(reply) => return reply,
        };
        let (reply, cpu_ns, writes) = if timed {
            if first != b"done" {
                // The heap limit ends the process at once, with its reply instead of `done`.
                return match serde_json::from_slice::<CallReply<serde_json::Value>>(&first) {
                    Ok(CallReply::Memory(message)) => {
                        self.stop();
                        Reply::MemoryLimit(message)
                    }
                    _ => self.broken(&first),
                };
            }
            self.wait_until_blocked();
            let cpu_ns = self.cpu_ns().saturating_sub(start);
            // Write calls between `go` and `done`, less the `done` itself: the learner's prints.
            let writes = match (writes_before, probe::write_calls(self.pid)) {
                (Some(before), Some(after)) => after.saturating_sub(before).saturating_sub(1),
                _ => 0,
            };
            if self.requests.write_all(b"ack\n").is_err() {
                return self.died();
            }
            match self.read_line(SETUP_LIMIT) {
                Some(line) => (line, cpu_ns, writes),
                None => return self.died(),
            }
        } else {
            (first, self.cpu_ns().saturating_sub(start), 0)
        };
        let reply: CallReply<O> = match serde_json::from_slice(&reply) {
            Ok(reply) => reply,
            Err(_) => return self.broken(&reply),
        };
        // Threads left running matter where time is measured: before a timed answer counts, and at
        // the end of the run (`finish`). Untimed calls skip the look, for speed.
        if timed {
            if let Some(threads) = self.extra_threads() {
                self.stop();
                return Reply::LeftThreads(threads);
            }
        }
        if let Some(peak) = probe::peak_resident_bytes(self.pid) {
            let grown = peak.saturating_sub(resident_before);
            // The heap is capped inside the process; this catches what is not heap (a huge array
            // on a thread's stack, say), with room for the allocator's own slack.
            if grown > memory_limit + (32 << 20) {
                self.stop();
                return Reply::MemoryLimit(format!(
                    "the process's memory grew by {:.0} MiB during the call; the limit is {:.0} MiB",
                    grown as f64 / (1 << 20) as f64,
                    memory_limit as f64 / (1 << 20) as f64
                ));
            }
        }
        match reply {
            CallReply::Answer {
                answer,
                extra_bytes,
            } => Reply::Answer {
                answer,
                extra_bytes,
                cpu_ns,
                writes,
            },
            CallReply::Answers(answers) => Reply::Answers(answers),
            CallReply::Panic(message) => Reply::Panicked(message),
            CallReply::Memory(message) => Reply::MemoryLimit(message),
            CallReply::Empty => Reply::Empty { cpu_ns },
        }
    }

    /// Waits for the reply line while the process works, stopping it when it crosses its CPU limit
    /// or sleeps without end.
    fn watch<O>(&mut self, start: u64, cpu_limit_ns: u64) -> Result<Vec<u8>, Reply<O>> {
        let go = Instant::now();
        let mut last_cpu = start;
        let mut last_active = go;
        loop {
            if let Some(line) = self.take_line() {
                return Ok(line);
            }
            if self.buffer.len() > ANSWER_BYTES {
                self.stop();
                return Err(Reply::Broken(format!(
                    "an answer longer than {} MiB",
                    ANSWER_BYTES >> 20
                )));
            }
            if probe::wait_readable(self.answers.as_raw_fd(), 5) {
                if !self.fill() {
                    return Err(self.died());
                }
                continue;
            }
            let cpu = self.cpu_ns();
            let used = cpu.saturating_sub(start);
            if used > cpu_limit_ns {
                self.stop();
                return Err(Reply::Stopped { cpu_ns: used });
            }
            if cpu > last_cpu || probe::is_runnable(self.pid) {
                last_active = Instant::now();
            }
            last_cpu = cpu;
            if last_active.elapsed() > IDLE_LIMIT {
                self.stop();
                return Err(Reply::Idle {
                    cpu_ns: used,
                    wall: go.elapsed(),
                });
            }
        }
    }

    /// Waits (briefly) until no thread of the process runs: the kernel brings a process's CPU
    /// clock up to date when its threads stop, so a clock read while one runs can lag by a tick.
    fn wait_until_blocked(&self) {
        let start = Instant::now();
        let mut checks = 0;
        while probe::is_runnable(self.pid) && start.elapsed() < Duration::from_millis(200) {
            // It is usually a few microseconds from blocking: yield first, then sleep.
            checks += 1;
            if checks < 100 {
                std::thread::yield_now();
            } else {
                std::thread::sleep(Duration::from_micros(20));
            }
        }
    }

    /// Ends the conversation: `bye` must come back as the very next line, so a line the
    /// learner's code wrote into the channel cannot go unnoticed; nor can a thread it left
    /// running. `Err` is the message for the learner.
    pub fn finish(&mut self) -> Result<(), String> {
        if let Some(threads) = self.extra_threads() {
            return Err(format!(
                "{threads} thread(s) it started were still running at the end of the run; join every thread you start (e.g. with std::thread::scope)"
            ));
        }
        let broken = |why: String| {
            format!("the solution's process broke the judge's protocol: {why} (did it write to the judge's channel?)")
        };
        if self.ended.is_some() || self.requests.write_all(b"bye\n").is_err() {
            return Err(broken(self.ended_text("before the end of the run")));
        }
        match self.read_line(SETUP_LIMIT) {
            Some(line) if line == b"bye" => Ok(()),
            Some(line) => Err(broken(format!(
                "it sent `{}` where the judge expected the end of the run",
                String::from_utf8_lossy(&line[..line.len().min(200)])
            ))),
            None => Err(broken(self.ended_text("before the end of the run"))),
        }
    }

    fn extra_threads(&self) -> Option<usize> {
        // A thread that was joined may take a moment to leave the kernel's list.
        for attempt in 0..20 {
            let now = probe::thread_count(self.pid)?;
            if now <= self.threads {
                return None;
            }
            if attempt == 19 {
                return Some(now - self.threads);
            }
            std::thread::sleep(Duration::from_millis(5));
        }
        None
    }

    fn died<O>(&mut self) -> Reply<O> {
        let by_itself = self.ended_by_itself();
        let (code, signal) = self.ended();
        if !by_itself && signal == Some(libc::SIGKILL) {
            return Reply::Broken("the solution process stopped answering".into());
        }
        Reply::Ended { code, signal }
    }

    fn broken<O>(&mut self, line: &[u8]) -> Reply<O> {
        self.stop();
        let text = String::from_utf8_lossy(&line[..line.len().min(200)]).into_owned();
        Reply::Broken(format!(
            "it sent `{text}` where the judge expected its reply"
        ))
    }

    /// Kills the process (it is never used again).
    pub fn stop(&mut self) {
        let _ = self.ended();
    }
}

impl Drop for Remote {
    fn drop(&mut self) {
        self.stop();
    }
}
