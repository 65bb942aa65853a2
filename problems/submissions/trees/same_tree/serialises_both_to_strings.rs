use crate::TreeNode;
use std::cell::RefCell;
use std::rc::Rc;

pub struct Solution;

impl Solution {
    // Writes both trees out in pre-order with a marker for every missing child, then compares
    // the two strings: O(n), with a String and formatting on the way.
    pub fn is_same_tree(
        p: Option<Rc<RefCell<TreeNode>>>,
        q: Option<Rc<RefCell<TreeNode>>>,
    ) -> bool {
        fn write(node: &Option<Rc<RefCell<TreeNode>>>, out: &mut String) {
            match node {
                None => out.push_str("#,"),
                Some(node) => {
                    let node = node.borrow();
                    out.push_str(&format!("{},", node.val));
                    write(&node.left, out);
                    write(&node.right, out);
                }
            }
        }
        let (mut a, mut b) = (String::new(), String::new());
        write(&p, &mut a);
        write(&q, &mut b);
        a == b
    }
}
