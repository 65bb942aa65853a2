use crate::TreeNode;
use std::cell::RefCell;
use std::rc::Rc;

pub struct Solution;

impl Solution {
    pub fn max_depth(root: Option<Rc<RefCell<TreeNode>>>) -> i32 {
        let mut best = 0;
        let mut stack = Vec::new();
        if let Some(node) = root {
            stack.push((node, 1));
        }
        while let Some((node, depth)) = stack.pop() {
            best = best.max(depth);
            let node = node.borrow();
            if let Some(left) = node.left.clone() {
                stack.push((left, depth + 1));
            }
            if let Some(right) = node.right.clone() {
                stack.push((right, depth + 1));
            }
        }
        best
    }
}
