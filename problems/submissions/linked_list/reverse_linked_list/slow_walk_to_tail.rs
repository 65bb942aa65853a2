use crate::ListNode;

pub struct Solution;

impl Solution {
    pub fn reverse_list(mut head: Option<Box<ListNode>>) -> Option<Box<ListNode>> {
        let mut reversed: Option<Box<ListNode>> = None;
        let mut tail = &mut reversed;
        // Detach the last node of what is left and append it to the answer, until nothing is left.
        while head.is_some() {
            let mut cur = &mut head;
            while cur.as_ref().unwrap().next.is_some() {
                cur = &mut cur.as_mut().unwrap().next;
            }
            let last = cur.take();
            *tail = last;
            tail = &mut tail.as_mut().unwrap().next;
        }
        reversed
    }
}
