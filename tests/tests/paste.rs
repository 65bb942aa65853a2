//! Code pasted from LeetCode's editor is judged as it is: each file in `tests/fixtures/paste/` is
//! one form real accepted solutions take, and gets its verdict through the CLI; a file of the
//! wrong shape gets a compile error about the learner's file, never about generated code.

mod common;

use common::{root, run_json};

/// (problem, file, verdict).
const FORMS: &[(&str, &str, &str)] = &[
    // `struct Solution;` and `fn two_sum` without `pub`, as LeetCode's editor has them.
    ("two-sum", "two_sum_private.rs", "accepted"),
    // `impl Solution { .. }` alone: LeetCode supplies the struct.
    ("two-sum", "two_sum_impl_only.rs", "accepted"),
    // A module doc comment and an inner attribute at the top.
    ("two-sum", "two_sum_inner_attributes.rs", "accepted"),
    // A design problem pasted whole, with LeetCode's trailing "Your MinStack object..." block.
    ("min-stack", "min_stack_leetcode.rs", "accepted"),
    // `rand`, which LeetCode's environment offers.
    (
        "top-k-frequent-elements",
        "top_k_quickselect_rand.rs",
        "accepted",
    ),
];

#[test]
fn leetcode_paste_forms_are_judged_as_they_are() {
    let mut wrong = Vec::new();
    for (slug, file, verdict) in FORMS {
        let path = root().join("tests/fixtures/paste").join(file);
        let (report, _) = run_json(slug, &path, &["--no-stress", "--seed", "11"]);
        if report["verdict"] != *verdict {
            wrong.push(format!("{file}: expected {verdict}, got {report}"));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn a_file_of_the_wrong_shape_is_told_about_itself() {
    for (file, says) in [
        ("two_sum_wrong_signature.rs", "mismatched types"),
        ("two_sum_misnamed.rs", "two_sum"),
    ] {
        let path = root().join("tests/fixtures/paste").join(file);
        let (report, code) = run_json("two-sum", &path, &["--no-stress"]);
        assert_eq!(report["verdict"], "compile_error", "{file}: {report}");
        assert_eq!(code, 1, "{file}");
        let errors = report["message"].as_str().unwrap_or_default();
        assert!(
            errors.contains(&format!("tests/fixtures/paste/{file}")),
            "{file}: the message names the file: {errors}"
        );
        assert!(
            errors.contains("the judge calls `impl Solution` with LeetCode's method")
                && errors.contains("pub fn two_sum(nums: Vec<i32>, target: i32) -> Vec<i32>"),
            "{file}: the message says what the judge calls: {errors}"
        );
        assert!(errors.contains(says), "{file}: rustc's own words: {errors}");
        for generated in ["judge-src", "glue.rs", "judge_entry", "target/"] {
            assert!(
                !errors.contains(generated),
                "{file}: the message points into generated code ({generated}): {errors}"
            );
        }
    }
}
