// Definition for singly-linked list.
// #[derive(PartialEq, Eq, Clone, Debug)]
// pub struct ListNode {
//   pub val: i32,
//   pub next: Option<Box<ListNode>>
// }
//
// impl ListNode {
//   #[inline]
//   fn new(val: i32) -> Self {
//     ListNode {
//       next: None,
//       val
//     }
//   }
// }
use std::collections::VecDeque;

impl Solution {
    pub fn reorder_list(head: &mut Option<Box<ListNode>>) {
        let mut nodes = VecDeque::new();
        let mut cur = head.take();
        while let Some(mut node) = cur {
            cur = node.next.take();
            nodes.push_back(node);
        }
        let mut order = Vec::with_capacity(nodes.len());
        let mut front = true;
        while let Some(node) = if front { nodes.pop_front() } else { nodes.pop_back() } {
            order.push(node);
            front = !front;
        }
        let mut list = None;
        while let Some(mut node) = order.pop() {
            node.next = list;
            list = Some(node);
        }
        *head = list;
    }
}
