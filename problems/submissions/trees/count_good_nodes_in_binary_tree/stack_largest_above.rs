use crate::TreeNode;
use std::cell::RefCell;
use std::rc::Rc;

pub struct Solution;

impl Solution {
    pub fn good_nodes(root: Option<Rc<RefCell<TreeNode>>>) -> i32 {
        let mut count = 0;
        let mut stack = Vec::new();
        if let Some(root) = root {
            stack.push((root, i32::MIN));
        }
        while let Some((node, max_above)) = stack.pop() {
            let node = node.borrow();
            if node.val >= max_above {
                count += 1;
            }
            let max_here = max_above.max(node.val);
            if let Some(left) = &node.left {
                stack.push((Rc::clone(left), max_here));
            }
            if let Some(right) = &node.right {
                stack.push((Rc::clone(right), max_here));
            }
        }
        count
    }
}
