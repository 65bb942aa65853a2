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
impl Solution {
    pub fn is_valid_bst(root: Option<Rc<RefCell<TreeNode>>>) -> bool {
        fn check(node: &Option<Rc<RefCell<TreeNode>>>, low: Option<i32>, high: Option<i32>) -> bool {
            match node {
                None => true,
                Some(n) => {
                    let n = n.borrow();
                    if let Some(low) = low {
                        if n.val <= low {
                            return false;
                        }
                    }
                    if let Some(high) = high {
                        if n.val >= high {
                            return false;
                        }
                    }
                    check(&n.left, low, Some(n.val)) && check(&n.right, Some(n.val), high)
                }
            }
        }
        check(&root, None, None)
    }
}
