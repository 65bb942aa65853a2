use crate::ListNode;

pub struct Solution;

impl Solution {
    pub fn remove_nth_from_end(mut head: Option<Box<ListNode>>, n: i32) -> Option<Box<ListNode>> {
        let mut len = 0;
        let mut cur = head.as_ref();
        while let Some(node) = cur {
            len += 1;
            cur = node.next.as_ref();
        }
        if len == 1 {
            return None;
        }
        // Stand on the node before the target (no dummy: for the head, that is the head itself).
        let before = (len - n - 1).max(0);
        let mut prev = head.as_mut().unwrap();
        for _ in 0..before {
            prev = prev.next.as_mut().unwrap();
        }
        let removed = prev.next.take().unwrap();
        prev.next = removed.next;
        head
    }
}
