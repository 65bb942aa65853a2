use crate::TreeNode;
use std::cell::RefCell;
use std::rc::Rc;

pub struct Solution;

impl Solution {
    // Tries depth 1, 2, 3, ... and walks from the root each time to see whether any node lies
    // that deep: O(n·h), O(n²) on a path.
    pub fn max_depth(root: Option<Rc<RefCell<TreeNode>>>) -> i32 {
        fn reaches(node: &Option<Rc<RefCell<TreeNode>>>, depth: i32) -> bool {
            match node {
                None => false,
                Some(_) if depth == 1 => true,
                Some(node) => {
                    let node = node.borrow();
                    reaches(&node.left, depth - 1) || reaches(&node.right, depth - 1)
                }
            }
        }
        let mut depth = 0;
        while reaches(&root, depth + 1) {
            depth += 1;
        }
        depth
    }
}
