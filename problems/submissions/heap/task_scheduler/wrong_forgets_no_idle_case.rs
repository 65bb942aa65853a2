pub struct Solution;

impl Solution {
    pub fn least_interval(tasks: Vec<char>, n: i32) -> i32 {
        let mut count = [0; 26];
        for t in &tasks {
            count[(*t as u8 - b'A') as usize] += 1;
        }
        let max = *count.iter().max().unwrap();
        let ties = count.iter().filter(|&&c| c == max).count() as i32;
        (max - 1) * (n + 1) + ties
    }
}
