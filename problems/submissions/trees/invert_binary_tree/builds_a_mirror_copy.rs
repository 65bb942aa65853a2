use crate::TreeNode;
use std::cell::RefCell;
use std::rc::Rc;

pub struct Solution;

impl Solution {
    // A new tree, mirrored, each node copied once; the input is left as it was.
    pub fn invert_tree(root: Option<Rc<RefCell<TreeNode>>>) -> Option<Rc<RefCell<TreeNode>>> {
        root.map(|node| {
            let node = node.borrow();
            Rc::new(RefCell::new(TreeNode {
                val: node.val,
                left: Self::invert_tree(node.right.clone()),
                right: Self::invert_tree(node.left.clone()),
            }))
        })
    }
}
