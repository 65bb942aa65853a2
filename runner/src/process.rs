//! The processes the judge starts itself: cargo builds and the referee. Each is held to rlimits
//! and dies with the judge (Linux: `PR_SET_PDEATHSIG`, armed between fork and exec); the referee
//! leads a process group of its own, so that it goes with everything it started.
#![allow(unsafe_code)] // pre_exec, setpgid, setrlimit, prctl and kill have no safe std wrappers.

use std::os::unix::process::CommandExt;
use std::process::Command;

/// Between fork and exec: death with `parent`, where the system has it (Linux). Only
/// async-signal-safe calls.
///
/// # Safety
/// Must only be called in the child between fork and exec.
pub(crate) unsafe fn die_with(parent: i32) {
    #[cfg(target_os = "linux")]
    // SAFETY: plain system calls on this process.
    unsafe {
        libc::prctl(libc::PR_SET_PDEATHSIG, libc::SIGKILL);
        if libc::getppid() != parent {
            // The parent died before the signal was armed.
            libc::_exit(137);
        }
    }
    #[cfg(not(target_os = "linux"))]
    let _ = parent;
}

/// An rlimit of `soft` and `hard`.
pub(crate) fn limit(soft: u64, hard: u64) -> libc::rlimit {
    libc::rlimit {
        rlim_cur: soft,
        rlim_max: hard,
    }
}

/// Holds a cargo build to an address-space limit, and ends it with the judge.
pub fn limit_build(command: &mut Command, address_space: u64) {
    let parent = std::process::id() as i32;
    // SAFETY: only async-signal-safe calls between fork and exec.
    unsafe {
        command.pre_exec(move || {
            die_with(parent);
            libc::setrlimit(libc::RLIMIT_AS, &limit(address_space, address_space));
            Ok(())
        });
    }
}

/// The referee: a process group of its own, death with the judge (whether it ends normally, by
/// Ctrl-C or by SIGKILL), a CPU-time and an address-space limit.
pub fn own_group_with_limits(command: &mut Command, cpu_seconds: u64, address_space: u64) {
    let parent = std::process::id() as i32;
    // SAFETY: only async-signal-safe calls between fork and exec.
    unsafe {
        command.pre_exec(move || {
            libc::setpgid(0, 0);
            die_with(parent);
            libc::setrlimit(libc::RLIMIT_CPU, &limit(cpu_seconds, cpu_seconds + 2));
            libc::setrlimit(libc::RLIMIT_AS, &limit(address_space, address_space));
            Ok(())
        });
    }
}

/// Kills the process group `leader` leads (see [`own_group_with_limits`]).
pub fn kill_process_group(leader: i32) {
    // SAFETY: a signal to a process group this judge created.
    unsafe {
        libc::kill(-leader, libc::SIGKILL);
    }
}

/// Kills `pid` and every process below it (cargo and the rustc it started, say). Elsewhere than
/// Linux, `pid` alone.
pub fn kill_with_descendants(pid: u32) {
    #[cfg_attr(not(target_os = "linux"), allow(unused_mut))]
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
