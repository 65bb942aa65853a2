//! Running processes for the judge: the referee (its own process group, rlimits, death with the
//! judge, a wall-clock backstop that kills the whole group; its events on stdout, the learner's
//! prints, which reach it from the solution process, on stderr), and the limits of cargo builds.
//! The referee starts the solution process itself (judge-engine's `remote.rs` and `sandbox.rs`).
//! It returns a raw outcome and never decides a verdict.
#![allow(unsafe_code)] // pre_exec, setpgid, setrlimit and kill have no safe std wrappers.

use std::io::{BufRead, BufReader, Read, Write};
use std::os::unix::process::{CommandExt, ExitStatusExt};
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

/// Holds a cargo build to an address-space limit, and ends it with the judge.
pub fn limit_build(command: &mut Command, address_space: u64) {
    let parent = std::process::id() as i32;
    // SAFETY: only async-signal-safe calls between fork and exec.
    unsafe {
        command.pre_exec(move || {
            #[cfg(target_os = "linux")]
            {
                libc::prctl(libc::PR_SET_PDEATHSIG, libc::SIGKILL);
                if libc::getppid() != parent {
                    libc::_exit(137);
                }
            }
            let memory = libc::rlimit {
                rlim_cur: address_space,
                rlim_max: address_space,
            };
            libc::setrlimit(libc::RLIMIT_AS, &memory);
            Ok(())
        });
    }
}

/// Kills `pid` and every process below it (cargo and the rustc it started, say).
pub fn kill_group(pid: u32) {
    let mut doomed = vec![pid];
    #[cfg(target_os = "linux")]
    {
        let parents: Vec<(u32, u32)> = std::fs::read_dir("/proc")
            .into_iter()
            .flatten()
            .flatten()
            .filter_map(|entry| {
                let child: u32 = entry.file_name().to_str()?.parse().ok()?;
                let stat = std::fs::read_to_string(entry.path().join("stat")).ok()?;
                let parent = stat
                    .rsplit_once(')')?
                    .1
                    .split_whitespace()
                    .nth(1)?
                    .parse()
                    .ok()?;
                Some((child, parent))
            })
            .collect();
        let mut i = 0;
        while i < doomed.len() {
            let parent = doomed[i];
            doomed.extend(
                parents
                    .iter()
                    .filter(|(_, p)| *p == parent)
                    .map(|(c, _)| *c),
            );
            i += 1;
        }
    }
    for pid in doomed {
        // SAFETY: a signal to a process this judge started (or one of its descendants).
        unsafe {
            libc::kill(pid as i32, libc::SIGKILL);
        }
    }
}

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
    let cpu = backstops.cpu_seconds;
    let address_space = backstops.address_space_bytes;
    // SAFETY: only async-signal-safe calls between fork and exec.
    let parent = std::process::id() as i32;
    unsafe {
        command.pre_exec(move || {
            libc::setpgid(0, 0);
            // The referee (and through it the solution process) dies with the judge, whether the
            // judge ends normally, by Ctrl-C, or by SIGKILL.
            #[cfg(target_os = "linux")]
            {
                libc::prctl(libc::PR_SET_PDEATHSIG, libc::SIGKILL);
                if libc::getppid() != parent {
                    libc::_exit(137);
                }
            }
            let cpu_limit = libc::rlimit {
                rlim_cur: cpu,
                rlim_max: cpu + 2,
            };
            libc::setrlimit(libc::RLIMIT_CPU, &cpu_limit);
            let memory = libc::rlimit {
                rlim_cur: address_space,
                rlim_max: address_space,
            };
            libc::setrlimit(libc::RLIMIT_AS, &memory);
            Ok(())
        });
    }
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
            // SAFETY: kills the harness's own process group, which setpgid created.
            unsafe {
                libc::kill(-pid, libc::SIGKILL);
            }
            let _ = child.wait();
            break Termination::WallClockKilled {
                seconds: backstops.wall_clock.as_secs(),
            };
        }
        std::thread::sleep(Duration::from_millis(5));
    };
    // Anything the learner's code started in the group goes with it.
    // SAFETY: as above.
    unsafe {
        libc::kill(-pid, libc::SIGKILL);
    }
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
