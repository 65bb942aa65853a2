use crate::TreeNode;
use std::cell::RefCell;
use std::rc::Rc;

pub struct Solution;

impl Solution {
    pub fn kth_smallest(root: Option<Rc<RefCell<TreeNode>>>, k: i32) -> i32 {
        let mut stack: Vec<Rc<RefCell<TreeNode>>> = Vec::new();
        let mut cur = root;
        let mut count = 0;
        while cur.is_some() || !stack.is_empty() {
            while let Some(node) = cur {
                cur = node.borrow().left.clone();
                stack.push(node);
            }
            let node = stack.pop().unwrap();
            // Compares before counting this node: `count` nodes came before it, so this is the
            // (count + 1)-th smallest, and it is returned when count == k.
            if count == k {
                return node.borrow().val;
            }
            count += 1;
            cur = node.borrow().right.clone();
        }
        0
    }
}
