//! Product of Array Except Self (LeetCode 238). Target: O(n) time and O(1) extra space: prefix
//! products written into the answer, then suffix products multiplied in from the right.

use judge_engine::prelude::*;

use super::shuffle;

#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Input {
    pub nums: Vec<i32>,
}

pub struct Problem;

/// The reference: `answer[i]` is first the product of everything left of `i`, then times the
/// product of everything right of it. No division.
pub fn reference(nums: Vec<i32>) -> Vec<i32> {
    let n = nums.len();
    let mut answer = vec![1; n];
    for i in 1..n {
        answer[i] = answer[i - 1] * nums[i - 1];
    }
    let mut right = 1;
    for i in (0..n).rev() {
        answer[i] *= right;
        right *= nums[i];
    }
    answer
}

const MAX_N: usize = 100_000;
const MAX_VALUE: i32 = 30;
/// With at most this many values of magnitude 2..=30, every product fits: 30^6 < 2^31.
const MAX_LARGE: usize = 6;

/// Where the running product of `values` first leaves the i32 range, and the product there.
fn first_overflow(values: impl Iterator<Item = i32>) -> Option<(usize, i64)> {
    let mut product: i64 = 1;
    for (i, value) in values.enumerate() {
        product *= i64::from(value);
        if i32::try_from(product).is_err() {
            return Some((i, product));
        }
    }
    None
}

/// `n` values of 1 and -1 with `MAX_LARGE` values of magnitude up to 30 at random places.
fn signs_and_large(n: usize, gen: &mut Gen) -> Vec<i32> {
    let mut nums: Vec<i32> = (0..n)
        .map(|_| if gen.chance(1, 2) { 1 } else { -1 })
        .collect();
    for _ in 0..MAX_LARGE {
        let at = gen.index(n);
        let magnitude = gen.int(2, MAX_VALUE.into()) as i32;
        nums[at] = if gen.chance(1, 2) {
            magnitude
        } else {
            -magnitude
        };
    }
    nums
}

impl FunctionProblem for Problem {
    type Input = Input;
    type Output = Vec<i32>;
    const PARAMETERS: &'static [&'static str] = &["nums"];

    fn reference(input: Input) -> Vec<i32> {
        reference(input.nums)
    }

    fn oracle(input: Input) -> Vec<i32> {
        // By cases on the zeros, with division (which the learner may not use): two or more
        // zeros make every product 0; one zero leaves a non-zero product only at the zero.
        let nums = &input.nums;
        let zeros = nums.iter().filter(|&&x| x == 0).count();
        let non_zero: i64 = nums
            .iter()
            .filter(|&&x| x != 0)
            .map(|&x| i64::from(x))
            .product();
        nums.iter()
            .map(|&x| match (zeros, x) {
                (0, _) => (non_zero / i64::from(x)) as i32,
                (1, 0) => non_zero as i32,
                _ => 0,
            })
            .collect()
    }

    fn strategy() -> BoxedStrategy<Input> {
        // Mostly 1 and -1, some zeros, and at most six larger values, so products stay small. The
        // oracle is linear, so a few thousand values cost nothing.
        let small = prop_oneof![4 => Just(1), 4 => Just(-1), 1 => Just(0)];
        gen::size(2..=40, 1000)
            .prop_flat_map(move |n| {
                (
                    prop::collection::vec(small.clone(), n),
                    prop::collection::vec((0..n, -MAX_VALUE..=MAX_VALUE), 0..=MAX_LARGE),
                )
            })
            .prop_map(|(mut nums, large)| {
                for (at, value) in large {
                    nums[at] = value;
                }
                Input { nums }
            })
            .boxed()
    }

    fn stress() -> Vec<StressFamily<Input>> {
        vec![
            StressFamily {
                // No zero: a brute force cannot stop early, and the products are not all 0.
                name: "1 and -1 with six larger values, no zero",
                max_n: MAX_N,
                generate: |n, gen| Input {
                    nums: signs_and_large(n.max(2), gen),
                },
            },
            StressFamily {
                name: "a single zero at a random place",
                max_n: MAX_N,
                generate: |n, gen| {
                    let mut nums = signs_and_large(n.max(2), gen);
                    let at = gen.index(nums.len());
                    nums[at] = 0;
                    Input { nums }
                },
            },
            StressFamily {
                name: "a single zero at the very end",
                max_n: MAX_N,
                generate: |n, gen| {
                    let mut nums = signs_and_large(n.max(2), gen);
                    let last = nums.len() - 1;
                    nums[last] = 0;
                    Input { nums }
                },
            },
            StressFamily {
                name: "two zeros: every product is 0",
                max_n: MAX_N,
                generate: |n, gen| {
                    let mut nums = signs_and_large(n.max(2), gen);
                    nums[0] = 0;
                    nums[1] = 0;
                    shuffle(&mut nums, gen);
                    Input { nums }
                },
            },
        ]
    }

    fn validate(input: &Input) -> Result<(), String> {
        let nums = &input.nums;
        let n = nums.len();
        constraint::length("nums", n, 2..=MAX_N)?;
        constraint::each_within("nums", nums, -MAX_VALUE..=MAX_VALUE)?;
        if let Some((i, product)) = first_overflow(nums.iter().copied()) {
            return Err(format!(
                "the product of nums[0..={i}] is {product}, which does not fit in a 32-bit integer"
            ));
        }
        if let Some((i, product)) = first_overflow(nums.iter().rev().copied()) {
            return Err(format!(
                "the product of nums[{}..] is {product}, which does not fit in a 32-bit integer",
                n - 1 - i
            ));
        }
        // With one zero, the answer at the zero is the product of all the others: it must fit too.
        let zeros: Vec<usize> = (0..n).filter(|&i| nums[i] == 0).collect();
        if let [zero] = zeros[..] {
            let others = (0..n).filter(|&i| i != zero).map(|i| nums[i]);
            if let Some((_, product)) = first_overflow(others) {
                return Err(format!(
                    "the product of all elements but the zero at index {zero} reaches {product}, which does not fit in a 32-bit integer"
                ));
            }
        }
        Ok(())
    }
}

/// The harness's entry point for this problem.
pub fn judge(solve: fn(Vec<i32>) -> Vec<i32>) -> ! {
    judge_engine::judge::<Problem>(&|input: Input| solve(input.nums))
}

#[cfg(test)]
mod tests {
    use super::*;

    judge_engine::standard_tests!(Problem);
}
