pub struct Solution;

impl Solution {
    pub fn is_n_straight_hand(hand: Vec<i32>, group_size: i32) -> bool {
        // take the smallest card, then find and remove each next card of its straight
        let mut cards = hand;
        if cards.len() % group_size as usize != 0 {
            return false;
        }
        while !cards.is_empty() {
            let smallest = *cards.iter().min().unwrap();
            for card in smallest..smallest + group_size {
                match cards.iter().position(|&c| c == card) {
                    Some(i) => {
                        cards.remove(i);
                    }
                    None => return false,
                }
            }
        }
        true
    }
}
