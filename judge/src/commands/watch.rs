//! `judge watch [<slug>]`: judges again on every save, as rustlings' watch mode does.
//!
//! - The directory is watched, not the file, so that editors that save by writing a temporary file
//!   and renaming it over the old one are seen.
//! - Events are debounced (judging starts after 200 ms without one), and a save that leaves the
//!   content as it was judged is not judged again.
//! - One loop does everything, so two judgings of the file never run at once; saves made during a
//!   judging are looked at when it ends.
//! - Where file events do not arrive (WSL's /mnt drives, network file systems), it polls; `--poll`
//!   asks for that anywhere.
//! - Keys, each followed by Enter: r rerun, h hint, s show, n next, q quit.
//!
//! Judging goes through `run::judge_and_report`, the same path as `judge run`.

use std::fs;
use std::io::{self, BufRead, IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError, Sender};
use std::time::Duration;

use colored::Colorize;
use notify::event::ModifyKind;
use notify::{Config, EventKind, PollWatcher, RecommendedWatcher, RecursiveMode, Watcher};

use crate::catalog::Catalog;
use crate::cli::{Output, WatchArgs};
use crate::exit::{self, Failure, Result};
use crate::judging::{random_seed, solution_path, RunOptions};
use crate::workspace::Workspace;

use super::{hint, next, run, show};

/// Quiet time after the last event before judging.
const DEBOUNCE: Duration = Duration::from_millis(200);
/// How often the polling watcher looks.
const POLL_INTERVAL: Duration = Duration::from_millis(500);

enum Message {
    /// Something changed in the watched directory (the names it touched).
    Changed(Vec<PathBuf>),
    /// The watcher failed.
    WatchError(String),
    /// A line typed on stdin.
    Key(String),
}

/// File systems whose changes the kernel does not report: poll there.
const POLLED_FILE_SYSTEMS: [&str; 9] = [
    "nfs",
    "nfs4",
    "cifs",
    "smb3",
    "smbfs",
    "9p",
    "drvfs",
    "fuse.sshfs",
    "vboxsf",
];

/// The type of the file system holding `path`, read from /proc/mounts (the longest mount point
/// that is a prefix of it).
fn file_system_of(mounts: &str, path: &Path) -> Option<String> {
    mounts
        .lines()
        .filter_map(|line| {
            let mut fields = line.split_whitespace();
            let _device = fields.next()?;
            let point = fields.next()?.replace("\\040", " ");
            let kind = fields.next()?;
            path.starts_with(&point)
                .then(|| (point.len(), kind.to_string()))
        })
        .max_by_key(|(len, _)| *len)
        .map(|(_, kind)| kind)
}

fn needs_polling(dir: &Path) -> Option<String> {
    let mounts = fs::read_to_string("/proc/mounts").ok()?;
    let kind = file_system_of(&mounts, dir)?;
    POLLED_FILE_SYSTEMS.contains(&kind.as_str()).then_some(kind)
}

fn start_watcher(dir: &Path, poll: bool, tx: Sender<Message>) -> Result<Box<dyn Watcher>> {
    let handler = move |event: notify::Result<notify::Event>| {
        let _ = tx.send(match event {
            // Reads (the judge's own, an editor's) and metadata changes are not saves.
            Ok(event)
                if matches!(
                    event.kind,
                    EventKind::Access(_) | EventKind::Modify(ModifyKind::Metadata(_))
                ) =>
            {
                return
            }
            Ok(event) => Message::Changed(event.paths),
            Err(error) => Message::WatchError(error.to_string()),
        });
    };
    let mut watcher: Box<dyn Watcher> = if poll {
        let config = Config::default()
            .with_poll_interval(POLL_INTERVAL)
            .with_compare_contents(true);
        Box::new(PollWatcher::new(handler, config).map_err(|e| watch_failure(dir, &e))?)
    } else {
        Box::new(
            RecommendedWatcher::new(handler, Config::default())
                .map_err(|e| watch_failure(dir, &e))?,
        )
    };
    watcher
        .watch(dir, RecursiveMode::NonRecursive)
        .map_err(|e| watch_failure(dir, &e))?;
    Ok(watcher)
}

fn watch_failure(dir: &Path, error: &notify::Error) -> Failure {
    Failure::new(format!("cannot watch {}: {error}", dir.display())).help(
        "`judge watch --poll` looks for changes by polling instead (it works on every file system); \
         on Linux, too many watches in use can also cause this (fs.inotify.max_user_watches)",
    )
}

pub fn watch(
    workspace: &Workspace,
    catalog: &Catalog,
    args: &WatchArgs,
    output: Output,
) -> Result<u8> {
    if output.json {
        return Err(Failure::new("watch has no --json output")
            .help("`judge run --json` judges once and prints one JSON object"));
    }
    let mut slug = match &args.slug {
        Some(slug) => catalog.problem(slug)?.slug.clone(),
        None => run::last_problem(workspace)?,
    };
    let options = RunOptions {
        seed: args.seed.unwrap_or_else(random_seed),
        cases: args.cases,
        stress: !args.no_stress,
    };
    let (tx, rx) = mpsc::channel();
    let keys = tx.clone();
    std::thread::spawn(move || {
        for line in io::stdin().lock().lines() {
            let Ok(line) = line else { break };
            if keys.send(Message::Key(line.trim().to_string())).is_err() {
                break;
            }
        }
    });
    'problems: loop {
        let problem = catalog.problem(&slug)?;
        let path = solution_path(workspace, problem, args.file.as_deref())?;
        let dir = path.parent().unwrap_or(Path::new(".")).to_path_buf();
        let polled = needs_polling(&dir);
        let poll = args.poll || polled.is_some();
        let _watcher = start_watcher(&dir, poll, tx.clone())?;
        let shown = workspace.relative(&path).display().to_string();
        let how = match (&polled, args.poll) {
            (Some(kind), _) => format!(
                "polling every {} ms ({kind} does not report changes)",
                POLL_INTERVAL.as_millis()
            ),
            (None, true) => format!("polling every {} ms", POLL_INTERVAL.as_millis()),
            (None, false) => "on every save".to_string(),
        };
        let mut judged = 0u32;
        let mut last: Option<Vec<u8>> = None;
        let mut judge_now = true;
        loop {
            if judge_now {
                judge_now = false;
                let content = fs::read(&path).ok();
                judged += 1;
                clear_screen();
                println!(
                    "{} judging #{judged}: {shown}  ({how})",
                    "judge watch".bold()
                );
                let mut out = io::stdout().lock();
                if let Err(failure) = run::judge_and_report(
                    workspace,
                    catalog,
                    problem,
                    args.file.as_deref(),
                    &options,
                    output,
                    &mut out,
                ) {
                    drop(out);
                    crate::cli::warn(&failure);
                }
                last = content;
                println!("{}", "watching: save to judge again · r rerun · h hint · s show · n next · q quit (then Enter)".dimmed());
                let _ = io::stdout().flush();
            }
            let message = match rx.recv() {
                Ok(message) => message,
                Err(_) => return Ok(exit::ACCEPTED),
            };
            match message {
                Message::Changed(paths) => {
                    if !touches(&paths, &path) {
                        continue;
                    }
                    debounce(&rx, &path, &mut judge_now);
                    let content = fs::read(&path).ok();
                    if content.is_some() && content != last {
                        judge_now = true;
                    } else if content.is_some() {
                        println!("{}", "saved, unchanged: not judged again".dimmed());
                    }
                }
                Message::WatchError(error) => {
                    crate::cli::warn(
                        &Failure::new(format!("the watcher failed: {error}"))
                            .help("`judge watch --poll` polls instead"),
                    );
                }
                Message::Key(key) => match key.as_str() {
                    "r" => judge_now = true,
                    "h" => report(hint::hint(workspace, catalog, &slug, false, output)),
                    "s" => report(show::show(workspace, catalog, &slug, output)),
                    "n" if args.file.is_none() => {
                        report(next::next(workspace, catalog, output));
                        if let Ok(now) = run::last_problem(workspace) {
                            if now != slug {
                                slug = now;
                                continue 'problems;
                            }
                        }
                    }
                    "q" | "quit" | "exit" => return Ok(exit::ACCEPTED),
                    "" => {}
                    other => println!("`{other}`: r rerun · h hint · s show · n next · q quit"),
                },
            }
        }
    }
}

/// Whether an event touched the watched file (by its name: a rename over it names the file).
fn touches(paths: &[PathBuf], file: &Path) -> bool {
    paths.is_empty() || paths.iter().any(|p| p.file_name() == file.file_name())
}

/// Waits until no event has touched `file` for [`DEBOUNCE`]; a key typed meanwhile is dropped.
fn debounce(rx: &Receiver<Message>, file: &Path, judge_now: &mut bool) {
    loop {
        match rx.recv_timeout(DEBOUNCE) {
            Ok(Message::Changed(paths)) if touches(&paths, file) => continue,
            Ok(Message::Key(key)) if key == "r" => *judge_now = true,
            Ok(_) => continue,
            Err(RecvTimeoutError::Timeout) | Err(RecvTimeoutError::Disconnected) => return,
        }
    }
}

fn report(result: Result<u8>) {
    if let Err(failure) = result {
        crate::cli::warn(&failure);
    }
}

fn clear_screen() {
    if io::stdout().is_terminal() {
        print!("\x1b[2J\x1b[H");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_file_system_is_the_longest_mount_point_above_the_path() {
        let mounts = "/dev/sda1 / ext4 rw 0 0\nC:\\134 /mnt/c 9p rw 0 0\nserver:/x /home/me/net nfs4 rw 0 0\n";
        assert_eq!(
            file_system_of(mounts, Path::new("/mnt/c/work/s.rs")).as_deref(),
            Some("9p")
        );
        assert_eq!(
            file_system_of(mounts, Path::new("/home/me/net/s.rs")).as_deref(),
            Some("nfs4")
        );
        assert_eq!(
            file_system_of(mounts, Path::new("/home/me/s.rs")).as_deref(),
            Some("ext4")
        );
    }
}
