//! The command line's conventions, as a Unix user and a script expect them: a closed pipe ends
//! quietly, `--json` always means one JSON object, a LeetCode number works wherever a slug does,
//! and shell completions know the slugs.

mod common;

use std::process::Stdio;

use common::{judge, judge_binary, root, text};

/// `judge list | head`: the reader is gone before the judge writes. Every write then fails with
/// EPIPE (the pipe's read end is closed before the judge starts, so this does not depend on timing).
#[test]
fn a_closed_stdout_ends_quietly() {
    for args in [
        &["list"][..],
        &["show", "min-stack"],
        &["list", "--json"],
        &["pattern", "stack"],
    ] {
        let (reader, writer) = std::io::pipe().unwrap();
        drop(reader);
        let output = std::process::Command::new(judge_binary())
            .current_dir(root())
            .args(args)
            .env("NO_COLOR", "1")
            .stdout(writer)
            .stderr(Stdio::piped())
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert_eq!(output.status.code(), Some(0), "{args:?}: {stderr}");
        assert!(stderr.is_empty(), "{args:?} printed on stderr: {stderr}");
    }
}
