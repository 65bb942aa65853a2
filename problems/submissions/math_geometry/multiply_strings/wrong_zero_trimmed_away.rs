pub struct Solution;

impl Solution {
    pub fn multiply(num1: String, num2: String) -> String {
        let a: Vec<u32> = num1.bytes().map(|b| (b - b'0') as u32).collect();
        let b: Vec<u32> = num2.bytes().map(|b| (b - b'0') as u32).collect();
        let mut res = vec![0u32; a.len() + b.len()];
        for i in (0..a.len()).rev() {
            for j in (0..b.len()).rev() {
                let sum = res[i + j + 1] + a[i] * b[j];
                res[i + j + 1] = sum % 10;
                res[i + j] += sum / 10;
            }
        }
        let s: String = res.iter().map(|&d| char::from(b'0' + d as u8)).collect();
        // drops the leading zeros, and with them the whole of a zero product
        s.trim_start_matches('0').to_string()
    }
}
