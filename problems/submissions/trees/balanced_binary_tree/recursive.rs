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
    pub fn is_balanced(root: Option<Rc<RefCell<TreeNode>>>) -> bool {
        Self::height(&root) >= 0
    }

    // The height, or -1 as soon as any subtree is unbalanced.
    fn height(node: &Option<Rc<RefCell<TreeNode>>>) -> i32 {
        match node {
            None => 0,
            Some(node) => {
                let node = node.borrow();
                let left = Self::height(&node.left);
                if left < 0 {
                    return -1;
                }
                let right = Self::height(&node.right);
                if right < 0 || (left - right).abs() > 1 {
                    return -1;
                }
                1 + left.max(right)
            }
        }
    }
}
