//! Every problem in the catalogue, verified through `judge verify`: its reference is accepted and
//! agrees with the oracle, every generated input keeps the constraints, and each known submission
//! (correct, wrong, slow) gets exactly the verdict its data declares.

mod common;

use common::{judge, text};

#[test]
fn every_problem_verifies() {
    let output = judge(&["verify", "--all"]);
    let report = text(&output);
    assert!(
        output.status.success(),
        "judge verify --all failed:\n{report}"
    );
    assert!(report.contains("every problem verified"), "{report}");
}
