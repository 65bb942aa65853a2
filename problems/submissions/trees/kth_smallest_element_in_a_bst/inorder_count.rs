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
    pub fn kth_smallest(root: Option<Rc<RefCell<TreeNode>>>, k: i32) -> i32 {
        fn inorder(node: &Option<Rc<RefCell<TreeNode>>>, k: i32, count: &mut i32, ans: &mut i32) {
            if let Some(n) = node {
                let n = n.borrow();
                inorder(&n.left, k, count, ans);
                *count += 1;
                if *count == k {
                    *ans = n.val;
                    return;
                }
                if *count < k {
                    inorder(&n.right, k, count, ans);
                }
            }
        }
        let mut count = 0;
        let mut ans = 0;
        inorder(&root, k, &mut count, &mut ans);
        ans
    }
}
