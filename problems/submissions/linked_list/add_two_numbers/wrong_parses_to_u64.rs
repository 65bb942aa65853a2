use crate::ListNode;

pub struct Solution;

impl Solution {
    pub fn add_two_numbers(
        l1: Option<Box<ListNode>>,
        l2: Option<Box<ListNode>>,
    ) -> Option<Box<ListNode>> {
        fn to_number(mut list: Option<Box<ListNode>>) -> u64 {
            let (mut value, mut place) = (0u64, 1u64);
            while let Some(node) = list {
                value = value.wrapping_add((node.val as u64).wrapping_mul(place));
                place = place.wrapping_mul(10);
                list = node.next;
            }
            value
        }
        let mut sum = to_number(l1).wrapping_add(to_number(l2));
        let mut dummy = Box::new(ListNode::new(0));
        let mut tail = &mut dummy;
        loop {
            tail.next = Some(Box::new(ListNode::new((sum % 10) as i32)));
            tail = tail.next.as_mut().unwrap();
            sum /= 10;
            if sum == 0 {
                break;
            }
        }
        dummy.next
    }
}
