pub struct Solution;

impl Solution {
    pub fn generate_parenthesis(n: i32) -> Vec<String> {
        let length = 2 * n as usize;
        let mut out = Vec::new();
        for mask in 0..1u32 << length {
            let mut s = String::new();
            for i in 0..length {
                s.push(if mask & (1 << i) == 0 { '(' } else { ')' });
            }
            let mut balance = 0;
            let mut valid = true;
            for c in s.chars() {
                balance += if c == '(' { 1 } else { -1 };
                if balance < 0 {
                    valid = false;
                    break;
                }
            }
            if valid && balance == 0 {
                out.push(s);
            }
        }
        out
    }
}
