use crate::TreeNode;
use std::cell::RefCell;
use std::rc::Rc;

pub struct Solution;

impl Solution {
    pub fn good_nodes(root: Option<Rc<RefCell<TreeNode>>>) -> i32 {
        // The values on the path from the root, checked in full at every node.
        fn dfs(node: &Option<Rc<RefCell<TreeNode>>>, path: &mut Vec<i32>) -> i32 {
            let Some(n) = node else { return 0 };
            let n = n.borrow();
            let good = i32::from(path.iter().all(|&above| above <= n.val));
            path.push(n.val);
            let below = dfs(&n.left, path) + dfs(&n.right, path);
            path.pop();
            good + below
        }
        dfs(&root, &mut Vec::new())
    }
}
