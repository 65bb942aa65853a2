use crate::TreeNode;
use std::cell::RefCell;
use std::collections::VecDeque;
use std::rc::Rc;

pub struct Solution;

impl Solution {
    pub fn is_same_tree(
        p: Option<Rc<RefCell<TreeNode>>>,
        q: Option<Rc<RefCell<TreeNode>>>,
    ) -> bool {
        let mut queue = VecDeque::from([(p, q)]);
        while let Some((a, b)) = queue.pop_front() {
            match (a, b) {
                (None, None) => continue,
                (Some(a), Some(b)) => {
                    let (a, b) = (a.borrow(), b.borrow());
                    if a.val != b.val {
                        return false;
                    }
                    queue.push_back((a.left.clone(), b.left.clone()));
                    queue.push_back((a.right.clone(), b.right.clone()));
                }
                _ => return false,
            }
        }
        true
    }
}
