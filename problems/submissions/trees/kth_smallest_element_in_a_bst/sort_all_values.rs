use crate::TreeNode;
use std::cell::RefCell;
use std::rc::Rc;

pub struct Solution;

impl Solution {
    pub fn kth_smallest(root: Option<Rc<RefCell<TreeNode>>>, k: i32) -> i32 {
        let mut values = Vec::new();
        let mut stack: Vec<Rc<RefCell<TreeNode>>> = root.into_iter().collect();
        while let Some(node) = stack.pop() {
            let node = node.borrow();
            values.push(node.val);
            stack.extend(node.left.clone());
            stack.extend(node.right.clone());
        }
        values.sort();
        values[k as usize - 1]
    }
}
