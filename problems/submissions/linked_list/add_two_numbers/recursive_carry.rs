use crate::ListNode;

pub struct Solution;

impl Solution {
    pub fn add_two_numbers(
        l1: Option<Box<ListNode>>,
        l2: Option<Box<ListNode>>,
    ) -> Option<Box<ListNode>> {
        Self::add(l1, l2, 0)
    }

    fn add(a: Option<Box<ListNode>>, b: Option<Box<ListNode>>, carry: i32) -> Option<Box<ListNode>> {
        if a.is_none() && b.is_none() && carry == 0 {
            return None;
        }
        let (x, a_rest) = a.map_or((0, None), |n| (n.val, n.next));
        let (y, b_rest) = b.map_or((0, None), |n| (n.val, n.next));
        let sum = x + y + carry;
        let mut node = Box::new(ListNode::new(sum % 10));
        node.next = Self::add(a_rest, b_rest, sum / 10);
        Some(node)
    }
}
