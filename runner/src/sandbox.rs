//! Containing the learner's code. The solution runs in a process of its own (judge-engine's `serve.rs`),
//! started by the referee with rlimits and a parent-death signal ([`limit_child`]), and before any
//! learner code runs it confines itself for good ([`confine_self`]):
//! - Landlock with no path allowed: no file can be opened, created, removed or truncated, so the
//!   workspace, the learner's files, progress and `/tmp` are out of reach; and no other process's
//!   `/proc/<pid>/{fd,mem}` can be opened, since Landlock also stops ptrace-like access to
//!   processes outside its domain.
//! - seccomp: no new processes (fork, vfork, clone without CLONE_THREAD, execve), no signals to
//!   any other process, no ptrace, no raising of rlimits, no namespaces, mounts or io_uring.
//!
//! Where the kernel lacks one of these, the run goes on and the report names what was missing.
//! Everything here is Linux; another system gets its own `cfg` block (macOS: `sandbox_init`
//! profiles for files, and no seccomp equivalent: process creation would stay open).
#![allow(unsafe_code)] // prctl, setrlimit and the landlock and seccomp system calls.

/// What a child process is held to.
#[derive(Clone, Copy, Debug)]
pub struct ChildLimits {
    pub cpu_seconds: u64,
    pub address_space_bytes: u64,
}

/// To be called between fork and exec (in `pre_exec`): rlimits, and death with the parent
/// (Linux; elsewhere the referee's own end kills it, and its wall-clock backstop).
/// Only async-signal-safe calls.
///
/// # Safety
/// Must only be called in the child between fork and exec.
pub unsafe fn limit_child(limits: ChildLimits, parent: i32) -> std::io::Result<()> {
    use crate::process::{die_with, limit};
    // SAFETY: plain system calls on this process, with valid rlimits, between fork and exec.
    unsafe {
        die_with(parent);
        libc::setrlimit(
            libc::RLIMIT_CPU,
            &limit(limits.cpu_seconds, limits.cpu_seconds + 2),
        );
        libc::setrlimit(
            libc::RLIMIT_AS,
            &limit(limits.address_space_bytes, limits.address_space_bytes),
        );
        libc::setrlimit(libc::RLIMIT_CORE, &limit(0, 0));
        // No file may grow: Landlock already stops every open; this holds where it is missing.
        libc::setrlimit(libc::RLIMIT_FSIZE, &limit(0, 0));
        libc::setrlimit(libc::RLIMIT_NOFILE, &limit(64, 64));
    }
    Ok(())
}

/// Confines the calling process for good; returns the protections the kernel could not give.
/// Call it while the process has a single thread, before any learner code runs.
#[cfg_attr(not(target_os = "linux"), allow(clippy::vec_init_then_push))]
pub fn confine_self() -> Vec<String> {
    let mut missing = Vec::new();
    #[cfg(target_os = "linux")]
    {
        // SAFETY: a plain prctl on this process; required before an unprivileged seccomp filter.
        unsafe {
            libc::prctl(libc::PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0);
        }
        if let Err(why) = landlock::forbid_all_files() {
            missing.push(format!("file access is not blocked ({why})"));
        }
        if let Err(why) = seccomp::forbid_processes_and_signals() {
            missing.push(format!(
                "child processes and signals are not blocked ({why})"
            ));
        }
    }
    #[cfg(not(target_os = "linux"))]
    missing.push(
        "this system has no sandbox for solutions yet: files, child processes and signals are open to them, and a process the solution starts can outlive the run".into(),
    );
    missing
}

#[cfg(target_os = "linux")]
mod landlock {
    //! Landlock by its three system calls: a ruleset that handles every access right this
    //! kernel knows and grants none.

    #[repr(C)]
    struct RulesetAttr {
        handled_access_fs: u64,
        handled_access_net: u64,
        scoped: u64,
    }

    const CREATE_RULESET_VERSION: u32 = 1;

    pub fn forbid_all_files() -> Result<(), String> {
        // SAFETY: the version query takes no attribute.
        let abi = unsafe {
            libc::syscall(
                libc::SYS_landlock_create_ruleset,
                std::ptr::null::<RulesetAttr>(),
                0usize,
                CREATE_RULESET_VERSION,
            )
        };
        if abi < 1 {
            return Err("the kernel has no Landlock".into());
        }
        // Each ABI version adds access rights: 13 at v1, REFER at v2, TRUNCATE at v3, IOCTL_DEV at v5.
        let fs_rights = match abi {
            1 => 13,
            2 => 14,
            3 | 4 => 15,
            _ => 16,
        };
        let attr = RulesetAttr {
            handled_access_fs: (1u64 << fs_rights) - 1,
            // v4: TCP bind and connect.
            handled_access_net: if abi >= 4 { 0b11 } else { 0 },
            // v6: abstract unix sockets and signals to processes outside the domain.
            scoped: if abi >= 6 { 0b11 } else { 0 },
        };
        let size = match abi {
            1..=3 => 8,
            4 | 5 => 16,
            _ => 24,
        };
        // SAFETY: `attr` is valid for `size` bytes.
        let ruleset = unsafe {
            libc::syscall(
                libc::SYS_landlock_create_ruleset,
                &attr as *const RulesetAttr,
                size as usize,
                0u32,
            )
        };
        if ruleset < 0 {
            return Err(format!(
                "landlock_create_ruleset failed: {}",
                std::io::Error::last_os_error()
            ));
        }
        // SAFETY: `ruleset` is the descriptor just created; it is closed right after.
        let status =
            unsafe { libc::syscall(libc::SYS_landlock_restrict_self, ruleset as i32, 0u32) };
        let error = std::io::Error::last_os_error();
        // SAFETY: closes the descriptor created above.
        unsafe {
            libc::close(ruleset as i32);
        }
        if status != 0 {
            return Err(format!("landlock_restrict_self failed: {error}"));
        }
        Ok(())
    }
}

#[cfg(target_os = "linux")]
mod seccomp {
    //! A small classic-BPF seccomp filter: a deny list, with the arguments of clone, kill, tgkill
    //! and prlimit64 inspected so that threads, signals to oneself (abort, raise) and reading one's
    //! own limits keep working.

    use libc::sock_filter;

    #[cfg(target_arch = "x86_64")]
    const ARCH: u32 = 0xC000_003E; // AUDIT_ARCH_X86_64
    #[cfg(target_arch = "aarch64")]
    const ARCH: u32 = 0xC000_00B7; // AUDIT_ARCH_AARCH64

    const LD_W_ABS: u16 = 0x20; // BPF_LD | BPF_W | BPF_ABS
    const JEQ_K: u16 = 0x15; // BPF_JMP | BPF_JEQ | BPF_K
    const JSET_K: u16 = 0x45; // BPF_JMP | BPF_JSET | BPF_K
    const JGE_K: u16 = 0x35; // BPF_JMP | BPF_JGE | BPF_K
    const RET_K: u16 = 0x06; // BPF_RET | BPF_K

    const ALLOW: u32 = 0x7fff_0000;
    const KILL_PROCESS: u32 = 0x8000_0000;
    const EPERM: u32 = libc::SECCOMP_RET_ERRNO | libc::EPERM as u32;
    const ENOSYS: u32 = libc::SECCOMP_RET_ERRNO | libc::ENOSYS as u32;

    // Offsets in struct seccomp_data: nr, arch, instruction pointer, then six 64-bit arguments
    // (low half first on these little-endian machines).
    const NR: u32 = 0;
    const ARCH_OFFSET: u32 = 4;
    const fn arg_low(i: u32) -> u32 {
        16 + 8 * i
    }
    const fn arg_high(i: u32) -> u32 {
        16 + 8 * i + 4
    }

    fn op(code: u16, k: u32, jt: u8, jf: u8) -> sock_filter {
        sock_filter { code, jt, jf, k }
    }

    /// System calls refused outright.
    fn denied() -> Vec<libc::c_long> {
        let mut calls = vec![
            libc::SYS_execve,
            libc::SYS_execveat,
            libc::SYS_ptrace,
            libc::SYS_process_vm_readv,
            libc::SYS_process_vm_writev,
            libc::SYS_tkill,
            libc::SYS_pidfd_open,
            libc::SYS_pidfd_send_signal,
            libc::SYS_pidfd_getfd,
            libc::SYS_setrlimit,
            libc::SYS_mount,
            libc::SYS_umount2,
            libc::SYS_pivot_root,
            libc::SYS_chroot,
            libc::SYS_unshare,
            libc::SYS_setns,
            libc::SYS_io_uring_setup,
            libc::SYS_io_uring_enter,
            libc::SYS_io_uring_register,
            libc::SYS_bpf,
            libc::SYS_perf_event_open,
            libc::SYS_userfaultfd,
            libc::SYS_keyctl,
            libc::SYS_add_key,
            libc::SYS_request_key,
            libc::SYS_reboot,
            libc::SYS_kexec_load,
            libc::SYS_init_module,
            libc::SYS_finit_module,
            libc::SYS_delete_module,
            libc::SYS_setsid,
            libc::SYS_setpgid,
        ];
        #[cfg(target_arch = "x86_64")]
        calls.extend([libc::SYS_fork, libc::SYS_vfork]);
        calls
    }

    fn program(own_pid: u32) -> Vec<sock_filter> {
        let mut p = vec![
            op(LD_W_ABS, ARCH_OFFSET, 0, 0),
            op(JEQ_K, ARCH, 1, 0),
            op(RET_K, KILL_PROCESS, 0, 0),
            op(LD_W_ABS, NR, 0, 0),
        ];
        #[cfg(target_arch = "x86_64")]
        {
            // The x32 ABI shares the architecture tag; its numbers have bit 30 set.
            p.push(op(JGE_K, 0x4000_0000, 0, 1));
            p.push(op(RET_K, EPERM, 0, 0));
        }
        for call in denied() {
            p.push(op(JEQ_K, call as u32, 0, 1));
            p.push(op(RET_K, EPERM, 0, 0));
        }
        // clone3 passes its flags in memory a filter cannot read: say it does not exist, and the
        // C library falls back to clone, whose flags can be read.
        p.push(op(JEQ_K, libc::SYS_clone3 as u32, 0, 1));
        p.push(op(RET_K, ENOSYS, 0, 0));
        // clone: threads only.
        p.push(op(JEQ_K, libc::SYS_clone as u32, 0, 4));
        p.push(op(LD_W_ABS, arg_low(0), 0, 0));
        p.push(op(JSET_K, libc::CLONE_THREAD as u32, 0, 1));
        p.push(op(RET_K, ALLOW, 0, 0));
        p.push(op(RET_K, EPERM, 0, 0));
        // kill and tgkill: this process only (abort and raise signal themselves).
        for call in [libc::SYS_kill, libc::SYS_tgkill] {
            p.push(op(JEQ_K, call as u32, 0, 6));
            p.push(op(LD_W_ABS, arg_high(0), 0, 0));
            p.push(op(JEQ_K, 0, 0, 3));
            p.push(op(LD_W_ABS, arg_low(0), 0, 0));
            p.push(op(JEQ_K, own_pid, 0, 1));
            p.push(op(RET_K, ALLOW, 0, 0));
            p.push(op(RET_K, EPERM, 0, 0));
        }
        // prlimit64: reading limits (no new limit given) only.
        p.push(op(JEQ_K, libc::SYS_prlimit64 as u32, 0, 6));
        p.push(op(LD_W_ABS, arg_low(2), 0, 0));
        p.push(op(JEQ_K, 0, 0, 3));
        p.push(op(LD_W_ABS, arg_high(2), 0, 0));
        p.push(op(JEQ_K, 0, 0, 1));
        p.push(op(RET_K, ALLOW, 0, 0));
        p.push(op(RET_K, EPERM, 0, 0));
        p.push(op(RET_K, ALLOW, 0, 0));
        p
    }

    pub fn forbid_processes_and_signals() -> Result<(), String> {
        // SAFETY: getpid cannot fail.
        let pid = unsafe { libc::getpid() } as u32;
        let filter = program(pid);
        let program = libc::sock_fprog {
            len: filter.len() as u16,
            filter: filter.as_ptr() as *mut sock_filter,
        };
        // SAFETY: `program` points at `filter`, alive for the call; the kernel copies it.
        let status = unsafe {
            libc::prctl(
                libc::PR_SET_SECCOMP,
                libc::SECCOMP_MODE_FILTER,
                &program as *const libc::sock_fprog,
            )
        };
        if status != 0 {
            return Err(format!(
                "seccomp filter refused: {}",
                std::io::Error::last_os_error()
            ));
        }
        Ok(())
    }
}
