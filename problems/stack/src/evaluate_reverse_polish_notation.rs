//! Evaluate Reverse Polish Notation (LeetCode 150). Target: O(n) with a stack of operands.

use judge_engine::prelude::*;

#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Input {
    pub tokens: Vec<String>,
}

pub struct Problem;

/// The reference: numbers are pushed; an operator pops its right operand, then its left one.
pub fn reference(tokens: Vec<String>) -> i32 {
    let mut stack: Vec<i32> = Vec::with_capacity(tokens.len() / 2 + 1);
    for token in &tokens {
        let value = match token.as_str() {
            "+" | "-" | "*" | "/" => {
                let right = stack.pop().expect("a valid expression");
                let left = stack.pop().expect("a valid expression");
                match token.as_str() {
                    "+" => left + right,
                    "-" => left - right,
                    "*" => left * right,
                    _ => left / right,
                }
            }
            number => number.parse().expect("a number token"),
        };
        stack.push(value);
    }
    stack[0]
}

const MAX_N: usize = 10_000;
const MAX_OPERAND: i64 = 200;
const OPERATORS: [&str; 4] = ["+", "-", "*", "/"];

fn apply(operator: &str, left: i64, right: i64) -> Option<i64> {
    let value = match operator {
        "+" => left + right,
        "-" => left - right,
        "*" => left * right,
        _ if right == 0 => return None,
        _ => left / right, // truncates toward zero, like the problem asks
    };
    i32::try_from(value).is_ok().then_some(value)
}

/// How a generated expression is shaped.
#[derive(Clone, Copy)]
enum Shape {
    /// Apply an operator as soon as two operands are waiting: `a b + c * d - ...`.
    LeftDeep,
    /// All the numbers first, then all the operators: the stack grows to n/2.
    RightDeep,
    Random,
}

/// A valid expression of `n` tokens (n odd) whose every intermediate value fits in an i32 and
/// whose every division has a non-zero divisor.
fn expression(n: usize, gen: &mut Gen, shape: Shape) -> Vec<String> {
    let n = (n.max(1) - 1) | 1; // the largest odd count <= n
    let (mut numbers_left, mut operators_left) = (n.div_ceil(2), n / 2);
    let mut stack: Vec<i64> = Vec::new();
    let mut tokens = Vec::with_capacity(n);
    while numbers_left + operators_left > 0 {
        let push = stack.len() < 2
            || (numbers_left > 0
                && match shape {
                    Shape::LeftDeep => false,
                    Shape::RightDeep => true,
                    Shape::Random => gen.chance(1, 2),
                });
        if push {
            let value = gen.int(-MAX_OPERAND, MAX_OPERAND);
            tokens.push(value.to_string());
            stack.push(value);
            numbers_left -= 1;
        } else {
            let right = stack.pop().unwrap();
            let left = stack.pop().unwrap();
            // Try the operators from a random start; "+" or "-" always fits, since they cannot
            // both overflow.
            let start = gen.index(4);
            let (operator, value) = (0..4)
                .map(|k| OPERATORS[(start + k) % 4])
                .find_map(|op| apply(op, left, right).map(|v| (op, v)))
                .expect("+ or - fits in an i32");
            tokens.push(operator.to_string());
            stack.push(value);
            operators_left -= 1;
        }
    }
    tokens
}

/// Evaluates the expression in i64, checking every promise of the constraints on the way: numbers
/// in range, two operands for each operator, no division by zero, every intermediate in an i32,
/// exactly one value at the end.
fn evaluate(tokens: &[String]) -> Result<i64, String> {
    let mut values: Vec<i64> = Vec::new();
    for (at, token) in tokens.iter().enumerate() {
        if OPERATORS.contains(&token.as_str()) {
            let (Some(right), Some(left)) = (values.pop(), values.pop()) else {
                return Err(format!(
                    "the operator {token:?} at index {at} lacks an operand"
                ));
            };
            let value = apply(token, left, right).ok_or_else(|| {
                format!(
                    "{left} {token} {right} at index {at} divides by zero or leaves the i32 range"
                )
            })?;
            values.push(value);
        } else {
            let value: i64 = token.parse().map_err(|_| {
                format!("token {token:?} at index {at} is neither a number nor + - * /")
            })?;
            if value.abs() > MAX_OPERAND {
                return Err(format!(
                    "token {token} at index {at} is outside -{MAX_OPERAND}..={MAX_OPERAND}"
                ));
            }
            values.push(value);
        }
    }
    match values[..] {
        [value] => Ok(value),
        _ => Err(format!(
            "{} values are left at the end; a valid expression leaves one",
            values.len()
        )),
    }
}

impl FunctionProblem for Problem {
    type Input = Input;
    type Output = i32;
    const PARAMETERS: &'static [&'static str] = &["tokens"];

    fn reference(input: Input) -> i32 {
        reference(input.tokens)
    }

    fn oracle(input: Input) -> i32 {
        evaluate(&input.tokens).expect("a valid expression") as i32
    }

    fn strategy() -> BoxedStrategy<Input> {
        // Mostly up to 21 tokens, sometimes up to 3001: the oracle evaluates in one pass.
        (gen::size(0..=10, 1500), any::<u64>(), 0..3usize)
            .prop_map(|(half, seed, shape)| {
                let shape = [Shape::LeftDeep, Shape::RightDeep, Shape::Random][shape];
                Input {
                    tokens: expression(2 * half + 1, &mut Gen::new(seed), shape),
                }
            })
            .boxed()
    }

    fn stress() -> Vec<StressFamily<Input>> {
        vec![
            StressFamily {
                // Splicing each result back into the token list moves the whole list every time.
                name: "a left-deep chain: a b op c op d op ...",
                max_n: MAX_N,
                generate: |n, gen| Input {
                    tokens: expression(n, gen, Shape::LeftDeep),
                },
            },
            StressFamily {
                // Searching for the first operator from the start reads n/2 numbers every time.
                name: "a right-deep chain: all numbers, then all operators",
                max_n: MAX_N,
                generate: |n, gen| Input {
                    tokens: expression(n, gen, Shape::RightDeep),
                },
            },
            StressFamily {
                name: "a random expression",
                max_n: MAX_N,
                generate: |n, gen| Input {
                    tokens: expression(n, gen, Shape::Random),
                },
            },
        ]
    }

    fn validate(input: &Input) -> Result<(), String> {
        let n = input.tokens.len();
        constraint::length("tokens", n, 1..=MAX_N)?;
        evaluate(&input.tokens).map(|_| ())
    }
}

/// The harness's entry point for this problem.
pub fn judge(solve: fn(Vec<String>) -> i32) -> ! {
    judge_engine::judge::<Problem>(&|input: Input| solve(input.tokens))
}

#[cfg(test)]
mod tests {
    use super::*;

    judge_engine::standard_tests!(Problem);
}
