use std::cell::RefCell;
use std::rc::Rc;

struct Codec;

impl Codec {
    fn new() -> Self {
        Codec
    }

    fn write(node: &Option<Rc<RefCell<TreeNode>>>, out: &mut String) {
        match node {
            None => out.push_str("#,"),
            Some(n) => {
                let n = n.borrow();
                out.push_str(&format!("{},", n.val));
                Self::write(&n.left, out);
                Self::write(&n.right, out);
            }
        }
    }

    fn serialize(&self, root: Option<Rc<RefCell<TreeNode>>>) -> String {
        let mut out = String::new();
        Self::write(&root, &mut out);
        out
    }

    fn read(tokens: &mut Vec<String>) -> Option<Rc<RefCell<TreeNode>>> {
        // Taking from the front shifts every token left.
        let token = tokens.remove(0);
        if token == "#" {
            return None;
        }
        let node = Rc::new(RefCell::new(TreeNode::new(token.parse().unwrap())));
        node.borrow_mut().left = Self::read(tokens);
        node.borrow_mut().right = Self::read(tokens);
        Some(node)
    }

    fn deserialize(&self, data: String) -> Option<Rc<RefCell<TreeNode>>> {
        let mut tokens: Vec<String> = data.split(',').filter(|t| !t.is_empty()).map(String::from).collect();
        Self::read(&mut tokens)
    }
}
