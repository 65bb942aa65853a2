use std::cell::RefCell;
use std::collections::VecDeque;
use std::rc::Rc;

use crate::TreeNode;

pub struct Codec;

impl Codec {
    pub fn new() -> Self {
        Codec
    }

    pub fn serialize(&mut self, root: Option<Rc<RefCell<TreeNode>>>) -> String {
        let mut parts = Vec::new();
        let mut queue = VecDeque::from([root]);
        while let Some(entry) = queue.pop_front() {
            match entry {
                Some(node) => {
                    let node = node.borrow();
                    parts.push(node.val.to_string());
                    queue.push_back(node.left.clone());
                    queue.push_back(node.right.clone());
                }
                None => parts.push("null".to_string()),
            }
        }
        parts.join(",")
    }

    pub fn deserialize(&mut self, data: String) -> Option<Rc<RefCell<TreeNode>>> {
        let mut tokens = data.split(',');
        let make = |t: Option<&str>| -> Option<Rc<RefCell<TreeNode>>> {
            match t {
                Some("null") | None | Some("") => None,
                Some(v) => Some(Rc::new(RefCell::new(TreeNode::new(v.parse().unwrap())))),
            }
        };
        let root = make(tokens.next());
        let mut queue: VecDeque<Rc<RefCell<TreeNode>>> = root.iter().cloned().collect();
        while let Some(node) = queue.pop_front() {
            let left = make(tokens.next());
            let right = make(tokens.next());
            queue.extend(left.clone());
            queue.extend(right.clone());
            let mut node = node.borrow_mut();
            node.left = left;
            node.right = right;
        }
        root
    }
}
