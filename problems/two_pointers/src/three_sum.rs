//! 3Sum (LeetCode 15). Target: O(n²): sort, then for each first element close in on the other two
//! from both ends, skipping repeated values so that no triplet appears twice.

use std::collections::HashMap;

use judge_engine::prelude::*;

#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Input {
    pub nums: Vec<i32>,
}

pub struct Problem;

/// The reference: sorted, each distinct first value with a two-pointer search for the rest.
pub fn reference(nums: Vec<i32>) -> Vec<Vec<i32>> {
    let mut nums = nums;
    nums.sort_unstable();
    let n = nums.len();
    let mut triplets = Vec::new();
    for i in 0..n {
        if nums[i] > 0 {
            break;
        }
        if i > 0 && nums[i] == nums[i - 1] {
            continue;
        }
        let (mut lo, mut hi) = (i + 1, n - 1);
        while lo < hi {
            let sum = nums[i] + nums[lo] + nums[hi];
            if sum < 0 {
                lo += 1;
            } else if sum > 0 {
                hi -= 1;
            } else {
                triplets.push(vec![nums[i], nums[lo], nums[hi]]);
                lo += 1;
                while lo < hi && nums[lo] == nums[lo - 1] {
                    lo += 1;
                }
                hi -= 1;
            }
        }
    }
    triplets
}

const MAX_N: usize = 3000;
const MAX_VALUE: i32 = 100_000;

/// A triplet sorted, for comparing as a set (it has three numbers: the checker makes sure of it
/// before). An array, not a `Vec`: the largest answers hold tens of thousands of triplets, and
/// they are checked on every timed round.
fn sorted(triplet: &[i32]) -> [i32; 3] {
    let mut t = [triplet[0], triplet[1], triplet[2]];
    t.sort_unstable();
    t
}

fn counts(nums: &[i32]) -> HashMap<i32, usize> {
    let mut counts = HashMap::new();
    for &v in nums {
        *counts.entry(v).or_insert(0) += 1;
    }
    counts
}

impl FunctionProblem for Problem {
    type Input = Input;
    type Output = Vec<Vec<i32>>;
    const PARAMETERS: &'static [&'static str] = &["nums"];

    fn reference(input: Input) -> Vec<Vec<i32>> {
        reference(input.nums)
    }

    /// Over pairs of distinct values x <= y, the third value is -(x + y); it must be at least y
    /// (so each triplet is found once) and present often enough for the repeats it needs.
    fn oracle(input: Input) -> Vec<Vec<i32>> {
        let counts = counts(&input.nums);
        let mut values: Vec<i32> = counts.keys().copied().collect();
        values.sort_unstable();
        let mut triplets = Vec::new();
        for (a, &x) in values.iter().enumerate() {
            for &y in &values[a..] {
                let z = -(x + y);
                if z < y {
                    continue;
                }
                let need = |v: i32| [x, y, z].iter().filter(|&&w| w == v).count();
                let available = [x, y, z]
                    .iter()
                    .all(|&v| counts.get(&v).copied().unwrap_or(0) >= need(v));
                if available {
                    triplets.push(vec![x, y, z]);
                }
            }
        }
        triplets
    }

    fn strategy() -> BoxedStrategy<Input> {
        // Small values make zeros, repeats and many triplets common. The oracle tries every pair
        // of distinct values: up to 300 values.
        (
            gen::size(3..=16, 300),
            prop_oneof![Just(2), Just(6), Just(MAX_VALUE)],
        )
            .prop_flat_map(|(n, bound)| prop::collection::vec(-bound..=bound, n))
            .prop_map(|nums| Input { nums })
            .boxed()
    }

    fn stress() -> Vec<StressFamily<Input>> {
        vec![
            StressFamily {
                // Few triplets: the two-pointer scans dominate, with no output to hide them.
                name: "random values in the full range",
                max_n: MAX_N,
                generate: |n, gen| Input {
                    nums: gen.ints(n.max(3), -MAX_VALUE, MAX_VALUE),
                },
            },
            StressFamily {
                // Distinct values close together: about n²/12 different triplets.
                name: "distinct values in a narrow range: many triplets",
                max_n: MAX_N,
                generate: |n, gen| {
                    let n = n.max(3) as i32;
                    let mut nums: Vec<i32> = (-n / 2..-n / 2 + n).collect();
                    for i in (1..nums.len()).rev() {
                        nums.swap(i, gen.index(i + 1));
                    }
                    Input { nums }
                },
            },
            StressFamily {
                // One triplet, [0,0,0], found over and over by anything that does not skip repeats.
                name: "all zeros",
                max_n: MAX_N,
                generate: |n, _| Input {
                    nums: vec![0; n.max(3)],
                },
            },
            StressFamily {
                name: "many repeats of a few small values",
                max_n: MAX_N,
                generate: |n, gen| Input {
                    nums: gen.ints(n.max(3), -4, 4),
                },
            },
        ]
    }

    fn validate(input: &Input) -> Result<(), String> {
        let n = input.nums.len();
        constraint::length("nums", n, 3..=MAX_N)?;
        constraint::each_within("nums", &input.nums, -MAX_VALUE..=MAX_VALUE)?;
        Ok(())
    }

    /// Triplets in any order and members in any order; every reason to reject is named.
    fn check(input: &Input, expected: &Vec<Vec<i32>>, got: &Vec<Vec<i32>>) -> Checked {
        let available = counts(&input.nums);
        let mut seen: HashMap<[i32; 3], &Vec<i32>> = HashMap::with_capacity(got.len());
        for triplet in got {
            if triplet.len() != 3 {
                return Err(format!(
                    "{triplet:?} has {} numbers; a triplet has 3",
                    triplet.len()
                ));
            }
            let sum: i64 = triplet.iter().map(|&v| i64::from(v)).sum();
            if sum != 0 {
                return Err(format!("{triplet:?} sums to {sum}, not 0"));
            }
            let key = sorted(triplet);
            for &v in &key {
                let used = key.iter().filter(|&&w| w == v).count();
                let held = available.get(&v).copied().unwrap_or(0);
                if used > held {
                    return Err(match held {
                        0 => format!("{triplet:?} uses {v}, which is not in nums"),
                        _ => format!(
                            "{triplet:?} uses {v} {used} times, but nums holds it {held} time{}",
                            if held == 1 { "" } else { "s" }
                        ),
                    });
                }
            }
            if let Some(first) = seen.insert(key, triplet) {
                return Err(format!(
                    "the triplet {first:?} appears twice (again as {triplet:?}); each must appear once"
                ));
            }
        }
        let missing: Vec<&Vec<i32>> = expected
            .iter()
            .filter(|t| !seen.contains_key(&sorted(t)))
            .collect();
        match missing.len() {
            0 => Ok(()),
            1 => Err(format!("the triplet {:?} is missing", missing[0])),
            k => Err(format!(
                "{k} triplets are missing, for example {:?}; {} were expected",
                missing[0],
                expected.len()
            )),
        }
    }
}

/// The harness's entry point for this problem.
pub fn judge(solve: fn(Vec<i32>) -> Vec<Vec<i32>>) -> ! {
    judge_engine::judge::<Problem>(&|input: Input| solve(input.nums))
}

#[cfg(test)]
mod tests {
    use super::*;

    judge_engine::standard_tests!(Problem);

    fn input(nums: &[i32]) -> Input {
        Input {
            nums: nums.to_vec(),
        }
    }

    #[test]
    fn the_checker_accepts_any_order_and_names_each_fault() {
        let nums = input(&[-1, 0, 1, 2, -1, -4]);
        let expected = vec![vec![-1, -1, 2], vec![-1, 0, 1]];
        let check = |got: Vec<Vec<i32>>| Problem::check(&nums, &expected, &got);
        assert_eq!(check(vec![vec![1, 0, -1], vec![2, -1, -1]]), Ok(()));
        let fault = |got| check(got).unwrap_err();
        assert!(fault(vec![vec![-1, 0, 1]]).contains("[-1, -1, 2] is missing"));
        assert!(fault(vec![vec![-1, 0, 2]]).contains("sums to 1"));
        assert!(fault(vec![vec![-1, 0, 1], vec![0, 1, -1]]).contains("appears twice"));
        assert!(fault(vec![vec![-4, 2, 2]]).contains("uses 2 2 times, but nums holds it 1 time"));
        assert!(fault(vec![vec![-3, 1, 2]]).contains("uses -3, which is not in nums"));
        assert!(fault(vec![vec![0, 0]]).contains("has 2 numbers"));
    }
}
