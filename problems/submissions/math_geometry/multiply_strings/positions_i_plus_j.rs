impl Solution {
    pub fn multiply(num1: String, num2: String) -> String {
        if num1 == "0" || num2 == "0" {
            return "0".to_string();
        }
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
        let start = res.iter().position(|&d| d != 0).unwrap_or(res.len() - 1);
        res[start..].iter().map(|&d| char::from(b'0' + d as u8)).collect()
    }
}
