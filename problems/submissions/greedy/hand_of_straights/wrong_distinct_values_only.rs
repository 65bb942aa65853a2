use std::collections::BTreeSet;

pub struct Solution;

impl Solution {
    pub fn is_n_straight_hand(hand: Vec<i32>, group_size: i32) -> bool {
        // the size divides the hand and the distinct values form runs of at least group_size
        if hand.len() % group_size as usize != 0 {
            return false;
        }
        let values: Vec<i32> = hand.iter().copied().collect::<BTreeSet<_>>().into_iter().collect();
        let mut run = 1;
        for i in 1..=values.len() {
            if i < values.len() && values[i] == values[i - 1] + 1 {
                run += 1;
            } else {
                if run < group_size {
                    return false;
                }
                run = 1;
            }
        }
        true
    }
}
