pub struct Solution;

impl Solution {
    pub fn eval_rpn(tokens: Vec<String>) -> i32 {
        let mut tokens = tokens;
        while tokens.len() > 1 {
            let i = tokens
                .iter()
                .position(|t| t == "+" || t == "-" || t == "*" || t == "/")
                .unwrap();
            let a: i32 = tokens[i - 2].parse().unwrap();
            let b: i32 = tokens[i - 1].parse().unwrap();
            let value = match tokens[i].as_str() {
                "+" => a + b,
                "-" => a - b,
                "*" => a * b,
                _ => a / b,
            };
            tokens.splice(i - 2..=i, [value.to_string()]);
        }
        tokens[0].parse().unwrap()
    }
}
