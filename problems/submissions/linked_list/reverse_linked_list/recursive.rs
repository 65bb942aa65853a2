use crate::ListNode;

pub struct Solution;

impl Solution {
    pub fn reverse_list(head: Option<Box<ListNode>>) -> Option<Box<ListNode>> {
        Self::helper(head, None)
    }

    // Moves the head onto `reversed` and recurses on the rest (one frame per node).
    fn helper(head: Option<Box<ListNode>>, reversed: Option<Box<ListNode>>) -> Option<Box<ListNode>> {
        match head {
            None => reversed,
            Some(mut node) => {
                let rest = node.next.take();
                node.next = reversed;
                let out = Self::helper(rest, Some(node));
                out
            }
        }
    }
}
