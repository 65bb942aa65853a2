use crate::ListNode;

pub struct Solution;

impl Solution {
    pub fn reverse_k_group(head: Option<Box<ListNode>>, k: i32) -> Option<Box<ListNode>> {
        // The nodes into a Vec, each full chunk reversed, then relinked: O(n), O(n) extra.
        let mut nodes = Vec::new();
        let mut cur = head;
        while let Some(mut node) = cur {
            cur = node.next.take();
            nodes.push(node);
        }
        let k = k as usize;
        let full = nodes.len() / k * k;
        for chunk in nodes[..full].chunks_mut(k) {
            chunk.reverse();
        }
        let mut out = None;
        while let Some(mut node) = nodes.pop() {
            node.next = out;
            out = Some(node);
        }
        out
    }
}
