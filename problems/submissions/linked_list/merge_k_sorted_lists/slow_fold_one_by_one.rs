use crate::ListNode;

pub struct Solution;

impl Solution {
    pub fn merge_k_lists(lists: Vec<Option<Box<ListNode>>>) -> Option<Box<ListNode>> {
        // Merges each list into the answer in turn: the answer is walked once per list, O(N·k).
        let mut merged = None;
        for list in lists {
            merged = Self::merge(merged, list);
        }
        merged
    }

    fn merge(mut a: Option<Box<ListNode>>, mut b: Option<Box<ListNode>>) -> Option<Box<ListNode>> {
        let mut dummy = Box::new(ListNode::new(0));
        let mut tail = &mut dummy;
        while a.is_some() && b.is_some() {
            let from_a = a.as_ref().unwrap().val <= b.as_ref().unwrap().val;
            let source = if from_a { &mut a } else { &mut b };
            let mut node = source.take().unwrap();
            *source = node.next.take();
            tail.next = Some(node);
            tail = tail.next.as_mut().unwrap();
        }
        tail.next = a.or(b);
        dummy.next
    }
}
