pub struct Solution;

impl Solution {
    pub fn car_fleet(target: i32, position: Vec<i32>, speed: Vec<i32>) -> i32 {
        let mut cars: Vec<(i32, i32)> = position.into_iter().zip(speed).collect();
        cars.sort_by(|a, b| b.0.cmp(&a.0));
        let mut stack: Vec<f64> = Vec::new();
        for (p, s) in cars {
            let time = f64::from(target - p) / f64::from(s);
            if stack.last().map_or(true, |&top| time > top) {
                stack.push(time);
            }
        }
        stack.len() as i32
    }
}
