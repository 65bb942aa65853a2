//! LeetCode's definitions of `ListNode` and `TreeNode`, as LeetCode shows them in its editor's
//! comment block (`ListNode::new` made `pub`, so that your modules can call it). A solution file
//! brings them in with `use crate::ListNode;` (`judge new` writes that line); `judge run` gives your
//! file the same definitions, as LeetCode does, so the `impl Solution` block pastes both ways.

use std::cell::RefCell;
use std::rc::Rc;

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
