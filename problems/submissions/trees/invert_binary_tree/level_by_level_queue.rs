use crate::TreeNode;
use std::cell::RefCell;
use std::collections::VecDeque;
use std::rc::Rc;

pub struct Solution;

impl Solution {
    pub fn invert_tree(root: Option<Rc<RefCell<TreeNode>>>) -> Option<Rc<RefCell<TreeNode>>> {
        let mut queue = VecDeque::new();
        if let Some(node) = &root {
            queue.push_back(Rc::clone(node));
        }
        while let Some(node) = queue.pop_front() {
            let mut node = node.borrow_mut();
            let left = node.left.take();
            node.left = node.right.take();
            node.right = left;
            if let Some(l) = &node.left {
                queue.push_back(Rc::clone(l));
            }
            if let Some(r) = &node.right {
                queue.push_back(Rc::clone(r));
            }
        }
        root
    }
}
