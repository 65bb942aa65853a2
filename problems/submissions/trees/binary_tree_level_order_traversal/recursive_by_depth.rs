// Definition for a binary tree node.
// #[derive(Debug, PartialEq, Eq)]
// pub struct TreeNode {
//   pub val: i32,
//   pub left: Option<Rc<RefCell<TreeNode>>>,
//   pub right: Option<Rc<RefCell<TreeNode>>>,
// }
//
// impl TreeNode {
//   #[inline]
//   pub fn new(val: i32) -> Self {
//     TreeNode {
//       val,
//       left: None,
//       right: None
//     }
//   }
// }
use std::rc::Rc;
use std::cell::RefCell;
impl Solution {
    pub fn level_order(root: Option<Rc<RefCell<TreeNode>>>) -> Vec<Vec<i32>> {
        let mut levels = Vec::new();
        Self::visit(&root, 0, &mut levels);
        levels
    }

    // Pre-order, left before right: each level's list fills from left to right.
    fn visit(node: &Option<Rc<RefCell<TreeNode>>>, depth: usize, levels: &mut Vec<Vec<i32>>) {
        if let Some(node) = node {
            let node = node.borrow();
            if levels.len() == depth {
                levels.push(Vec::new());
            }
            levels[depth].push(node.val);
            Self::visit(&node.left, depth + 1, levels);
            Self::visit(&node.right, depth + 1, levels);
        }
    }
}
