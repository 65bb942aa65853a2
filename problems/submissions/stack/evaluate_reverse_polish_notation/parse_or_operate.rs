pub struct Solution;

impl Solution {
    pub fn eval_rpn(tokens: Vec<String>) -> i32 {
        let mut stack: Vec<i64> = Vec::new();
        for token in tokens {
            if let Ok(number) = token.parse::<i64>() {
                stack.push(number);
                continue;
            }
            let b = stack.pop().unwrap();
            let a = stack.pop().unwrap();
            stack.push(match token.as_str() {
                "+" => a + b,
                "-" => a - b,
                "*" => a * b,
                _ => a / b,
            });
        }
        stack.pop().unwrap() as i32
    }
}
