use crate::ListNode;

pub struct Solution;

impl Solution {
    pub fn merge_two_lists(
        list1: Option<Box<ListNode>>,
        mut list2: Option<Box<ListNode>>,
    ) -> Option<Box<ListNode>> {
        let mut merged = list1;
        // Insert each node of list2 after the last node of `merged` not greater than it.
        while let Some(mut node) = list2 {
            list2 = node.next.take();
            let mut cursor = &mut merged;
            while cursor.as_ref().is_some_and(|n| n.val <= node.val) {
                cursor = &mut cursor.as_mut().unwrap().next;
            }
            node.next = cursor.take();
            *cursor = Some(node);
        }
        merged
    }
}
