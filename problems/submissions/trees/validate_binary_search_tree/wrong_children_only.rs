use crate::TreeNode;
use std::cell::RefCell;
use std::rc::Rc;

pub struct Solution;

impl Solution {
    pub fn is_valid_bst(root: Option<Rc<RefCell<TreeNode>>>) -> bool {
        // Left child smaller, right child larger, at every node: ancestors further up are ignored.
        let mut stack: Vec<Rc<RefCell<TreeNode>>> = root.into_iter().collect();
        while let Some(node) = stack.pop() {
            let node = node.borrow();
            if let Some(left) = &node.left {
                if left.borrow().val >= node.val {
                    return false;
                }
                stack.push(Rc::clone(left));
            }
            if let Some(right) = &node.right {
                if right.borrow().val <= node.val {
                    return false;
                }
                stack.push(Rc::clone(right));
            }
        }
        true
    }
}
