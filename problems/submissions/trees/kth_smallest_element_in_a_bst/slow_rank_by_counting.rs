use crate::TreeNode;
use std::cell::RefCell;
use std::rc::Rc;

pub struct Solution;

impl Solution {
    pub fn kth_smallest(root: Option<Rc<RefCell<TreeNode>>>, k: i32) -> i32 {
        fn count_smaller(node: &Option<Rc<RefCell<TreeNode>>>, value: i32) -> i32 {
            match node {
                None => 0,
                Some(n) => {
                    let n = n.borrow();
                    i32::from(n.val < value)
                        + count_smaller(&n.left, value)
                        + count_smaller(&n.right, value)
                }
            }
        }
        // Every node in turn: it is the answer when exactly k - 1 values are smaller.
        let mut stack: Vec<Rc<RefCell<TreeNode>>> = root.iter().cloned().collect();
        while let Some(node) = stack.pop() {
            let node = node.borrow();
            if count_smaller(&root, node.val) == k - 1 {
                return node.val;
            }
            stack.extend(node.left.clone());
            stack.extend(node.right.clone());
        }
        unreachable!()
    }
}
