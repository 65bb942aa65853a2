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
    /// The reader of stdout went away (`judge list | head`): nothing is wrong, and nothing more
    /// can be said, so the command ends quietly, as Unix tools do.
    pub closed_pipe: bool,
}

impl Failure {
    pub fn new(message: impl Into<String>) -> Self {
        Failure {
            message: message.into(),
            help: None,
            closed_pipe: false,
        }
    }

    pub fn help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(help.into());
        self
    }
}

impl From<std::io::Error> for Failure {
    fn from(error: std::io::Error) -> Self {
        let mut failure = Failure::new(error.to_string());
        failure.closed_pipe = error.kind() == std::io::ErrorKind::BrokenPipe;
        failure
    }
}

/// Whether a panic is `println!`'s on a closed stdout ("failed printing to stdout: Broken pipe").
/// Rust ignores SIGPIPE, so a write to a closed pipe fails instead of ending the process; the judge
/// keeps it ignored (its own pipes to the processes it runs must fail, not kill it) and ends
/// quietly when the pipe that closed is stdout's.
pub fn is_closed_stdout_panic(message: &str) -> bool {
    message.starts_with("failed printing to stdout") && message.contains("Broken pipe")
}

pub type Result<T> = std::result::Result<T, Failure>;

pub fn code(code: u8) -> ExitCode {
    ExitCode::from(code)
}
