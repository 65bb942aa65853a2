use crate::ListNode;

pub struct Solution;

impl Solution {
    pub fn merge_k_lists(mut lists: Vec<Option<Box<ListNode>>>) -> Option<Box<ListNode>> {
        if lists.is_empty() {
            return None;
        }
        // Merge in pairs until one list is left: log k rounds over N nodes.
        while lists.len() > 1 {
            let mut next = Vec::with_capacity(lists.len().div_ceil(2));
            let mut it = lists.into_iter();
            while let Some(a) = it.next() {
                let b = it.next().unwrap_or(None);
                next.push(Self::merge(a, b));
            }
            lists = next;
        }
        lists.pop().unwrap()
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
