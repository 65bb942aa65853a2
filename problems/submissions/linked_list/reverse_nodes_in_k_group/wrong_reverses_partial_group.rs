use crate::ListNode;

pub struct Solution;

impl Solution {
    pub fn reverse_k_group(head: Option<Box<ListNode>>, k: i32) -> Option<Box<ListNode>> {
        // Reverses every group of up to k nodes, the last partial one too.
        let mut rest = head;
        let mut answer = None;
        let mut tail = &mut answer;
        while rest.is_some() {
            let mut group = None;
            for _ in 0..k {
                match rest.take() {
                    Some(mut node) => {
                        rest = node.next.take();
                        node.next = group;
                        group = Some(node);
                    }
                    None => break,
                }
            }
            *tail = group;
            while let Some(node) = tail {
                tail = &mut node.next;
            }
        }
        answer
    }
}
