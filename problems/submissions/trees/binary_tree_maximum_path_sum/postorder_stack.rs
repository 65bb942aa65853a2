use crate::TreeNode;
use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

pub struct Solution;

impl Solution {
    pub fn max_path_sum(root: Option<Rc<RefCell<TreeNode>>>) -> i32 {
        // Node, left, right reversed is right, left, node reversed: children before parents.
        let mut stack: Vec<Rc<RefCell<TreeNode>>> = root.into_iter().collect();
        let mut order = Vec::new();
        while let Some(node) = stack.pop() {
            if let Some(left) = node.borrow().left.clone() {
                stack.push(left);
            }
            if let Some(right) = node.borrow().right.clone() {
                stack.push(right);
            }
            order.push(node);
        }
        let mut gain: HashMap<*const RefCell<TreeNode>, i32> = HashMap::new();
        let mut best = i32::MIN;
        for node in order.iter().rev() {
            let n = node.borrow();
            let child_gain = |child: &Option<Rc<RefCell<TreeNode>>>| {
                child
                    .as_ref()
                    .map_or(0, |c| gain[&Rc::as_ptr(c)].max(0))
            };
            let (left, right) = (child_gain(&n.left), child_gain(&n.right));
            best = best.max(n.val + left + right);
            gain.insert(Rc::as_ptr(node), n.val + left.max(right));
        }
        best
    }
}
