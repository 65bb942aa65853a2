pub struct Solution;

impl Solution {
    pub fn car_fleet(target: i32, position: Vec<i32>, speed: Vec<i32>) -> i32 {
        let mut fleets = 0;
        let mut ahead = -1.0f64;
        for i in (0..position.len()).rev() {
            let time = f64::from(target - position[i]) / f64::from(speed[i]);
            if time > ahead {
                fleets += 1;
                ahead = time;
            }
        }
        fleets
    }
}
