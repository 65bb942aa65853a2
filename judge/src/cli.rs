//! The command line: clap's parser (its `///` comments are the help text), turned into the resolved
//! settings the commands take.

use std::ffi::OsString;
use std::io::{IsTerminal, Write};
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};
use colored::Colorize;

use crate::commands;
use crate::exit::{self, Failure};

/// Practise LeetCode-style problems by pattern, judged locally like an online judge.
#[derive(Debug, Parser)]
#[command(name = "judge", version, about, propagate_version = true)]
pub struct Args {
    #[command(subcommand)]
    pub command: Cmd,
    /// When to color the output (NO_COLOR is respected with `auto`).
    #[arg(long, value_enum, default_value_t = ColorChoice::Auto, global = true)]
    pub color: ColorChoice,
    /// Print one JSON object on stdout instead of text.
    #[arg(long, global = true)]
    pub json: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    Auto,
    Always,
    Never,
}

#[derive(Debug, Subcommand)]
pub enum Cmd {
    /// Judge your solution: examples and edge cases, then random cases, then timed stress cases.
    Run {
        /// The problem's slug, e.g. sliding-window-maximum (default: the one last scaffolded or run).
        slug: Option<String>,
        /// Judge this file instead of solutions/src/<pattern>/<module>.rs.
        #[arg(long)]
        file: Option<std::path::PathBuf>,
        /// Seed of the random cases (printed by every run), to reproduce one.
        #[arg(long)]
        seed: Option<u64>,
        /// How many random cases to run.
        #[arg(long, default_value_t = crate::judging::DEFAULT_CASES)]
        cases: u32,
        /// Skip the timed stress cases (a quicker check of correctness only).
        #[arg(long)]
        no_stress: bool,
    },
    /// Create your solution file from the template, with the interview questions as comments.
    New {
        slug: String,
        /// For authors: scaffold a new problem's data and code instead (prefilled from the catalogue).
        #[arg(long)]
        problem: bool,
        /// Replace an existing file (a backup is kept next to it).
        #[arg(long)]
        force: bool,
    },
    /// Show a problem: statement, constraints, examples, and the questions to answer.
    Show { slug: String },
    /// List the problems by pattern, with difficulty and your status.
    List {
        /// Only this pattern.
        #[arg(long)]
        pattern: Option<String>,
    },
    /// Judge the solutions staged in git (for a pre-commit hook), every solution, or the given files.
    Check {
        /// Judge every solution file present.
        #[arg(long, conflicts_with = "files")]
        all: bool,
        /// Judge these files (as pre-commit passes them); other files are ignored.
        files: Vec<std::path::PathBuf>,
    },
    /// Install or remove the git pre-commit hook that runs `judge check`.
    Hook {
        #[command(subcommand)]
        action: HookAction,
    },
    /// Show the next hint for a problem (one at a time; they are counted in your progress).
    Hint {
        slug: String,
        /// Show again every hint taken so far, without taking a new one.
        #[arg(long)]
        all: bool,
    },
    /// Show a pattern's workbook page and your progress in it.
    Pattern { id: String },
    /// Print a shell completion script that completes commands, flags, slugs and patterns.
    ///
    /// bash: `judge completions bash > ~/.local/share/bash-completion/completions/judge`;
    /// zsh: `judge completions zsh > ~/.zfunc/_judge` (with `~/.zfunc` in `fpath`);
    /// fish: `judge completions fish > ~/.config/fish/completions/judge.fish`.
    Completions {
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
    /// Judge a problem's reference and known submissions (for authors).
    Verify {
        /// The problem to verify.
        slug: Option<String>,
        /// Verify every problem.
        #[arg(long, conflicts_with = "slug")]
        all: bool,
    },
    /// Make a day-by-day plan, show it, or spread what is left over the days that remain.
    Plan(PlanArgs),
    /// Today in your plan: "Day N of M", the new problems with their pattern's questions, the
    /// day's ML drill or card, the reviews due and what was missed.
    Today,
    /// Scaffold the next problem of your plan (the day's ML drill once its problems are done), or
    /// of the roadmap without a plan.
    Next,
    /// List the reviews due and start one: a blank file, your earlier solution kept as a backup.
    Review {
        /// Start this problem's review (or, with a pattern id, review its questions) instead of the
        /// most overdue one.
        item: Option<String>,
        /// Only list what is due.
        #[arg(long, conflicts_with = "item")]
        list: bool,
        /// With a pattern: print the questions' answers too, to grade yourself.
        #[arg(long)]
        answers: bool,
    },
    /// Replace the judge's rating of your latest sitting (or rate one it has no record of).
    Rate {
        /// A problem's slug, or a pattern id for its questions.
        item: String,
        /// again, hard, good or easy.
        rating: String,
    },
    /// Judge again on every save, until you quit.
    Watch(WatchArgs),
    /// Your practice over time: a calendar, progress per pattern, hints, the review forecast.
    Stats,
    /// Drill a deck of question cards: answer, see the model answer, tick the key points you
    /// covered; the rating they give schedules the card beside your reviews. No deck: the decks.
    Drill(DrillArgs),
}

/// `judge drill`'s arguments.
#[derive(Debug, clap::Args)]
pub struct DrillArgs {
    /// The deck: `ml-concepts`, `ml-system-design`, or a pattern id for its invariant questions
    /// (default: list the decks with their due and new cards).
    pub deck: Option<String>,
    /// Only this card (`bias-variance` or `ml-concepts/bias-variance`); with --covered or --rate,
    /// rate it without asking (for scripts), with --json alone, print it.
    #[arg(long, requires = "deck")]
    pub card: Option<String>,
    /// The key points your answer covered, by number: `1,3`, `all` or `none`. The rating follows
    /// from them: all, good; under half, again; otherwise, hard.
    #[arg(long, requires = "card")]
    pub covered: Option<String>,
    /// Your rating (again, hard, good or easy), over the one the key points give.
    #[arg(long, requires = "card")]
    pub rate: Option<String>,
    /// New cards a session may begin in a day, per deck.
    #[arg(long = "new", default_value_t = crate::drill::schedule::NEW_PER_DAY)]
    pub new_per_day: usize,
}

/// `judge plan`'s flags.
#[derive(Debug, clap::Args)]
pub struct PlanArgs {
    /// The plan's first day, e.g. 2026-03-02 (default: today).
    #[arg(long)]
    pub start: Option<String>,
    /// How many days it runs, days off included.
    #[arg(long, conflicts_with = "weeks")]
    pub days: Option<u32>,
    /// How many weeks it runs.
    #[arg(long)]
    pub weeks: Option<u32>,
    /// Hours of practice a week, reviews included.
    #[arg(long)]
    pub hours: Option<f64>,
    /// Days off in each week.
    #[arg(long)]
    pub days_off: Option<u32>,
    /// Tracks to cover: `problems` (the NeetCode 150, the default) and `ml` (the ML coding drills,
    /// one on a day, and an ML deck card on each other practice day); repeat it or use commas.
    #[arg(long, value_delimiter = ',')]
    pub track: Vec<String>,
    /// Spread the problems and drills not yet solved over the days that remain (from today);
    /// with --track, change the plan's tracks too.
    #[arg(long)]
    pub replan: bool,
    /// Replace the plan you have.
    #[arg(long, conflicts_with = "replan")]
    pub force: bool,
}

/// `judge watch`'s flags.
#[derive(Debug, clap::Args)]
pub struct WatchArgs {
    /// The problem (default: the one last scaffolded or run).
    pub slug: Option<String>,
    /// Watch and judge this file instead of solutions/src/<pattern>/<module>.rs.
    #[arg(long)]
    pub file: Option<std::path::PathBuf>,
    /// Seed of the random cases.
    #[arg(long)]
    pub seed: Option<u64>,
    /// How many random cases to run.
    #[arg(long, default_value_t = crate::judging::DEFAULT_CASES)]
    pub cases: u32,
    /// Skip the timed stress cases.
    #[arg(long)]
    pub no_stress: bool,
    /// Look for changes by polling instead of file events (WSL's /mnt, network file systems).
    #[arg(long)]
    pub poll: bool,
}

#[derive(Debug, Subcommand)]
pub enum HookAction {
    /// Write the hook (never over another hook without --force; a backup is kept).
    Install {
        #[arg(long)]
        force: bool,
    },
    /// Remove the hook, if judge wrote it.
    Uninstall,
}

/// Settings every command shares, resolved from the flags and the environment.
#[derive(Debug, Clone, Copy)]
pub struct Output {
    pub json: bool,
    pub color: bool,
}

impl Output {
    fn resolve(args: &Args) -> Output {
        let color = match args.color {
            ColorChoice::Always => true,
            ColorChoice::Never => false,
            ColorChoice::Auto => {
                std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
                    && std::io::stdout().is_terminal()
            }
        };
        Output {
            json: args.json,
            color: color && !args.json,
        }
    }
}

pub fn run() -> ExitCode {
    quiet_on_closed_stdout();
    let argv: Vec<OsString> = std::env::args_os().collect();
    let args = match Args::try_parse_from(&argv) {
        Ok(args) => args,
        Err(error) => return report_parse_error(&error, asks_for_json(&argv)),
    };
    let output = Output::resolve(&args);
    colored::control::set_override(output.color);
    let outcome = std::panic::catch_unwind(|| commands::dispatch(&args.command, output));
    match outcome {
        Ok(Ok(code)) => exit::code(code),
        Ok(Err(failure)) if failure.closed_pipe => exit::code(exit::ACCEPTED),
        Ok(Err(failure)) => {
            report_failure(&failure, output);
            exit::code(exit::UNUSABLE)
        }
        Err(payload) if panic_message(&*payload).is_some_and(exit::is_closed_stdout_panic) => {
            exit::code(exit::ACCEPTED)
        }
        Err(payload) => std::panic::resume_unwind(payload),
    }
}

/// A closed stdout (`judge list | head`) ends the command quietly with status 0, as ripgrep does,
/// instead of "Broken pipe" and status 2: `println!`'s panic on it is not printed (`run` catches
/// it), and a `writeln!` that fails with `BrokenPipe` becomes a quiet [`Failure`].
fn quiet_on_closed_stdout() {
    let default = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        if panic_message(info.payload()).is_some_and(exit::is_closed_stdout_panic) {
            return;
        }
        default(info);
    }));
}

fn panic_message(payload: &(dyn std::any::Any + Send)) -> Option<&str> {
    payload
        .downcast_ref::<String>()
        .map(String::as_str)
        .or_else(|| payload.downcast_ref::<&str>().copied())
}

/// Whether `--json` is among the arguments, wherever it is: when the parser refuses them, `--json`
/// still decides what stdout carries.
fn asks_for_json(argv: &[OsString]) -> bool {
    argv.iter()
        .skip(1)
        .take_while(|a| *a != "--")
        .any(|a| a == "--json" || a.to_str().is_some_and(|a| a.starts_with("--json=")))
}

/// What clap says about arguments it refused (or about `--help` and `--version`). With `--json`,
/// stdout gets one object: `{"error", "help", "exit_code"}` for a refusal, `{"help"}` or
/// `{"version"}` for the others.
fn report_parse_error(error: &clap::Error, json: bool) -> ExitCode {
    let code = if error.use_stderr() {
        exit::UNUSABLE
    } else {
        exit::ACCEPTED
    };
    if !json {
        let _ = error.print();
        return exit::code(code);
    }
    let value = parse_error_json(error);
    // A closed stdout has nothing left to tell.
    let _ = writeln!(std::io::stdout(), "{value}");
    exit::code(code)
}

fn parse_error_json(error: &clap::Error) -> serde_json::Value {
    use clap::error::ErrorKind;
    // `to_string` renders without styles.
    let text = error.render().to_string();
    match error.kind() {
        ErrorKind::DisplayHelp => serde_json::json!({ "help": text.trim_end() }),
        ErrorKind::DisplayVersion => serde_json::json!({ "version": text.trim() }),
        ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => serde_json::json!({
            "error": "a command is required",
            "help": text.trim_end(),
            "exit_code": exit::UNUSABLE,
        }),
        _ => {
            // The first paragraph is the message (`error: ...`, perhaps with the values it
            // expected on the next lines); the rest is usage and where to read more.
            let (first, rest) = text.split_once("\n\n").unwrap_or((&text, ""));
            let message = first
                .trim()
                .trim_start_matches("error:")
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ");
            let help = rest.trim();
            serde_json::json!({
                "error": message,
                "help": (!help.is_empty()).then_some(help),
                "exit_code": exit::UNUSABLE,
            })
        }
    }
}

fn report_failure(failure: &Failure, output: Output) {
    if output.json {
        let value = serde_json::json!({
            "error": failure.message,
            "help": failure.help,
            "exit_code": exit::UNUSABLE,
        });
        let _ = writeln!(std::io::stdout(), "{value}");
        return;
    }
    eprintln!("{} {}", "judge: error:".red().bold(), failure.message);
    if let Some(help) = &failure.help {
        eprintln!("  {} {help}", "help:".cyan().bold());
    }
}

/// Prints a warning on stderr (never stdout, which `--json` keeps for its one object): something
/// went wrong and was dealt with, and the learner should know.
pub fn warn(warning: &Failure) {
    eprintln!("{} {}", "judge: warning:".yellow().bold(), warning.message);
    if let Some(help) = &warning.help {
        eprintln!("  {} {help}", "help:".cyan().bold());
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn the_parser_is_consistent() {
        Args::command().debug_assert();
    }

    fn argv(args: &[&str]) -> Vec<OsString> {
        std::iter::once("judge")
            .chain(args.iter().copied())
            .map(OsString::from)
            .collect()
    }

    #[test]
    fn json_is_seen_wherever_it_is() {
        assert!(asks_for_json(&argv(&["--json", "run", "x", "--bogus"])));
        assert!(asks_for_json(&argv(&["run", "--seed", "many", "--json"])));
        assert!(asks_for_json(&argv(&["--json=yes", "list"])));
        assert!(!asks_for_json(&argv(&["run", "x", "--", "--json"])));
        assert!(!asks_for_json(&argv(&["run", "--jsonx"])));
    }

    #[test]
    fn a_refused_argument_with_json_is_one_object_with_its_message() {
        let error =
            Args::try_parse_from(argv(&["run", "x", "--seed", "many", "--json"])).unwrap_err();
        let value = parse_error_json(&error);
        assert_eq!(value["exit_code"], 2);
        let message = value["error"].as_str().unwrap();
        assert!(message.contains("many"), "{value}");
        assert!(!message.starts_with("error"), "{value}");
        assert!(!value.to_string().contains('\u{1b}'), "{value}");

        let error = Args::try_parse_from(argv(&["--json"])).unwrap_err();
        assert_eq!(parse_error_json(&error)["exit_code"], 2);
        let error = Args::try_parse_from(argv(&["--json", "--help"])).unwrap_err();
        assert!(parse_error_json(&error)["help"]
            .as_str()
            .unwrap()
            .contains("Usage"));
    }
}
