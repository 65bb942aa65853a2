use crate::TreeNode;
use std::cell::RefCell;
use std::rc::Rc;

pub struct Solution;

impl Solution {
    // Compares the values in pre-order, but without marking the missing children: [1,2] and
    // [1,null,2] give the same list.
    pub fn is_same_tree(
        p: Option<Rc<RefCell<TreeNode>>>,
        q: Option<Rc<RefCell<TreeNode>>>,
    ) -> bool {
        fn values(node: &Option<Rc<RefCell<TreeNode>>>, out: &mut Vec<i32>) {
            if let Some(node) = node {
                let node = node.borrow();
                out.push(node.val);
                values(&node.left, out);
                values(&node.right, out);
            }
        }
        let (mut a, mut b) = (Vec::new(), Vec::new());
        values(&p, &mut a);
        values(&q, &mut b);
        a == b
    }
}
