use crate::ListNode;

pub struct Solution;

impl Solution {
    pub fn merge_two_lists(
        mut list1: Option<Box<ListNode>>,
        mut list2: Option<Box<ListNode>>,
    ) -> Option<Box<ListNode>> {
        let mut dummy = Box::new(ListNode::new(0));
        let mut tail = &mut dummy;
        while let (Some(a), Some(b)) = (list1.as_ref(), list2.as_ref()) {
            let source = if a.val <= b.val { &mut list1 } else { &mut list2 };
            let mut node = source.take().unwrap();
            *source = node.next.take();
            tail.next = Some(node);
            tail = tail.next.as_mut().unwrap();
        }
        dummy.next
    }
}
