use crate::TreeNode;
use std::cell::RefCell;
use std::rc::Rc;

pub struct Solution;

impl Solution {
    // Compares strings: sub_root written out once, and the subtree at every node of root written
    // out again from scratch. Each node is written once per ancestor: O(n·h) formatting, O(n²)
    // on a path, however small sub_root is.
    pub fn is_subtree(
        root: Option<Rc<RefCell<TreeNode>>>,
        sub_root: Option<Rc<RefCell<TreeNode>>>,
    ) -> bool {
        fn write(node: &Option<Rc<RefCell<TreeNode>>>, out: &mut String) {
            match node {
                None => out.push_str(",#"),
                Some(node) => {
                    let node = node.borrow();
                    out.push_str(&format!(",{}", node.val));
                    write(&node.left, out);
                    write(&node.right, out);
                }
            }
        }
        let mut target = String::new();
        write(&sub_root, &mut target);
        let mut stack: Vec<Rc<RefCell<TreeNode>>> = root.into_iter().collect();
        while let Some(node) = stack.pop() {
            let mut here = String::new();
            write(&Some(Rc::clone(&node)), &mut here);
            if here == target {
                return true;
            }
            let n = node.borrow();
            stack.extend(n.left.clone());
            stack.extend(n.right.clone());
        }
        false
    }
}
