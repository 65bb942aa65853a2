//! LeetCode's ListNode through the CLI: a linked-list solution pasted from LeetCode's editor is
//! judged as it is, with LeetCode's definition as a comment (the judge supplies it), uncommented
//! (the file's own copy is used), or with traits implemented on it; a Wrong Answer on a list says
//! at which node it differs, in LeetCode's text; `judge new` gives the solutions crate the types.

mod common;

use std::fs;

use common::{judge, judge_in, root, run_json, scratch_workspace, text};

/// (file, verdict).
const FORMS: &[(&str, &str)] = &[
    // LeetCode's editor text: the ListNode comment block, `impl Solution` alone.
    ("reverse_list_leetcode.rs", "accepted"),
    // The comment block uncommented: the file's own ListNode, with its private `new`.
    ("reverse_list_own_listnode.rs", "accepted"),
    // `impl Ord for ListNode` on the judge's ListNode (no orphan-rule error).
    ("reverse_list_impl_ord.rs", "accepted"),
];

#[test]
fn a_pasted_linked_list_solution_is_judged_with_or_without_its_own_definition() {
    let mut wrong = Vec::new();
    for (file, verdict) in FORMS {
        let path = root().join("tests/fixtures/paste").join(file);
        let (report, code) = run_json("reverse-linked-list", &path, &["--seed", "5"]);
        if report["verdict"] != *verdict || code != 0 {
            wrong.push(format!("{file}: expected {verdict}, got {report}"));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn a_wrong_list_is_shown_in_leetcodes_text_with_the_node_where_it_differs() {
    let path = root()
        .join("problems/submissions/linked_list/reverse_linked_list/wrong_drops_last_node.rs");
    let (report, code) = run_json("reverse-linked-list", &path, &["--no-stress"]);
    assert_eq!(report["verdict"], "wrong_answer", "{report}");
    assert_eq!(code, 1);
    assert_eq!(report["input"], "head = [1,2,3,4,5]", "{report}");
    assert_eq!(
        report["expected"],
        serde_json::json!([5, 4, 3, 2, 1]),
        "{report}"
    );
    assert_eq!(report["got"], serde_json::json!([4, 3, 2, 1]), "{report}");
    let message = report["message"].as_str().unwrap_or_default();
    assert!(
        message.contains("node 0 of the list (0 is the head): expected 5, got 4"),
        "{report}"
    );
}

/// A wrong small tree is drawn beside the expected one, and the checker names the first node
/// where they differ by its path from the root.
#[test]
fn a_wrong_small_tree_is_drawn_beside_the_expected_one() {
    let path =
        root().join("problems/submissions/trees/invert_binary_tree/wrong_reads_the_new_left.rs");
    let file = path.to_str().unwrap();
    let output = judge(&["run", "invert-binary-tree", "--file", file, "--no-stress"]);
    let out = text(&output);
    assert_eq!(output.status.code(), Some(1), "{out}");
    let drawing: Vec<&str> = out
        .lines()
        .skip_while(|line| !(line.contains("expected") && line.trim_end().ends_with("got")))
        .take(6)
        .collect();
    assert_eq!(drawing.len(), 6, "no drawing of the two trees:\n{out}");
    // The roots, then the second level of each tree: 7 2 on the left, 7 7 on the right.
    assert_eq!(
        drawing[1].split_whitespace().collect::<Vec<_>>(),
        ["4", "4"],
        "{out}"
    );
    assert_eq!(
        drawing[3].split_whitespace().collect::<Vec<_>>(),
        ["7", "2", "7", "7"],
        "{out}"
    );
    assert!(out.contains("root.right: expected 2, got 7"), "{out}");
}

#[test]
fn new_gives_the_solutions_crate_leetcodes_types() {
    let dir = scratch_workspace("nodes-new");
    let output = judge_in(&dir, &["new", "reverse-linked-list"]);
    assert!(output.status.success(), "{}", text(&output));
    let file =
        fs::read_to_string(dir.join("solutions/src/linked_list/reverse_linked_list.rs")).unwrap();
    assert!(file.contains("use crate::ListNode;"), "{file}");
    assert!(
        file.contains("pub fn reverse_list(head: Option<Box<ListNode>>) -> Option<Box<ListNode>>"),
        "{file}"
    );
    let lib = fs::read_to_string(dir.join("solutions/src/lib.rs")).unwrap();
    assert!(
        lib.contains("mod leetcode;") && lib.contains("pub use leetcode::{ListNode, TreeNode};"),
        "{lib}"
    );
    let types = fs::read_to_string(dir.join("solutions/src/leetcode.rs")).unwrap();
    assert!(
        types.contains("pub struct ListNode") && types.contains("pub fn new(val: i32) -> Self"),
        "{types}"
    );
    // A second problem does not add the lines twice.
    let output = judge_in(&dir, &["new", "two-sum"]);
    assert!(output.status.success(), "{}", text(&output));
    let lib = fs::read_to_string(dir.join("solutions/src/lib.rs")).unwrap();
    assert_eq!(lib.matches("mod leetcode;").count(), 1, "{lib}");
    let two_sum = fs::read_to_string(dir.join("solutions/src/arrays_hashing/two_sum.rs")).unwrap();
    assert!(!two_sum.contains("ListNode"), "{two_sum}");
    let _ = fs::remove_dir_all(&dir);
}
