//! LeetCode's `ListNode` and `TreeNode`, and the judge's own code on them: building from and
//! reading into LeetCode's text forms (a list `[1,2,3]`; a tree in level order with `null`,
//! `[1,null,2,3]`, trailing nulls trimmed; `[]` for none), dropping, and saying where two lists or
//! trees first differ. All of it is iterative: a 10^5-node list or a 10^4-deep path of a tree never
//! recurses here (the derived `Drop`, `Clone`, `PartialEq` and `Debug` of LeetCode's types do, and
//! the judge never relies on them).
//!
//! Across the process boundary a list is its values (`Vec<i32>`) and a tree its level order
//! (`Vec<Option<i32>>`): the learner's nodes are the learner's type (the solution binary defines
//! LeetCode's struct itself, so that `impl Ord for ListNode` compiles as it does on LeetCode), and
//! the solution binary's glue converts them with the same loops as the ones here, so the
//! reference and the learner's code pay the same cost for building and reading.

use std::cell::RefCell;
use std::collections::VecDeque;
use std::rc::Rc;

/// Definition for singly-linked list, as LeetCode gives it (`new` made `pub`).
#[derive(PartialEq, Eq, Clone, Debug)]
pub struct ListNode {
    pub val: i32,
    pub next: Option<Box<ListNode>>,
}

impl ListNode {
    #[inline]
    pub fn new(val: i32) -> Self {
        ListNode { next: None, val }
    }
}

/// Definition for a binary tree node, as LeetCode gives it.
#[derive(Debug, PartialEq, Eq)]
pub struct TreeNode {
    pub val: i32,
    pub left: Option<Rc<RefCell<TreeNode>>>,
    pub right: Option<Rc<RefCell<TreeNode>>>,
}

impl TreeNode {
    #[inline]
    pub fn new(val: i32) -> Self {
        TreeNode {
            val,
            left: None,
            right: None,
        }
    }
}

// The judge's own node types for the problems without a Rust template on LeetCode
// (`SharedListNode`, `Node`, `GraphNode`): the same file is the text the solution binary defines
// them with.
include!("nodes/shared_types.rs");

pub mod shared;

/// A list, as LeetCode's `Option<Box<ListNode>>`.
pub type List = Option<Box<ListNode>>;
/// A tree, as LeetCode's `Option<Rc<RefCell<TreeNode>>>`.
pub type Tree = Option<Rc<RefCell<TreeNode>>>;

/// The list of `values`, in order; `[]` is `None`.
pub fn list(values: &[i32]) -> List {
    let mut head = None;
    for &val in values.iter().rev() {
        head = Some(Box::new(ListNode { val, next: head }));
    }
    head
}

/// The values of `list`, in order, without consuming it.
pub fn list_values(list: &List) -> Vec<i32> {
    let mut values = Vec::new();
    let mut node = list.as_deref();
    while let Some(current) = node {
        values.push(current.val);
        node = current.next.as_deref();
    }
    values
}

/// The values of `list`, freeing its nodes one by one (never recursively).
pub fn into_values(mut list: List) -> Vec<i32> {
    let mut values = Vec::new();
    while let Some(mut node) = list {
        values.push(node.val);
        list = node.next.take();
    }
    values
}

/// Frees a list node by node: the derived drop of a long `Box` chain recurses once per node.
pub fn drop_list(list: List) {
    into_values(list);
}

/// The nodes of a list as a count and an order-free sum of hashes of (address, value): a method
/// that must rearrange the input's own nodes (in place, LeetCode's "do not modify the values")
/// keeps it; one that builds fresh nodes or rewrites values changes it. O(n), one read of each
/// node: the solution binary's glue computes it with the same loop around the learner's call.
pub fn fingerprint(list: &List) -> (usize, u64) {
    let (mut count, mut sum) = (0usize, 0u64);
    let mut node = list.as_deref();
    while let Some(current) = node {
        count += 1;
        let address = current as *const ListNode as usize as u64;
        sum = sum.wrapping_add(mix(address ^ mix(current.val as u32 as u64)));
        node = current.next.as_deref();
    }
    (count, sum)
}

/// SplitMix64's finaliser.
fn mix(mut z: u64) -> u64 {
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

/// Panics, saying what `method` did, unless `list` is made of the nodes [`fingerprint`]ed before.
/// A list of another length is left to the comparison of values, which reports it as a wrong
/// answer at the node where it differs.
pub fn assert_same_nodes(before: (usize, u64), list: &List, method: &str) {
    let after = fingerprint(list);
    if after.0 == before.0 && after.1 != before.1 {
        panic!("{method} must rearrange the list's own nodes and keep their values (LeetCode: do not modify the values in the list's nodes), but after the call the list holds nodes it made itself, or changed values");
    }
}

/// The tree of a level-order description (`[1,null,2,3]`), as LeetCode reads it: the first value
/// is the root, and each node present takes the next two entries as its children. `[]` and
/// `[null]` are the empty tree.
pub fn tree(level_order: &[Option<i32>]) -> Tree {
    let mut values = level_order.iter();
    let root = match values.next() {
        Some(Some(val)) => Rc::new(RefCell::new(TreeNode::new(*val))),
        _ => return None,
    };
    let mut waiting = VecDeque::from([Rc::clone(&root)]);
    while let Some(parent) = waiting.pop_front() {
        let mut child = |value: Option<&Option<i32>>| {
            let node = Rc::new(RefCell::new(TreeNode::new((*value?)?)));
            waiting.push_back(Rc::clone(&node));
            Some(node)
        };
        let left = child(values.next());
        let right = child(values.next());
        let mut parent = parent.borrow_mut();
        parent.left = left;
        parent.right = right;
    }
    Some(root)
}

/// The level order of a tree, LeetCode's way (`null` for a missing child of a node present,
/// trailing nulls trimmed), without changing it. A node reached twice (a node shared by two
/// parents, or a cycle) is read once; its second appearance reads as `null`.
pub fn level_order(root: &Tree) -> Vec<Option<i32>> {
    let mut out = Vec::new();
    let mut seen = std::collections::HashSet::new();
    let mut queue: VecDeque<Tree> = VecDeque::from([root.clone()]);
    while let Some(entry) = queue.pop_front() {
        match entry {
            Some(node) if seen.insert(Rc::as_ptr(&node)) => {
                let node = node.borrow();
                out.push(Some(node.val));
                queue.push_back(node.left.clone());
                queue.push_back(node.right.clone());
            }
            _ => out.push(None),
        }
    }
    while out.last() == Some(&None) {
        out.pop();
    }
    out
}

/// The level order of a tree the caller hands over, freeing it node by node on the way: each
/// node's children are taken out as it is read, so nothing is dropped recursively and a cycle ends
/// (a node reached a second time reads again, without children). The solution binary reads the
/// learner's trees with this same loop.
pub fn into_level_order(root: Tree) -> Vec<Option<i32>> {
    let mut out = Vec::new();
    let mut queue: VecDeque<Tree> = VecDeque::from([root]);
    while let Some(entry) = queue.pop_front() {
        match entry {
            Some(node) => {
                let mut node = node.borrow_mut();
                out.push(Some(node.val));
                queue.push_back(node.left.take());
                queue.push_back(node.right.take());
            }
            None => out.push(None),
        }
    }
    normalise(out)
}

/// Frees a tree without recursion: each node's children are taken out before the node goes, so
/// no drop reaches further than one node (a cycle is broken the same way).
pub fn drop_tree(root: Tree) {
    let mut stack: Vec<Rc<RefCell<TreeNode>>> = root.into_iter().collect();
    while let Some(node) = stack.pop() {
        let (left, right) = {
            let mut node = node.borrow_mut();
            (node.left.take(), node.right.take())
        };
        stack.extend(left);
        stack.extend(right);
    }
}

/// A level order in LeetCode's normal form: trailing nulls trimmed, `[null]` as `[]`.
pub fn normalise(mut level_order: Vec<Option<i32>>) -> Vec<Option<i32>> {
    while level_order.last() == Some(&None) {
        level_order.pop();
    }
    level_order
}

/// Where the list `got` first differs from `expected`, in words: the node's position (0 is the
/// head) and both values, or where one list ends early. `None` when they are equal.
pub fn list_difference(expected: &[i32], got: &[i32]) -> Option<String> {
    let show = |values: &[i32]| {
        if values.len() <= 8 {
            format!("{values:?}").replace(' ', "")
        } else {
            format!("{} nodes", values.len())
        }
    };
    if let Some(i) = (0..expected.len().min(got.len())).find(|&i| expected[i] != got[i]) {
        return Some(format!(
            "node {i} of the list (0 is the head): expected {}, got {}",
            expected[i], got[i]
        ));
    }
    match expected.len().cmp(&got.len()) {
        std::cmp::Ordering::Equal => None,
        std::cmp::Ordering::Greater => Some(format!(
            "the list ends after {} node(s), where node {} ({}) should follow; expected {}",
            got.len(),
            got.len(),
            expected[got.len()],
            show(expected)
        )),
        std::cmp::Ordering::Less => Some(format!(
            "the list goes on after node {}: it has {} node(s), the first extra one {}; expected {}",
            expected.len().saturating_sub(1),
            got.len(),
            got[expected.len()],
            show(expected)
        )),
    }
}

/// A list checker for `FunctionProblem::check`.
pub fn check_list(expected: &[i32], got: &[i32]) -> Result<(), String> {
    list_difference(expected, got).map_or(Ok(()), Err)
}

/// Where the tree `got` first differs from `expected` (both in level order), in level order, as a
/// path from the root: `root.left.right: expected 5, got 4`, or a node where there should be
/// none (or the reverse). `None` when they are equal.
pub fn tree_difference(expected: &[Option<i32>], got: &[Option<i32>]) -> Option<String> {
    let (want, have) = (tree(expected), tree(got));
    let mut queue: VecDeque<(String, Tree, Tree)> =
        VecDeque::from([("root".into(), want.clone(), have.clone())]);
    let mut found = None;
    while let Some((path, a, b)) = queue.pop_front() {
        match (a, b) {
            (None, None) => {}
            (Some(a), None) => {
                found = Some(format!(
                    "{path}: expected a node ({}), got null",
                    a.borrow().val
                ));
                break;
            }
            (None, Some(b)) => {
                found = Some(format!(
                    "{path}: expected null, got a node ({})",
                    b.borrow().val
                ));
                break;
            }
            (Some(a), Some(b)) => {
                let (a, b) = (a.borrow(), b.borrow());
                if a.val != b.val {
                    found = Some(format!("{path}: expected {}, got {}", a.val, b.val));
                    break;
                }
                queue.push_back((format!("{path}.left"), a.left.clone(), b.left.clone()));
                queue.push_back((format!("{path}.right"), a.right.clone(), b.right.clone()));
            }
        }
    }
    drop(queue);
    drop_tree(want);
    drop_tree(have);
    found
}

/// A tree checker for `FunctionProblem::check`.
pub fn check_tree(expected: &[Option<i32>], got: &[Option<i32>]) -> Result<(), String> {
    tree_difference(expected, got).map_or(Ok(()), Err)
}

/// Every node of a tree, breadth first (each an `Rc` clone).
fn all_nodes(root: &Tree) -> Vec<Rc<RefCell<TreeNode>>> {
    let mut all: Vec<Rc<RefCell<TreeNode>>> = root.iter().cloned().collect();
    let mut i = 0;
    while i < all.len() {
        let (left, right) = {
            let node = all[i].borrow();
            (node.left.clone(), node.right.clone())
        };
        all.extend(left);
        all.extend(right);
        i += 1;
    }
    all
}

/// The node of `root` holding `val` (values distinct), as a problem whose parameters are nodes of
/// the input tree hands them over (`p` and `q` of lowest-common-ancestor). The solution binary's
/// glue does the same.
pub fn find(root: &Tree, val: i32) -> Tree {
    let found = all_nodes(root)
        .into_iter()
        .find(|node| node.borrow().val == val);
    assert!(found.is_some(), "the judge found no node {val} in the tree");
    found
}

/// The value of `answer`, which must be one of `root`'s own nodes (LeetCode compares nodes, not
/// values); `None` for no node. A node the method made itself is a panic that says so.
pub fn node_value(root: &Tree, answer: Tree, method: &str) -> Option<i32> {
    let answer = answer?;
    if !all_nodes(root).iter().any(|node| Rc::ptr_eq(node, &answer)) {
        panic!("{method} must return a node of the input tree (LeetCode compares nodes, not values), but it returned a node it made itself, with value {}", answer.borrow().val);
    }
    let val = answer.borrow().val;
    Some(val)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nodes_of_a_tree_are_found_and_told_from_copies() {
        let root = tree(&[Some(2), Some(1), Some(3)]);
        let three = find(&root, 3);
        assert_eq!(node_value(&root, three, "f"), Some(3));
        assert_eq!(node_value(&root, None, "f"), None);
        let copy = Some(Rc::new(RefCell::new(TreeNode::new(3))));
        let made = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            node_value(&tree(&[Some(3)]), copy, "f")
        }));
        assert!(made.is_err());
        drop_tree(root);
    }

    #[test]
    fn lists_round_trip_and_empty_is_none() {
        assert!(list(&[]).is_none());
        assert_eq!(into_values(None), Vec::<i32>::new());
        for values in [vec![1], vec![1, 2, 3], vec![-5, 0, 5, 5]] {
            let built = list(&values);
            assert_eq!(list_values(&built), values);
            assert_eq!(into_values(built), values);
        }
        let head = list(&[1, 2]).unwrap();
        assert_eq!(head.val, 1);
        assert_eq!(head.next.as_ref().unwrap().val, 2);
        assert!(head.next.unwrap().next.is_none());
    }

    #[test]
    fn trees_round_trip_in_leetcodes_level_order() {
        assert!(tree(&[]).is_none());
        assert!(tree(&[None]).is_none());
        assert_eq!(level_order(&None), Vec::<Option<i32>>::new());
        for order in [
            vec![Some(1), None, Some(2), Some(3)],
            vec![Some(3), Some(9), Some(20), None, None, Some(15), Some(7)],
            vec![Some(1), Some(2)],
            vec![Some(1), None, Some(2)],
            vec![Some(5), Some(4), Some(8), Some(11), None, Some(13), Some(4)],
        ] {
            let built = tree(&order);
            assert_eq!(level_order(&built), order);
            assert_eq!(into_level_order(built), order);
        }
        // [1,null,2,3]: 3 is 2's left child.
        let root = tree(&[Some(1), None, Some(2), Some(3)]).unwrap();
        let right = root.borrow().right.clone().unwrap();
        assert!(root.borrow().left.is_none());
        assert_eq!(right.borrow().left.as_ref().unwrap().borrow().val, 3);
        // Trailing nulls are trimmed.
        assert_eq!(normalise(vec![Some(1), None, None]), vec![Some(1)]);
        assert_eq!(
            level_order(&tree(&[Some(1), Some(2), None, None, None])),
            vec![Some(1), Some(2)]
        );
    }

    #[test]
    fn a_long_list_and_a_deep_tree_do_not_overflow_the_stack() {
        // Run on a small stack, so that any recursion per node would overflow.
        std::thread::Builder::new()
            .stack_size(256 << 10)
            .spawn(|| {
                let values: Vec<i32> = (0..200_000).collect();
                let built = list(&values);
                assert_eq!(list_values(&built), values);
                let copy = list(&list_values(&built));
                assert!(list_difference(&list_values(&built), &into_values(copy)).is_none());
                drop_list(built);
                // 10^4 deep, left and right paths.
                for left in [true, false] {
                    let mut order = vec![Some(0)];
                    for i in 1..20_000 {
                        if left {
                            order.extend([Some(i), None]);
                        } else {
                            order.extend([None, Some(i)]);
                        }
                    }
                    let order = normalise(order);
                    let built = tree(&order);
                    assert_eq!(level_order(&built), order);
                    let mut changed = order.clone();
                    *changed.last_mut().unwrap() = Some(-1);
                    let why = tree_difference(&order, &changed).unwrap();
                    assert!(why.ends_with("expected 19999, got -1"), "{why}");
                    drop_tree(built);
                }
            })
            .unwrap()
            .join()
            .unwrap();
    }

    #[test]
    fn differences_say_where() {
        assert_eq!(list_difference(&[1, 2, 3], &[1, 2, 3]), None);
        assert_eq!(
            list_difference(&[1, 2, 3], &[1, 5, 3]).unwrap(),
            "node 1 of the list (0 is the head): expected 2, got 5"
        );
        let shorter = list_difference(&[1, 2, 3], &[1, 2]).unwrap();
        assert!(shorter.contains("ends after 2 node(s)"), "{shorter}");
        let longer = list_difference(&[1], &[1, 7]).unwrap();
        assert!(longer.contains("the first extra one 7"), "{longer}");
        assert!(list_difference(&[], &[4]).is_some());

        let t = |order: &[Option<i32>]| order.to_vec();
        assert_eq!(
            tree_difference(
                &t(&[Some(1), Some(2), Some(3), None, Some(5)]),
                &t(&[Some(1), Some(2), Some(3), None, Some(4)])
            )
            .unwrap(),
            "root.left.right: expected 5, got 4"
        );
        assert_eq!(
            tree_difference(&t(&[Some(1), Some(2)]), &t(&[Some(1), None, Some(2)])).unwrap(),
            "root.left: expected a node (2), got null"
        );
        assert_eq!(
            tree_difference(&[], &[Some(1)]).unwrap(),
            "root: expected null, got a node (1)"
        );
        assert!(tree_difference(&[Some(1)], &[Some(1), None]).is_none());
    }

    #[test]
    fn shared_nodes_and_cycles_are_read_once() {
        let leaf = Rc::new(RefCell::new(TreeNode::new(2)));
        let root = Rc::new(RefCell::new(TreeNode::new(1)));
        root.borrow_mut().left = Some(Rc::clone(&leaf));
        root.borrow_mut().right = Some(Rc::clone(&leaf));
        assert_eq!(level_order(&Some(Rc::clone(&root))), vec![Some(1), Some(2)]);
        leaf.borrow_mut().left = Some(Rc::clone(&root));
        assert_eq!(level_order(&Some(Rc::clone(&root))), vec![Some(1), Some(2)]);
        // Read by value, the cycle is cut where it is met and the shared leaf read twice.
        assert_eq!(
            into_level_order(Some(Rc::clone(&root))),
            vec![Some(1), Some(2), Some(2), Some(1)]
        );
        drop_tree(Some(root));
        assert!(leaf.borrow().left.is_none());
    }
}
