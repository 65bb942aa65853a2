use crate::TreeNode;
use std::cell::RefCell;
use std::collections::VecDeque;
use std::rc::Rc;

pub struct Solution;

impl Solution {
    // Level by level, but returns at the first leaf it meets: that is the minimum depth.
    pub fn max_depth(root: Option<Rc<RefCell<TreeNode>>>) -> i32 {
        let mut queue = VecDeque::new();
        if let Some(node) = root {
            queue.push_back((node, 1));
        }
        while let Some((node, depth)) = queue.pop_front() {
            let node = node.borrow();
            if node.left.is_none() && node.right.is_none() {
                return depth;
            }
            if let Some(left) = node.left.clone() {
                queue.push_back((left, depth + 1));
            }
            if let Some(right) = node.right.clone() {
                queue.push_back((right, depth + 1));
            }
        }
        0
    }
}
