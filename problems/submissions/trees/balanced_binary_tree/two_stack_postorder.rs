use crate::TreeNode;
use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

pub struct Solution;

impl Solution {
    pub fn is_balanced(root: Option<Rc<RefCell<TreeNode>>>) -> bool {
        // Post-order with two stacks: the second holds the nodes children first.
        let mut first = Vec::new();
        let mut second = Vec::new();
        if let Some(node) = root {
            first.push(node);
        }
        while let Some(node) = first.pop() {
            {
                let n = node.borrow();
                if let Some(left) = &n.left {
                    first.push(Rc::clone(left));
                }
                if let Some(right) = &n.right {
                    first.push(Rc::clone(right));
                }
            }
            second.push(node);
        }
        let mut heights: HashMap<*const RefCell<TreeNode>, i32> = HashMap::new();
        while let Some(node) = second.pop() {
            let n = node.borrow();
            let left = n.left.as_ref().map_or(0, |c| heights[&Rc::as_ptr(c)]);
            let right = n.right.as_ref().map_or(0, |c| heights[&Rc::as_ptr(c)]);
            if (left - right).abs() > 1 {
                return false;
            }
            heights.insert(Rc::as_ptr(&node), 1 + left.max(right));
        }
        true
    }
}
