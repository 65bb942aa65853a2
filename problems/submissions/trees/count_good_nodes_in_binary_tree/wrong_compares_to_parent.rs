use crate::TreeNode;
use std::cell::RefCell;
use std::rc::Rc;

pub struct Solution;

impl Solution {
    pub fn good_nodes(root: Option<Rc<RefCell<TreeNode>>>) -> i32 {
        // Carries only the parent's value down, not the largest value on the path.
        let mut count = 0;
        let mut stack = Vec::new();
        if let Some(root) = root {
            stack.push((root, i32::MIN));
        }
        while let Some((node, parent)) = stack.pop() {
            let node = node.borrow();
            if node.val >= parent {
                count += 1;
            }
            if let Some(left) = &node.left {
                stack.push((Rc::clone(left), node.val));
            }
            if let Some(right) = &node.right {
                stack.push((Rc::clone(right), node.val));
            }
        }
        count
    }
}
