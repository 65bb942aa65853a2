use crate::TreeNode;
use std::cell::RefCell;
use std::rc::Rc;

pub struct Solution;

impl Solution {
    pub fn kth_smallest(root: Option<Rc<RefCell<TreeNode>>>, k: i32) -> i32 {
        let mut stack: Vec<Rc<RefCell<TreeNode>>> = Vec::new();
        let mut cur = root;
        let mut k = k;
        loop {
            while let Some(node) = cur {
                cur = node.borrow().left.clone();
                stack.push(node);
            }
            let node = stack.pop().unwrap();
            k -= 1;
            if k == 0 {
                return node.borrow().val;
            }
            cur = node.borrow().right.clone();
        }
    }
}
