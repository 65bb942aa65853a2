use crate::TreeNode;
use std::cell::RefCell;
use std::rc::Rc;

pub struct Solution;

impl Solution {
    pub fn level_order(root: Option<Rc<RefCell<TreeNode>>>) -> Vec<Vec<i32>> {
        let mut levels = Vec::new();
        Self::visit(&root, 0, &mut levels);
        levels
    }

    // Depth first, opening a new list at each new depth, but appending each value to the last
    // list opened instead of the list of its own depth.
    fn visit(node: &Option<Rc<RefCell<TreeNode>>>, depth: usize, levels: &mut Vec<Vec<i32>>) {
        if let Some(node) = node {
            let node = node.borrow();
            if levels.len() == depth {
                levels.push(Vec::new());
            }
            levels.last_mut().unwrap().push(node.val);
            Self::visit(&node.left, depth + 1, levels);
            Self::visit(&node.right, depth + 1, levels);
        }
    }
}
