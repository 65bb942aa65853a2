use std::cmp::Reverse;
use std::collections::{BinaryHeap, HashMap};

pub struct Solution;

impl Solution {
    pub fn is_n_straight_hand(hand: Vec<i32>, group_size: i32) -> bool {
        if hand.len() % group_size as usize != 0 {
            return false;
        }
        let mut count: HashMap<i32, i32> = HashMap::new();
        for &n in &hand {
            *count.entry(n).or_insert(0) += 1;
        }
        let mut min_h: BinaryHeap<Reverse<i32>> = count.keys().map(|&k| Reverse(k)).collect();
        while let Some(&Reverse(first)) = min_h.peek() {
            for i in first..first + group_size {
                let c = match count.get_mut(&i) {
                    Some(c) => c,
                    None => return false,
                };
                *c -= 1;
                if *c == 0 {
                    if i != min_h.peek().unwrap().0 {
                        return false;
                    }
                    min_h.pop();
                }
            }
        }
        true
    }
}
