pub struct Solution;

impl Solution {
    pub fn min_eating_speed(piles: Vec<i32>, h: i32) -> i32 {
        let total: i64 = piles.iter().map(|&p| p as i64).sum();
        // No speed below ceil(total / h) can work, none above the largest pile is needed.
        let mut low = ((total + h as i64 - 1) / h as i64).max(1);
        let mut high = *piles.iter().max().unwrap() as i64;
        while low < high {
            let speed = low + (high - low) / 2;
            let hours: i64 = piles.iter().map(|&p| (p as i64 + speed - 1) / speed).sum();
            if hours <= h as i64 {
                high = speed;
            } else {
                low = speed + 1;
            }
        }
        low as i32
    }
}
