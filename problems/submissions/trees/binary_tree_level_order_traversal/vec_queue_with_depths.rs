use crate::TreeNode;
use std::cell::RefCell;
use std::rc::Rc;

pub struct Solution;

impl Solution {
    // Breadth first with a Vec as the queue and (node, depth) pairs: remove(0) shifts the whole
    // queue, O(n·w) in theory, but at 2000 nodes the shifts are quick memmoves.
    pub fn level_order(root: Option<Rc<RefCell<TreeNode>>>) -> Vec<Vec<i32>> {
        let mut result: Vec<Vec<i32>> = Vec::new();
        let mut queue = Vec::new();
        if let Some(node) = root {
            queue.push((node, 0usize));
        }
        while !queue.is_empty() {
            let (node, depth) = queue.remove(0);
            let node = node.borrow();
            if result.len() == depth {
                result.push(Vec::new());
            }
            result[depth].push(node.val);
            if let Some(l) = node.left.clone() {
                queue.push((l, depth + 1));
            }
            if let Some(r) = node.right.clone() {
                queue.push((r, depth + 1));
            }
        }
        result
    }
}
