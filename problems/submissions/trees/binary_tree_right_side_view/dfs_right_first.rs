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
    pub fn right_side_view(root: Option<Rc<RefCell<TreeNode>>>) -> Vec<i32> {
        fn dfs(node: &Option<Rc<RefCell<TreeNode>>>, depth: usize, view: &mut Vec<i32>) {
            if let Some(n) = node {
                let n = n.borrow();
                if depth == view.len() {
                    view.push(n.val);
                }
                dfs(&n.right, depth + 1, view);
                dfs(&n.left, depth + 1, view);
            }
        }
        let mut view = vec![];
        dfs(&root, 0, &mut view);
        view
    }
}
