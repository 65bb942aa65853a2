//! The judge's runner: everything it does that depends on the operating system, in one crate, so
//! that the rest (the CLI, the referee's run, the solution process's protocol) is portable and a
//! port to another system is this crate alone.
//!
//! - [`process`]: the processes the judge starts itself (cargo builds, the referee): their rlimits,
//!   their own process group, death with the judge, and killing a process with everything below
//!   it.
//! - [`sandbox`]: the solution process's containment: rlimits and death with the referee at start
//!   ([`sandbox::limit_child`]), then Landlock and seccomp before any learner code runs
//!   ([`sandbox::confine_self`]).
//! - [`probe`]: watching the solution process from outside: its CPU time (all threads), threads,
//!   whether it runs, its peak memory and its write calls.
//!
//! What each system gets:
//!
//! | | Linux | macOS (compiles; not tested here) |
//! |---|---|---|
//! | rlimits (CPU, address space, file size, files, core) | yes | yes |
//! | death with the parent | `PR_SET_PDEATHSIG` | no: the wall-clock backstop and the process group kill what is left |
//! | files out of reach of learner code | Landlock | no (`sandbox_init` profiles would be the port) |
//! | no child processes, signals, ptrace | seccomp | no equivalent |
//! | CPU time of all threads, from outside | `clock_getcpuclockid` | not yet (`proc_pid_rusage`): time verdicts are not given |
//! | threads, peak memory, write calls | `/proc` | not yet |
//!
//! Where a protection is missing the run goes on, and the report names what was missing.

pub mod probe;
pub mod process;
pub mod sandbox;
