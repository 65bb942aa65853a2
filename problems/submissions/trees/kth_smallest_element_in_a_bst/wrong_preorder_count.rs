use crate::TreeNode;
use std::cell::RefCell;
use std::rc::Rc;

pub struct Solution;

impl Solution {
    pub fn kth_smallest(root: Option<Rc<RefCell<TreeNode>>>, k: i32) -> i32 {
        // A stack walk visiting each node as it is popped: preorder, not sorted order.
        let mut stack: Vec<Rc<RefCell<TreeNode>>> = root.into_iter().collect();
        let mut k = k;
        while let Some(node) = stack.pop() {
            let node = node.borrow();
            k -= 1;
            if k == 0 {
                return node.val;
            }
            stack.extend(node.right.clone());
            stack.extend(node.left.clone());
        }
        0
    }
}
