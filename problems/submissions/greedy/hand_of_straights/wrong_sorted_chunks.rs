pub struct Solution;

impl Solution {
    pub fn is_n_straight_hand(hand: Vec<i32>, group_size: i32) -> bool {
        // sort, cut into chunks of group_size, and check each chunk is consecutive
        let k = group_size as usize;
        if hand.len() % k != 0 {
            return false;
        }
        let mut hand = hand;
        hand.sort();
        hand.chunks(k).all(|c| c.windows(2).all(|w| w[1] == w[0] + 1))
    }
}
