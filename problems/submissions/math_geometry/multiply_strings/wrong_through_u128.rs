pub struct Solution;

impl Solution {
    pub fn multiply(num1: String, num2: String) -> String {
        let a: u128 = num1.parse().unwrap();
        let b: u128 = num2.parse().unwrap();
        (a * b).to_string()
    }
}
