//! Generate Parentheses (LeetCode 22). Target: backtracking that only ever builds valid prefixes,
//! so the work is proportional to the output (the Catalan number of n strings of length 2n).

use judge_engine::prelude::*;

#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Input {
    pub n: i32,
}

pub struct Problem;

/// The reference: add "(" while fewer than n are open, ")" while it closes an open one.
pub fn reference(n: i32) -> Vec<String> {
    fn extend(prefix: &mut String, open: i32, closed: i32, n: i32, out: &mut Vec<String>) {
        if closed == n {
            out.push(prefix.clone());
            return;
        }
        if open < n {
            prefix.push('(');
            extend(prefix, open + 1, closed, n, out);
            prefix.pop();
        }
        if closed < open {
            prefix.push(')');
            extend(prefix, open, closed + 1, n, out);
            prefix.pop();
        }
    }
    let mut out = Vec::new();
    extend(
        &mut String::with_capacity(2 * n as usize),
        0,
        0,
        n,
        &mut out,
    );
    out
}

const MAX_N: i32 = 8;

impl FunctionProblem for Problem {
    type Input = Input;
    type Output = Vec<String>;
    const PARAMETERS: &'static [&'static str] = &["n"];

    fn reference(input: Input) -> Vec<String> {
        reference(input.n)
    }

    /// Every string of 2n brackets, kept when its running balance never drops below zero and ends
    /// at zero.
    fn oracle(input: Input) -> Vec<String> {
        let length = 2 * input.n as u32;
        (0u32..1 << length)
            .filter_map(|bits| {
                let s: String = (0..length)
                    .map(|i| {
                        if bits >> (length - 1 - i) & 1 == 0 {
                            '('
                        } else {
                            ')'
                        }
                    })
                    .collect();
                let mut balance = 0;
                for c in s.chars() {
                    balance += if c == '(' { 1 } else { -1 };
                    if balance < 0 {
                        return None;
                    }
                }
                (balance == 0).then_some(s)
            })
            .collect()
    }

    fn strategy() -> BoxedStrategy<Input> {
        (1..=MAX_N).prop_map(|n| Input { n }).boxed()
    }

    fn stress() -> Vec<StressFamily<Input>> {
        // The input is one small number, so "size" is n itself; the engine's sizes are mapped
        // onto 1..=8 (n / 16 of the largest size is 1 here).
        vec![StressFamily {
            // 1430 strings; building all 65536 strings of 16 brackets and filtering is ~45x more.
            name: "the largest n",
            max_n: MAX_N as usize,
            generate: |n, _| Input {
                n: (n as i32).clamp(1, MAX_N),
            },
        }]
    }

    fn validate(input: &Input) -> Result<(), String> {
        if !(1..=MAX_N).contains(&input.n) {
            return Err(format!("n = {}; allowed 1..={MAX_N}", input.n));
        }
        Ok(())
    }

    fn check(_input: &Input, expected: &Vec<String>, got: &Vec<String>) -> Checked {
        check::any_order(expected, got)
    }
}

/// The harness's entry point for this problem.
pub fn judge(solve: fn(i32) -> Vec<String>) -> ! {
    judge_engine::judge::<Problem>(&|input: Input| solve(input.n))
}

#[cfg(test)]
mod tests {
    use super::*;

    judge_engine::standard_tests!(Problem);
}
