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
struct Codec {

}

/**
 * `&self` means that this method does not mutate the object, as in LeetCode's template.
 */
impl Codec {
    fn new() -> Self {
        Codec {}
    }

    fn write(node: &Option<Rc<RefCell<TreeNode>>>, out: &mut String) {
        match node {
            None => out.push_str("#,"),
            Some(n) => {
                let n = n.borrow();
                out.push_str(&n.val.to_string());
                out.push(',');
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

    fn read<'a>(tokens: &mut impl Iterator<Item = &'a str>) -> Option<Rc<RefCell<TreeNode>>> {
        let token = tokens.next()?;
        if token == "#" {
            return None;
        }
        let node = Rc::new(RefCell::new(TreeNode::new(token.parse().unwrap())));
        let left = Self::read(tokens);
        let right = Self::read(tokens);
        node.borrow_mut().left = left;
        node.borrow_mut().right = right;
        Some(node)
    }

    fn deserialize(&self, data: String) -> Option<Rc<RefCell<TreeNode>>> {
        let mut tokens = data.split(',').filter(|t| !t.is_empty());
        Self::read(&mut tokens)
    }
}

/**
 * Your Codec object will be instantiated and called as such:
 * let obj = Codec::new();
 * let data: String = obj.serialize(strs);
 * let ans: Option<Rc<RefCell<TreeNode>>> = obj.deserialize(data);
 */
