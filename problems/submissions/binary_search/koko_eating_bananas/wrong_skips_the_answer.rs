pub struct Solution;

impl Solution {
    pub fn min_eating_speed(piles: Vec<i32>, h: i32) -> i32 {
        let mut low: i64 = 1;
        let mut high: i64 = *piles.iter().max().unwrap() as i64;
        while low < high {
            let speed = (low + high) / 2;
            let hours: i64 = piles.iter().map(|&p| (p as i64 + speed - 1) / speed).sum();
            if hours <= h as i64 {
                // Bug: `speed` itself may be the answer, but it is dropped from the range.
                high = speed - 1;
            } else {
                low = speed + 1;
            }
        }
        low as i32
    }
}
