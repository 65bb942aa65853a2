use crate::TreeNode;
use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

pub struct Solution;

impl Solution {
    pub fn diameter_of_binary_tree(root: Option<Rc<RefCell<TreeNode>>>) -> i32 {
        // Post-order with an explicit stack; each node's height is kept by its address.
        let mut heights: HashMap<*const RefCell<TreeNode>, i32> = HashMap::new();
        let height_of = |heights: &HashMap<_, i32>, node: &Option<Rc<RefCell<TreeNode>>>| {
            node.as_ref()
                .map_or(0, |n| *heights.get(&Rc::as_ptr(n)).unwrap_or(&0))
        };
        let mut best = 0;
        let mut stack = Vec::new();
        if let Some(node) = root {
            stack.push((node, false));
        }
        while let Some((node, children_done)) = stack.pop() {
            if children_done {
                let n = node.borrow();
                let left = height_of(&heights, &n.left);
                let right = height_of(&heights, &n.right);
                best = best.max(left + right);
                heights.insert(Rc::as_ptr(&node), 1 + left.max(right));
            } else {
                stack.push((Rc::clone(&node), true));
                let n = node.borrow();
                if let Some(left) = &n.left {
                    stack.push((Rc::clone(left), false));
                }
                if let Some(right) = &n.right {
                    stack.push((Rc::clone(right), false));
                }
            }
        }
        best
    }
}
