//! The event channel to the judge. At start-up the harness keeps its original stdout for events
//! and points file descriptor 1 at stderr, so whatever the learner prints (even a fake verdict)
//! reaches the judge only as stderr text, never as an event.
#![allow(unsafe_code)] // dup/dup2/write on raw file descriptors.

use std::sync::atomic::{AtomicI32, Ordering};

use judge_core::protocol::Event;

static EVENT_FD: AtomicI32 = AtomicI32::new(-1);
static DEV_NULL_FD: AtomicI32 = AtomicI32::new(-1);

/// Takes stdout for events and sends fd 1 to stderr. Call before any learner code runs.
pub fn take_stdout() {
    // SAFETY: plain descriptor juggling on descriptors this process owns.
    unsafe {
        let events = libc::dup(1);
        if events < 0 {
            libc::_exit(101);
        }
        libc::fcntl(events, libc::F_SETFD, libc::FD_CLOEXEC);
        libc::dup2(2, 1);
        EVENT_FD.store(events, Ordering::SeqCst);
        let null = libc::open(c"/dev/null".as_ptr(), libc::O_WRONLY | libc::O_CLOEXEC);
        DEV_NULL_FD.store(null, Ordering::SeqCst);
    }
}

/// Silences (or restores) what the learner prints on stdout, so that printing inside a timed
/// stress case costs what a write to /dev/null costs.
pub fn silence_learner_stdout(silent: bool) {
    let null = DEV_NULL_FD.load(Ordering::SeqCst);
    // SAFETY: descriptors owned by this process.
    unsafe {
        if silent && null >= 0 {
            libc::dup2(null, 1);
        } else {
            libc::dup2(2, 1);
        }
    }
}

/// Writes raw bytes to the channel without allocating, retrying short writes.
pub fn write_raw(mut bytes: &[u8]) {
    let fd = EVENT_FD.load(Ordering::SeqCst);
    let fd = if fd < 0 { 1 } else { fd };
    while !bytes.is_empty() {
        // SAFETY: `bytes` is a valid slice for its length.
        let written = unsafe { libc::write(fd, bytes.as_ptr().cast(), bytes.len()) };
        if written <= 0 {
            return;
        }
        bytes = &bytes[written as usize..];
    }
}

/// Sends one event as a JSON line.
pub fn send(event: &Event) {
    let mut line = serde_json::to_string(event).expect("events serialize");
    line.push('\n');
    write_raw(line.as_bytes());
}

/// Ends the process at once, without running destructors or the learner's exit handlers.
pub fn exit_now(code: i32) -> ! {
    // SAFETY: _exit never returns and is async-signal-safe.
    unsafe { libc::_exit(code) }
}
