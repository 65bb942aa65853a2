//! Maximum Product Subarray (LeetCode 152). Target: O(n) time, O(1) space: keep both the largest and
//! the smallest product of a subarray ending here, since a negative number swaps them.

use judge_engine::prelude::*;

#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Input {
    pub nums: Vec<i32>,
}

pub struct Problem;

/// The reference: the largest and smallest products of a subarray ending at i.
pub fn reference(nums: Vec<i32>) -> i32 {
    let (mut high, mut low, mut best) = (nums[0], nums[0], nums[0]);
    for &x in &nums[1..] {
        let (a, b) = (high * x, low * x);
        high = x.max(a).max(b);
        low = x.min(a).min(b);
        best = best.max(high);
    }
    best
}

const MAX_N: usize = 20_000;
const MAX_VALUE: i32 = 10;
/// Large enough that a recursion without a memo (2^n calls) is stopped at once.
const RECURSION_N: usize = 40;

/// The largest product of a subarray without zeros: the whole run if it holds an even number of
/// negatives, else the better of the run without everything up to its first negative and the run
/// without everything from its last negative.
fn best_in_run(run: &[i32]) -> i64 {
    let product = |part: &[i32]| part.iter().map(|&x| i64::from(x)).product::<i64>();
    if run.len() == 1 || product(run) > 0 {
        return product(run);
    }
    let first = run
        .iter()
        .position(|&x| x < 0)
        .expect("an odd count of negatives");
    let last = run
        .iter()
        .rposition(|&x| x < 0)
        .expect("an odd count of negatives");
    let mut best = i64::MIN;
    for part in [&run[first + 1..], &run[..last]] {
        if !part.is_empty() {
            best = best.max(product(part));
        }
    }
    best
}

/// Keeps LeetCode's promise that no subarray's product leaves an i32: a value that would push the
/// run since the last zero past the bound is replaced by 1 or -1.
fn keep_products_in_range(nums: Vec<i32>) -> Vec<i32> {
    let mut magnitude = 1i64;
    nums.into_iter()
        .map(|mut x| {
            if x == 0 {
                magnitude = 1;
                return 0;
            }
            if magnitude * i64::from(x.abs()) > i64::from(i32::MAX) {
                x = x.signum();
            }
            magnitude *= i64::from(x.abs());
            x
        })
        .collect()
}

/// `n` values from `value`, zeros one time in `zero_in`, with the products kept in range.
fn bounded(
    n: usize,
    gen: &mut Gen,
    zero_in: u64,
    mut value: impl FnMut(&mut Gen) -> i32,
) -> Vec<i32> {
    let raw = (0..n)
        .map(|_| {
            if gen.chance(1, zero_in) {
                0
            } else {
                value(gen)
            }
        })
        .collect();
    keep_products_in_range(raw)
}

impl FunctionProblem for Problem {
    type Input = Input;
    type Output = i32;
    const PARAMETERS: &'static [&'static str] = &["nums"];

    fn reference(input: Input) -> i32 {
        reference(input.nums)
    }

    /// Small inputs: the product of every subarray. Stress sizes: the best of each run between
    /// zeros by counting its negatives (see [`best_in_run`]), and 0 if there is a zero.
    fn oracle(input: Input) -> i32 {
        let nums = &input.nums;
        let best = if nums.len() <= 30 {
            (0..nums.len())
                .flat_map(|i| (i + 1..=nums.len()).map(move |j| (i, j)))
                .map(|(i, j)| nums[i..j].iter().map(|&x| i64::from(x)).product::<i64>())
                .max()
                .expect("nums is not empty")
        } else {
            let runs = nums.split(|&x| x == 0).filter(|run| !run.is_empty());
            let zero = nums.contains(&0).then_some(0);
            runs.map(best_in_run)
                .chain(zero)
                .max()
                .expect("nums is not empty")
        };
        i32::try_from(best).expect("products fit in an i32")
    }

    fn strategy() -> BoxedStrategy<Input> {
        // Up to 16 values: small enough for a recursion without a memo, which the stress cases
        // expose. Mostly small magnitudes, so that runs are long and signs matter.
        prop::collection::vec(
            prop_oneof![4 => -3..=3i32, 1 => -MAX_VALUE..=MAX_VALUE],
            1..=16,
        )
        .prop_map(|nums| Input {
            nums: keep_products_in_range(nums),
        })
        .boxed()
    }

    fn stress() -> Vec<StressFamily<Input>> {
        vec![
            StressFamily {
                // First, so that a recursion without a memo is stopped within ~200 ms.
                name: "40 values in -2..=2 (exposes a recursion without a memo)",
                max_n: RECURSION_N,
                generate: |n, gen| Input {
                    nums: bounded(n, gen, 1000, |gen| gen.int(-2, 2) as i32),
                },
            },
            StressFamily {
                name: "random values, zeros one in 10",
                max_n: MAX_N,
                generate: |n, gen| Input {
                    nums: bounded(n, gen, 10, |gen| gen.int(-10, 10) as i32),
                },
            },
            StressFamily {
                // Long runs without zeros where only the count of negatives decides.
                name: "mostly 1 and -1, no zeros",
                max_n: MAX_N,
                generate: |n, gen| Input {
                    nums: bounded(n, gen, u64::MAX, |gen| match gen.int(0, 9) {
                        0 => -2,
                        1 => 2,
                        2..=5 => -1,
                        _ => 1,
                    }),
                },
            },
            StressFamily {
                name: "all negative",
                max_n: MAX_N,
                generate: |n, gen| Input {
                    nums: bounded(n, gen, u64::MAX, |gen| gen.int(-3, -1) as i32),
                },
            },
        ]
    }

    fn validate(input: &Input) -> Result<(), String> {
        constraint::length("nums", input.nums.len(), 1..=MAX_N)?;
        constraint::each_within("nums", &input.nums, -MAX_VALUE..=MAX_VALUE)?;
        // Between zeros every value has |x| >= 1, so a whole run has the largest magnitude.
        for run in input.nums.split(|&x| x == 0) {
            let mut magnitude = 1i64;
            for &x in run {
                magnitude *= i64::from(x.abs());
                if magnitude > i64::from(i32::MAX) {
                    return Err(format!(
                        "a subarray's product leaves an i32 (a run of {} values without zeros reaches {magnitude} in size); LeetCode promises every product fits",
                        run.len()
                    ));
                }
            }
        }
        Ok(())
    }
}

/// The harness's entry point for this problem.
pub fn judge(solve: fn(Vec<i32>) -> i32) -> ! {
    judge_engine::judge::<Problem>(&|input: Input| solve(input.nums))
}

#[cfg(test)]
mod tests {
    use super::*;

    judge_engine::standard_tests!(Problem);

    #[test]
    fn the_reference_agrees_with_the_runs_at_stress_sizes() {
        for family in Problem::stress() {
            for seed in 0..10 {
                let input = (family.generate)(family.max_n, &mut Gen::new(seed));
                assert_eq!(reference(input.nums.clone()), Problem::oracle(input));
            }
        }
    }

    #[test]
    fn the_runs_oracle_agrees_with_every_subarray() {
        let mut gen = Gen::new(3);
        for _ in 0..2000 {
            let n = gen.int(1, 30) as usize;
            let nums = bounded(n, &mut gen, 6, |gen| gen.int(-4, 4) as i32);
            let runs = nums.split(|&x| x == 0).filter(|run| !run.is_empty());
            let zero = nums.contains(&0).then_some(0);
            let by_runs = runs.map(best_in_run).chain(zero).max().unwrap();
            assert_eq!(i64::from(Problem::oracle(Input { nums })), by_runs);
        }
    }
}
