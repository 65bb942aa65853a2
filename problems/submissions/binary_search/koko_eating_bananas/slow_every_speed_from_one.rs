pub struct Solution;

impl Solution {
    pub fn min_eating_speed(piles: Vec<i32>, h: i32) -> i32 {
        let mut speed: i64 = 1;
        loop {
            let hours: i64 = piles.iter().map(|&p| (p as i64 + speed - 1) / speed).sum();
            if hours <= h as i64 {
                return speed as i32;
            }
            speed += 1;
        }
    }
}
