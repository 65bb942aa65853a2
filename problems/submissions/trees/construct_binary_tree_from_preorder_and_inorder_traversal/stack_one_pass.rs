use crate::TreeNode;
use std::cell::RefCell;
use std::rc::Rc;

pub struct Solution;

impl Solution {
    pub fn build_tree(preorder: Vec<i32>, inorder: Vec<i32>) -> Option<Rc<RefCell<TreeNode>>> {
        if preorder.is_empty() {
            return None;
        }
        let root = Rc::new(RefCell::new(TreeNode::new(preorder[0])));
        // Nodes whose right child has not been placed yet.
        let mut stack = vec![root.clone()];
        let mut j = 0;
        for &val in &preorder[1..] {
            let node = Rc::new(RefCell::new(TreeNode::new(val)));
            let mut last = None;
            while let Some(top) = stack.last() {
                if top.borrow().val != inorder[j] {
                    break;
                }
                last = stack.pop();
                j += 1;
            }
            match last {
                Some(parent) => parent.borrow_mut().right = Some(node.clone()),
                None => stack.last().unwrap().borrow_mut().left = Some(node.clone()),
            }
            stack.push(node);
        }
        Some(root)
    }
}
