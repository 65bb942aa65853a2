//! The pure core of the judge: what a verdict is and how it is decided, how answers are compared,
//! how a time limit is derived from the reference, and the protocol between the judge and the
//! harness process. Nothing here spawns a process, touches a file or draws on a terminal.

pub mod check;
pub mod constraint;
pub mod decide;
pub mod draw;
pub mod format;
pub mod fsrs;
pub mod pace;
pub mod protocol;
pub mod sanitize;
pub mod suggest;
pub mod verdict;

pub use verdict::Verdict;
