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
impl Solution {
    pub fn reverse_k_group(head: Option<Box<ListNode>>, k: i32) -> Option<Box<ListNode>> {
        // Is there a full group at the front?
        let mut probe = head.as_ref();
        for _ in 0..k {
            match probe {
                Some(node) => probe = node.next.as_ref(),
                None => return head,
            }
        }
        // Reverse the first k nodes, then recurse on the rest (depth n / k).
        let mut rest = head;
        let mut reversed: Option<Box<ListNode>> = None;
        for _ in 0..k {
            let mut node = rest.unwrap();
            rest = node.next.take();
            node.next = reversed;
            reversed = Some(node);
        }
        let mut tail = reversed.as_mut().unwrap();
        while tail.next.is_some() {
            tail = tail.next.as_mut().unwrap();
        }
        tail.next = Self::reverse_k_group(rest, k);
        reversed
    }
}
