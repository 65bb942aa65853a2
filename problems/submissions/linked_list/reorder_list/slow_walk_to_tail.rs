use crate::ListNode;

pub struct Solution;

impl Solution {
    pub fn reorder_list(head: &mut Option<Box<ListNode>>) {
        // For each node from the front, detach the current tail and insert it after that node.
        let mut cur = head.as_mut();
        while let Some(node) = cur {
            if node.next.is_none() || node.next.as_ref().unwrap().next.is_none() {
                break;
            }
            let mut link = &mut node.next;
            while link.as_ref().unwrap().next.is_some() {
                link = &mut link.as_mut().unwrap().next;
            }
            let mut tail = link.take().unwrap();
            tail.next = node.next.take();
            node.next = Some(tail);
            cur = node.next.as_mut().unwrap().next.as_mut();
        }
    }
}
