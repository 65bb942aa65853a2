use crate::TreeNode;
use std::cell::RefCell;
use std::rc::Rc;

pub struct Solution;

impl Solution {
    // Both trees in pre-order, each value behind a comma and each missing child as ",#", then
    // one string searched in the other: O(m + n) with str::contains (Two-Way search).
    pub fn is_subtree(
        root: Option<Rc<RefCell<TreeNode>>>,
        sub_root: Option<Rc<RefCell<TreeNode>>>,
    ) -> bool {
        fn write(root: Option<Rc<RefCell<TreeNode>>>) -> String {
            let mut out = String::new();
            let mut stack = vec![root];
            while let Some(entry) = stack.pop() {
                match entry {
                    None => out.push_str(",#"),
                    Some(node) => {
                        let node = node.borrow();
                        out.push(',');
                        out.push_str(&node.val.to_string());
                        stack.push(node.right.clone());
                        stack.push(node.left.clone());
                    }
                }
            }
            out
        }
        write(root).contains(&write(sub_root))
    }
}
