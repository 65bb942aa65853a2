pub struct Solution;

impl Solution {
    pub fn car_fleet(target: i32, position: Vec<i32>, speed: Vec<i32>) -> i32 {
        let n = position.len();
        let time: Vec<f64> = (0..n)
            .map(|i| f64::from(target - position[i]) / f64::from(speed[i]))
            .collect();
        let mut fleets = 0;
        for i in 0..n {
            // i leads a fleet unless some car ahead of it arrives no earlier.
            let caught = (0..n).any(|j| position[j] > position[i] && time[j] >= time[i]);
            if !caught {
                fleets += 1;
            }
        }
        fleets
    }
}
