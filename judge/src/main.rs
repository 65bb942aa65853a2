//! `judge`: see `cli.rs` for the commands. `main` only hands over and turns the outcome into an
//! exit code.

mod author;
mod build;
mod catalog;
mod cli;
mod clock;
mod commands;
mod drill;
mod exit;
mod files;
mod glue;
mod judging;
mod practice;
mod process;
mod progress;
mod questions;
mod regressions;
mod report;
mod workspace;
mod wrap;

use std::process::ExitCode;

fn main() -> ExitCode {
    cli::run()
}
