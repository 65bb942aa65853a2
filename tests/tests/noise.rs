//! The report's "what your code printed" holds only what the learner's code printed: the referee
//! that judges it shares its stderr with the solution's process, and its noise must not show.
//! (Its own test binary: it saves a regression of the repository's sliding-window-maximum while it
//! runs, which other tests of that problem must not replay.)

mod common;

use std::fs;

use common::{judge, root, text};

/// proptest announces on its stderr when it gives up shrinking (after 4 tries per random case:
/// `--cases 3` makes it 12, too few to shrink 9+ numbers away). The referee's stderr is shared with
/// the solution's process; what the report calls "what your code printed" must be only the code's.
#[test]
fn the_referees_noise_is_not_what_your_code_printed() {
    let file = root().join("tests/fixtures/wrong_answer/wrong_from_nine_numbers_with_prints.rs");
    let regressions = root().join("solutions/regressions/sliding-window-maximum.toml");
    let before = fs::read_to_string(&regressions).ok();
    let output = judge(&[
        "run",
        "sliding-window-maximum",
        "--file",
        file.to_str().unwrap(),
        "--cases",
        "3",
        "--seed",
        "5",
        "--no-stress",
    ]);
    let shown = text(&output);
    // The shrunk input was saved as a regression of the repository's own solutions: put it back.
    match before {
        Some(text) => fs::write(&regressions, text).unwrap(),
        None => {
            let _ = fs::remove_file(&regressions);
        }
    }
    assert_eq!(output.status.code(), Some(1), "{shown}");
    assert!(shown.contains("Wrong Answer"), "{shown}");
    assert!(shown.contains("what your code printed"), "{shown}");
    assert!(shown.contains("called with"), "{shown}");
    assert!(!shown.contains("proptest"), "{shown}");
    assert!(!shown.contains("PROPTEST_MAX_SHRINK_ITERS"), "{shown}");
}
