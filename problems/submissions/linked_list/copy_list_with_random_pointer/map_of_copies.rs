use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

impl Solution {
    pub fn copy_random_list(head: Option<Rc<RefCell<Node>>>) -> Option<Rc<RefCell<Node>>> {
        let mut map: HashMap<*const RefCell<Node>, Rc<RefCell<Node>>> = HashMap::new();
        let mut cur = head.clone();
        while let Some(node) = cur {
            map.insert(Rc::as_ptr(&node), Rc::new(RefCell::new(Node::new(node.borrow().val))));
            cur = node.borrow().next.clone();
        }
        let mut cur = head.clone();
        while let Some(node) = cur {
            let copy = &map[&Rc::as_ptr(&node)];
            let n = node.borrow();
            copy.borrow_mut().next = n.next.as_ref().map(|x| map[&Rc::as_ptr(x)].clone());
            copy.borrow_mut().random = n.random.as_ref().map(|x| map[&Rc::as_ptr(x)].clone());
            cur = n.next.clone();
        }
        head.map(|h| map[&Rc::as_ptr(&h)].clone())
    }
}
