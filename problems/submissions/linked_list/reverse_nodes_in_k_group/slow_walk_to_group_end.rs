use crate::ListNode;

pub struct Solution;

impl Solution {
    pub fn reverse_k_group(head: Option<Box<ListNode>>, k: i32) -> Option<Box<ListNode>> {
        let mut len = 0;
        let mut p = head.as_ref();
        while let Some(node) = p {
            len += 1;
            p = node.next.as_ref();
        }
        let k = k as usize;
        let mut head = head;
        let mut link = &mut head;
        for _ in 0..len / k {
            // Reverse the group at `link` by moving its last node to the front of what is left
            // of the group, k - 1 times: each move walks to the group's end, O(k) per node.
            for moved in 0..k - 1 {
                let mut cur = &mut *link;
                for _ in 0..moved {
                    cur = &mut cur.as_mut().unwrap().next;
                }
                // `cur` is the link to the first node not yet placed; walk to the group's last.
                let mut last = &mut *cur;
                for _ in 0..k - 1 - moved {
                    last = &mut last.as_mut().unwrap().next;
                }
                let mut node = last.take().unwrap();
                *last = node.next.take();
                node.next = cur.take();
                *cur = Some(node);
            }
            for _ in 0..k {
                link = &mut link.as_mut().unwrap().next;
            }
        }
        head
    }
}
