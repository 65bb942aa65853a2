use std::cell::RefCell;
use std::rc::Rc;

impl Solution {
    pub fn copy_random_list(head: Option<Rc<RefCell<Node>>>) -> Option<Rc<RefCell<Node>>> {
        let mut copies: Vec<Rc<RefCell<Node>>> = Vec::new();
        let mut cur = head;
        while let Some(node) = cur {
            let copy = Rc::new(RefCell::new(Node::new(node.borrow().val)));
            // Bug: the random pointer still points into the original list.
            copy.borrow_mut().random = node.borrow().random.clone();
            if let Some(last) = copies.last() {
                last.borrow_mut().next = Some(copy.clone());
            }
            copies.push(copy);
            cur = node.borrow().next.clone();
        }
        copies.first().cloned()
    }
}
