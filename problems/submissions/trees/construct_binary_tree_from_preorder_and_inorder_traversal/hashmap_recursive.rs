// Definition for a binary tree node.
// #[derive(Debug, PartialEq, Eq)]
// pub struct TreeNode {
//   pub val: i32,
//   pub left: Option<Rc<RefCell<TreeNode>>>,
//   pub right: Option<Rc<RefCell<TreeNode>>>,
// }
//
// impl TreeNode {
//   #[inline]
//   pub fn new(val: i32) -> Self {
//     TreeNode {
//       val,
//       left: None,
//       right: None
//     }
//   }
// }
use std::rc::Rc;
use std::cell::RefCell;
use std::collections::HashMap;
impl Solution {
    pub fn build_tree(preorder: Vec<i32>, inorder: Vec<i32>) -> Option<Rc<RefCell<TreeNode>>> {
        fn build(
            preorder: &[i32],
            pos: &HashMap<i32, usize>,
            pre_idx: &mut usize,
            lo: usize,
            hi: usize,
        ) -> Option<Rc<RefCell<TreeNode>>> {
            // inorder[lo..hi] is this subtree
            if lo >= hi {
                return None;
            }
            let val = preorder[*pre_idx];
            *pre_idx += 1;
            let mid = pos[&val];
            let mut node = TreeNode::new(val);
            node.left = build(preorder, pos, pre_idx, lo, mid);
            node.right = build(preorder, pos, pre_idx, mid + 1, hi);
            Some(Rc::new(RefCell::new(node)))
        }
        let pos: HashMap<i32, usize> = inorder.iter().enumerate().map(|(i, &v)| (v, i)).collect();
        let mut pre_idx = 0;
        build(&preorder, &pos, &mut pre_idx, 0, inorder.len())
    }
}
