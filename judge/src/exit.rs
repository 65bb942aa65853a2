//! Exit codes, in one place. They are part of the product contract (SPEC.md).

use std::process::ExitCode;

/// Accepted (for `check`: every judged solution accepted).
pub const ACCEPTED: u8 = 0;
/// Any other verdict.
pub const REJECTED: u8 = 1;
/// The request could not be judged as asked: unknown slug, no solution file, bad data, bad flags.
pub const UNUSABLE: u8 = 2;

/// An error that stops a command before a verdict: printed as `judge: error: ...` with the fix on
/// the next line, and exits with [`UNUSABLE`].
#[derive(Debug)]
pub struct Failure {
    pub message: String,
    pub help: Option<String>,
}

impl Failure {
    pub fn new(message: impl Into<String>) -> Self {
        Failure {
            message: message.into(),
            help: None,
        }
    }

    pub fn help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(help.into());
        self
    }
}

impl From<std::io::Error> for Failure {
    fn from(error: std::io::Error) -> Self {
        Failure::new(error.to_string())
    }
}

pub type Result<T> = std::result::Result<T, Failure>;

pub fn code(code: u8) -> ExitCode {
    ExitCode::from(code)
}
