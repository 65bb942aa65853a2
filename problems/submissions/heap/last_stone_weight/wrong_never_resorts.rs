impl Solution {
    pub fn last_stone_weight(mut stones: Vec<i32>) -> i32 {
        stones.sort();
        // Bug: the stones are never sorted again after a smash.
        while stones.len() > 1 {
            let y = stones.pop().unwrap();
            let x = stones.pop().unwrap();
            if y > x {
                stones.push(y - x);
            }
        }
        stones.first().copied().unwrap_or(0)
    }
}
