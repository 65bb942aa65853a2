use crate::TreeNode;
use std::cell::RefCell;
use std::rc::Rc;

pub struct Solution;

impl Solution {
    pub fn good_nodes(root: Option<Rc<RefCell<TreeNode>>>) -> i32 {
        fn dfs(node: &Option<Rc<RefCell<TreeNode>>>, max_so_far: i32) -> i32 {
            match node {
                None => 0,
                Some(n) => {
                    let n = n.borrow();
                    // "Good" read as a new maximum: equal values are not counted.
                    let good = i32::from(n.val > max_so_far);
                    let max_so_far = max_so_far.max(n.val);
                    good + dfs(&n.left, max_so_far) + dfs(&n.right, max_so_far)
                }
            }
        }
        // The root is always good.
        let root_val = root.as_ref().map(|r| r.borrow().val).unwrap_or(0);
        dfs(&root, root_val - 1)
    }
}
