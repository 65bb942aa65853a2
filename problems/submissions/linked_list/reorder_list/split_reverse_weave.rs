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
        // Cut after the first (len + 1) / 2 nodes.
        let mut mid = head.as_mut().unwrap();
        for _ in 1..(len + 1) / 2 {
            mid = mid.next.as_mut().unwrap();
        }
        let mut second = mid.next.take();
        // Reverse the second half.
        let mut prev = None;
        while let Some(mut node) = second {
            second = node.next.take();
            node.next = prev;
            prev = Some(node);
        }
        // Weave.
        let mut first = head.as_mut();
        let mut second = prev;
        while let Some(node) = first {
            if let Some(mut s) = second {
                second = s.next.take();
                s.next = node.next.take();
                node.next = Some(s);
                first = node.next.as_mut().unwrap().next.as_mut();
            } else {
                break;
            }
        }
    }
}
