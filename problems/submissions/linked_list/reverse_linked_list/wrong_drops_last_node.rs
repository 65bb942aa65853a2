use crate::ListNode;

pub struct Solution;

impl Solution {
    pub fn reverse_list(head: Option<Box<ListNode>>) -> Option<Box<ListNode>> {
        let mut prev = None;
        let mut curr = head;
        while let Some(mut node) = curr {
            if node.next.is_none() {
                break;
            }
            curr = node.next.take();
            node.next = prev;
            prev = Some(node);
        }
        prev
    }
}
