use std::cell::RefCell;
use std::rc::Rc;

impl Solution {
    fn contains(root: &Option<Rc<RefCell<TreeNode>>>, val: i32) -> bool {
        let mut stack: Vec<Rc<RefCell<TreeNode>>> = root.iter().cloned().collect();
        while let Some(node) = stack.pop() {
            let node = node.borrow();
            if node.val == val {
                return true;
            }
            stack.extend(node.left.clone());
            stack.extend(node.right.clone());
        }
        false
    }

    pub fn lowest_common_ancestor(
        root: Option<Rc<RefCell<TreeNode>>>,
        p: Option<Rc<RefCell<TreeNode>>>,
        q: Option<Rc<RefCell<TreeNode>>>,
    ) -> Option<Rc<RefCell<TreeNode>>> {
        let (a, b) = (p?.borrow().val, q?.borrow().val);
        let mut node = root?;
        loop {
            // Searches whole subtrees instead of using the order.
            let left = node.borrow().left.clone();
            let right = node.borrow().right.clone();
            if Self::contains(&left, a) && Self::contains(&left, b) {
                node = left?;
            } else if Self::contains(&right, a) && Self::contains(&right, b) {
                node = right?;
            } else {
                return Some(node);
            }
        }
    }
}
