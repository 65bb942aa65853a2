use crate::TreeNode;
use std::cell::RefCell;
use std::rc::Rc;

pub struct Solution;

impl Solution {
    pub fn is_valid_bst(root: Option<Rc<RefCell<TreeNode>>>) -> bool {
        let mut stack: Vec<Rc<RefCell<TreeNode>>> = Vec::new();
        let mut cur = root;
        let mut prev = i64::MIN;
        while cur.is_some() || !stack.is_empty() {
            while let Some(node) = cur {
                cur = node.borrow().left.clone();
                stack.push(node);
            }
            let node = stack.pop().unwrap();
            let val = node.borrow().val as i64;
            if val <= prev {
                return false;
            }
            prev = val;
            cur = node.borrow().right.clone();
        }
        true
    }
}
