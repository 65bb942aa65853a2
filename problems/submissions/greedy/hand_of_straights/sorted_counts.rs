use std::collections::BTreeMap;

pub struct Solution;

impl Solution {
    pub fn is_n_straight_hand(hand: Vec<i32>, group_size: i32) -> bool {
        if hand.len() % group_size as usize != 0 {
            return false;
        }
        let mut count = BTreeMap::new();
        for &h in &hand {
            *count.entry(h).or_insert(0) += 1;
        }
        while let Some((&first, _)) = count.iter().next() {
            for card in first..first + group_size {
                match count.get_mut(&card) {
                    None => return false,
                    Some(c) => {
                        *c -= 1;
                        if *c == 0 {
                            count.remove(&card);
                        }
                    }
                }
            }
        }
        true
    }
}
