use crate::TreeNode;
use std::cell::RefCell;
use std::rc::Rc;

pub struct Solution;

impl Solution {
    pub fn max_path_sum(root: Option<Rc<RefCell<TreeNode>>>) -> i32 {
        // The best path going down from a node, computed afresh each time it is asked for.
        fn down(node: &Option<Rc<RefCell<TreeNode>>>) -> i32 {
            match node {
                None => 0,
                Some(n) => {
                    let n = n.borrow();
                    n.val + down(&n.left).max(down(&n.right)).max(0)
                }
            }
        }
        fn walk(node: &Option<Rc<RefCell<TreeNode>>>, best: &mut i32) {
            if let Some(n) = node {
                let n = n.borrow();
                let through = n.val + down(&n.left).max(0) + down(&n.right).max(0);
                *best = (*best).max(through);
                walk(&n.left, best);
                walk(&n.right, best);
            }
        }
        let mut best = i32::MIN;
        walk(&root, &mut best);
        best
    }
}
