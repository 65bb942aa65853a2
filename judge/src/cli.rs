//! The command line: clap's parser (its `///` comments are the help text), turned into the resolved
//! settings the commands take.

use std::io::IsTerminal;
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
        /// The problem's slug, e.g. sliding-window-maximum.
        slug: String,
        /// Judge this file instead of solutions/src/<pattern>/<module>.rs.
        #[arg(long)]
        file: Option<std::path::PathBuf>,
        /// Seed of the random cases (printed by every run), to reproduce one.
        #[arg(long)]
        seed: Option<u64>,
        /// How many random cases to run.
        #[arg(long, default_value_t = 1000)]
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
    Hint { slug: String },
    /// Show a pattern's workbook page and your progress in it.
    Pattern { id: String },
    /// Judge a problem's reference and known submissions (for authors).
    Verify {
        /// The problem to verify.
        slug: Option<String>,
        /// Verify every problem.
        #[arg(long, conflicts_with = "slug")]
        all: bool,
    },
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
    let args = match Args::try_parse() {
        Ok(args) => args,
        Err(error) => {
            let _ = error.print();
            return exit::code(if error.use_stderr() {
                exit::UNUSABLE
            } else {
                exit::ACCEPTED
            });
        }
    };
    let output = Output::resolve(&args);
    colored::control::set_override(output.color);
    match commands::dispatch(&args.command, output) {
        Ok(code) => exit::code(code),
        Err(failure) => {
            report_failure(&failure, output);
            exit::code(exit::UNUSABLE)
        }
    }
}

fn report_failure(failure: &Failure, output: Output) {
    if output.json {
        let value = serde_json::json!({"error": failure.message, "help": failure.help});
        println!("{value}");
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
}
