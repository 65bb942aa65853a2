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
                    // A negative child is still added: the path is forced through it.
                    let left = gain(&n.left, best);
                    let right = gain(&n.right, best);
                    *best = (*best).max(n.val + left + right);
                    n.val + left.max(right)
                }
            }
        }
        let mut best = i32::MIN;
        gain(&root, &mut best);
        best
    }
}
