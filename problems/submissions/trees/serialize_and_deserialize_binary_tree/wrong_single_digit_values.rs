use std::cell::RefCell;
use std::collections::VecDeque;
use std::rc::Rc;

struct Codec;

impl Codec {
    fn new() -> Self {
        Codec
    }

    fn serialize(&self, root: Option<Rc<RefCell<TreeNode>>>) -> String {
        let mut out = String::new();
        let mut queue = VecDeque::from([root]);
        while let Some(entry) = queue.pop_front() {
            match entry {
                Some(node) => {
                    let node = node.borrow();
                    // Bug: one character per value.
                    out.push((b'0' as i32 + node.val) as u8 as char);
                    queue.push_back(node.left.clone());
                    queue.push_back(node.right.clone());
                }
                None => out.push('#'),
            }
        }
        out
    }

    fn deserialize(&self, data: String) -> Option<Rc<RefCell<TreeNode>>> {
        let mut chars = data.chars();
        let make = |c: Option<char>| match c {
            Some('#') | None => None,
            Some(c) => Some(Rc::new(RefCell::new(TreeNode::new(c as i32 - '0' as i32)))),
        };
        let root = make(chars.next());
        let mut queue: VecDeque<Rc<RefCell<TreeNode>>> = root.iter().cloned().collect();
        while let Some(node) = queue.pop_front() {
            let left = make(chars.next());
            let right = make(chars.next());
            queue.extend(left.clone());
            queue.extend(right.clone());
            node.borrow_mut().left = left;
            node.borrow_mut().right = right;
        }
        root
    }
}
