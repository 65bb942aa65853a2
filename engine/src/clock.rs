//! CPU clocks. Times are taken on the CPU clock of the thread that runs the solution, so a busy
//! machine (another core working, another judge running) does not make a solution slower.
#![allow(unsafe_code)] // clock_gettime and pthread_getcpuclockid have no safe std wrapper.

use std::sync::atomic::{AtomicI32, Ordering};

/// The CPU clock of the solution thread, registered by [`register_solution_thread`].
static SOLUTION_CLOCK: AtomicI32 = AtomicI32::new(libc::CLOCK_THREAD_CPUTIME_ID);

fn read(clock: libc::clockid_t) -> u64 {
    let mut now = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: `now` is a valid, writable timespec; the clock id came from the kernel.
    let status = unsafe { libc::clock_gettime(clock, &mut now) };
    if status != 0 {
        return 0;
    }
    now.tv_sec as u64 * 1_000_000_000 + now.tv_nsec as u64
}

/// CPU nanoseconds used by the calling thread.
pub fn thread_cpu_ns() -> u64 {
    read(libc::CLOCK_THREAD_CPUTIME_ID)
}

/// Makes the calling thread the one whose CPU time [`solution_cpu_ns`] reads from any thread.
pub fn register_solution_thread() {
    let mut clock: libc::clockid_t = 0;
    // SAFETY: pthread_self is always valid for the calling thread; `clock` is writable.
    let status = unsafe { libc::pthread_getcpuclockid(libc::pthread_self(), &mut clock) };
    if status == 0 {
        SOLUTION_CLOCK.store(clock, Ordering::SeqCst);
    }
}

/// CPU nanoseconds used so far by the solution thread, readable from the watchdog.
pub fn solution_cpu_ns() -> u64 {
    read(SOLUTION_CLOCK.load(Ordering::SeqCst))
}
