use std::cell::RefCell;
use std::rc::Rc;

struct Codec;

impl Codec {
    fn new() -> Self {
        Codec
    }

    fn serialize(&self, root: Option<Rc<RefCell<TreeNode>>>) -> String {
        // Bug: the values alone, without the shape.
        let mut out = Vec::new();
        let mut stack: Vec<Rc<RefCell<TreeNode>>> = root.into_iter().collect();
        while let Some(node) = stack.pop() {
            let node = node.borrow();
            out.push(node.val.to_string());
            stack.extend(node.right.clone());
            stack.extend(node.left.clone());
        }
        out.join(",")
    }

    fn deserialize(&self, data: String) -> Option<Rc<RefCell<TreeNode>>> {
        let mut root: Option<Rc<RefCell<TreeNode>>> = None;
        for v in data.split(',').filter(|t| !t.is_empty()).rev() {
            let node = Rc::new(RefCell::new(TreeNode::new(v.parse().unwrap())));
            node.borrow_mut().left = root;
            root = Some(node);
        }
        root
    }
}
