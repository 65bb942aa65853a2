//! Running processes for the judge: the referee (its own process group, rlimits, death with the
//! judge, a wall-clock backstop that kills the whole group; its events on stdout, the learner's
//! prints, which reach it from the solution process, on stderr), and the limits of cargo builds.
//! The referee starts the solution process itself (judge-engine's `remote.rs`). What depends on
//! the operating system is in `judge-runner`. It returns a raw outcome and never decides a
//! verdict.

use std::io::{BufRead, BufReader, Read, Write};
use std::os::unix::process::ExitStatusExt;
use std::path::Path;
use std::process::{Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use judge_core::decide::Termination;
use judge_core::protocol::{Event, RunRequest};

use crate::exit::{Failure, Result};

/// Limits the runner enforces from outside the process.
pub struct Backstops {
    pub wall_clock: Duration,
    pub cpu_seconds: u64,
    pub address_space_bytes: u64,
}

/// What happened, as seen from outside.
pub struct RawOutcome {
    pub events: Vec<Event>,
    pub termination: Termination,
    /// The start of what the learner's code printed (stdout and stderr both arrive here).
    pub printed_head: String,
    /// The end of it, where Rust's crash messages are.
    pub printed_tail: String,
}

const HEAD_BYTES: usize = 4096;
const TAIL_BYTES: usize = 8192;

/// Runs the referee binary for problem `key` (`<pattern>::<module>`).
pub fn run(
    referee: &Path,
    key: &str,
    request: &RunRequest,
    backstops: &Backstops,
) -> Result<RawOutcome> {
    let mut command = Command::new(referee);
    command
        .env("JUDGE_ROLE", "referee")
        .env("JUDGE_PROBLEM", key)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    judge_runner::process::own_group_with_limits(
        &mut command,
        backstops.cpu_seconds,
        backstops.address_space_bytes,
    );
    let start = Instant::now();
    let mut child = command.spawn().map_err(|e| {
        Failure::new(format!(
            "failed to start the referee {}: {e}",
            referee.display()
        ))
    })?;
    let pid = child.id() as i32;
    let request_text = serde_json::to_string(request).expect("requests serialize");
    let mut stdin = child.stdin.take().expect("piped");
    std::thread::spawn(move || {
        let _ = stdin.write_all(request_text.as_bytes());
    });
    let (events_sender, events_receiver) = mpsc::channel();
    let stdout = child.stdout.take().expect("piped");
    let events_reader = std::thread::spawn(move || {
        for line in BufReader::new(stdout).lines() {
            let Ok(line) = line else { break };
            if let Ok(event) = serde_json::from_str::<Event>(&line) {
                let _ = events_sender.send(event);
            }
        }
    });
    let stderr = child.stderr.take().expect("piped");
    let (printed_sender, printed_receiver) = mpsc::channel();
    std::thread::spawn(move || {
        let _ = printed_sender.send(read_head_and_tail(stderr));
    });
    let termination = loop {
        if let Some(status) = child.try_wait()? {
            break match (status.code(), status.signal()) {
                (Some(code), _) => Termination::Exited(code),
                (None, Some(signal)) => Termination::Signaled(signal),
                (None, None) => Termination::Exited(-1),
            };
        }
        if start.elapsed() > backstops.wall_clock {
            judge_runner::process::kill_process_group(pid);
            let _ = child.wait();
            break Termination::WallClockKilled {
                seconds: backstops.wall_clock.as_secs(),
            };
        }
        std::thread::sleep(Duration::from_millis(5));
    };
    // Anything the learner's code started in the group goes with it.
    judge_runner::process::kill_process_group(pid);
    let _ = events_reader.join();
    let events: Vec<Event> = events_receiver.try_iter().collect();
    // A process that escaped the group could hold the learner's output open for ever (where the
    // system has no sandbox to stop it starting one): wait a moment for the end, never longer.
    let (printed_head, printed_tail) = printed_receiver
        .recv_timeout(Duration::from_secs(2))
        .unwrap_or_default();
    Ok(RawOutcome {
        events,
        termination,
        printed_head,
        printed_tail,
    })
}

/// Reads a stream to its end, keeping its first and last few kilobytes.
fn read_head_and_tail(mut stream: impl Read) -> (String, String) {
    let mut head = Vec::new();
    let mut tail: Vec<u8> = Vec::new();
    let mut buffer = [0u8; 8192];
    while let Ok(read) = stream.read(&mut buffer) {
        if read == 0 {
            break;
        }
        let chunk = &buffer[..read];
        let room = HEAD_BYTES.saturating_sub(head.len());
        head.extend_from_slice(&chunk[..room.min(read)]);
        tail.extend_from_slice(chunk);
        if tail.len() > 2 * TAIL_BYTES {
            tail.drain(..tail.len() - TAIL_BYTES);
        }
    }
    if tail.len() > TAIL_BYTES {
        tail.drain(..tail.len() - TAIL_BYTES);
    }
    (
        String::from_utf8_lossy(&head).into_owned(),
        String::from_utf8_lossy(&tail).into_owned(),
    )
}
