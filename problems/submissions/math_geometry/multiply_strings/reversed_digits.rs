pub struct Solution;

impl Solution {
    pub fn multiply(num1: String, num2: String) -> String {
        let a: Vec<i32> = num1.chars().rev().map(|c| c.to_digit(10).unwrap() as i32).collect();
        let b: Vec<i32> = num2.chars().rev().map(|c| c.to_digit(10).unwrap() as i32).collect();
        let mut res = vec![0; a.len() + b.len()];
        for i in 0..a.len() {
            for j in 0..b.len() {
                res[i + j] += a[i] * b[j];
                res[i + j + 1] += res[i + j] / 10;
                res[i + j] %= 10;
            }
        }
        while res.len() > 1 && *res.last().unwrap() == 0 {
            res.pop();
        }
        res.iter().rev().map(|d| d.to_string()).collect()
    }
}
