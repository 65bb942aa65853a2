//! Find the Duplicate Number (LeetCode 287). Target: O(n) time and O(1) extra space, with the
//! array left unchanged: read `i -> nums[i]` as a linked list, which must run into a cycle, and
//! find the cycle's entrance (Floyd's tortoise and hare); the entrance is the repeated value.

use std::collections::HashSet;

use judge_engine::prelude::*;

#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Input {
    pub nums: Vec<i32>,
}

pub struct Problem;

/// The reference: slow and fast pointers along `i -> nums[i]` from index 0 meet inside the cycle;
/// restarted from 0, one step at a time, they meet again at its entrance.
pub fn reference(nums: Vec<i32>) -> i32 {
    let step = |i: i32| nums[i as usize];
    let (mut slow, mut fast) = (step(0), step(step(0)));
    while slow != fast {
        slow = step(slow);
        fast = step(step(fast));
    }
    slow = 0;
    while slow != fast {
        slow = step(slow);
        fast = step(fast);
    }
    slow
}

const MAX_N: usize = 100_000;

/// `nums` of length n + 1 with values in 1..=n: every value once except `duplicate`, which takes
/// `copies` places (at least 2; the values it displaces are left out), in a random order.
fn with_duplicate(n: usize, duplicate: i32, copies: usize, gen: &mut Gen) -> Vec<i32> {
    let mut nums: Vec<i32> = (1..=n as i32).collect();
    nums.push(duplicate);
    let mut others: Vec<usize> = (0..n).filter(|&i| nums[i] != duplicate).collect();
    for _ in 2..copies.min(n + 1) {
        if others.is_empty() {
            break;
        }
        let at = others.swap_remove(gen.index(others.len()));
        nums[at] = duplicate;
    }
    for i in (1..nums.len()).rev() {
        nums.swap(i, gen.index(i + 1));
    }
    nums
}

/// `nums` of length n + 1 whose walk from index 0 visits `walk` distinct values (a random order of
/// them) and then returns to the `entry`th of them, the duplicate; the duplicate also fills
/// `copies - 2` of the indices the walk never reaches (the values they held are left out).
fn long_walk(n: usize, walk: usize, entry: usize, copies: usize, gen: &mut Gen) -> Vec<i32> {
    let walk = walk.clamp(1, n);
    let mut order: Vec<i32> = (1..=n as i32).collect();
    for i in (1..order.len()).rev() {
        order.swap(i, gen.index(i + 1));
    }
    let duplicate = order[entry.min(walk - 1)];
    let mut nums = vec![0; n + 1];
    nums[0] = order[0];
    for i in 0..walk - 1 {
        nums[order[i] as usize] = order[i + 1];
    }
    nums[order[walk - 1] as usize] = duplicate;
    // The indices off the walk take the values off the walk, shifted by one so that none points
    // at itself more than a permutation would; `copies - 2` of them take the duplicate instead.
    let rest = &order[walk..];
    for (i, &index) in rest.iter().enumerate() {
        nums[index as usize] = if i + 2 < copies {
            duplicate
        } else {
            rest[(i + 1) % rest.len()]
        };
    }
    nums
}

impl FunctionProblem for Problem {
    type Input = Input;
    type Output = i32;
    const PARAMETERS: &'static [&'static str] = &["nums"];

    fn reference(input: Input) -> i32 {
        reference(input.nums)
    }

    fn oracle(input: Input) -> i32 {
        // A set of the values seen, different from the reference in every way.
        let mut seen = HashSet::new();
        *input
            .nums
            .iter()
            .find(|&&v| !seen.insert(v))
            .expect("the constraints promise a repeated value")
    }

    fn strategy() -> BoxedStrategy<Input> {
        (1..=30usize, any::<u64>(), 1..=4usize)
            .prop_map(|(n, seed, copies)| {
                let mut gen = Gen::new(seed);
                let duplicate = gen.int(1, n as i64) as i32;
                Input {
                    nums: with_duplicate(n, duplicate, copies, &mut gen),
                }
            })
            .boxed()
    }

    fn stress() -> Vec<StressFamily<Input>> {
        // Every family makes the walk from index 0 visit Θ(n) values before it closes its cycle,
        // so that the reference does linear work: on a random array the walk closes after about
        // √n steps, and a method that always reads the whole array would look slow against it.
        vec![
            StressFamily {
                // Comparing every pair reaches the duplicate's first place after ~i·n steps.
                name: "n = 10^5, a walk through every value, the cycle entered at a random point",
                max_n: MAX_N,
                generate: |n, gen| {
                    let entry = gen.index(n);
                    Input {
                        nums: long_walk(n, n, entry, 2, gen),
                    }
                },
            },
            StressFamily {
                name: "n = 10^5, a long tail into a cycle of two values",
                max_n: MAX_N,
                generate: |n, gen| Input {
                    nums: long_walk(n, n, n.saturating_sub(2), 2, gen),
                },
            },
            StressFamily {
                name: "n = 10^5, the duplicate fills half the array, a walk through the other half",
                max_n: MAX_N,
                generate: |n, gen| {
                    let walk = (n / 2).max(1);
                    let entry = gen.index(walk);
                    Input {
                        nums: long_walk(n, walk, entry, n - walk + 1, gen),
                    }
                },
            },
        ]
    }

    fn validate(input: &Input) -> Result<(), String> {
        let len = input.nums.len();
        constraint::length("nums", len, 2..=MAX_N + 1)?;
        let n = len - 1;
        constraint::each_within("nums", &input.nums, 1..=n as i32)?;
        let mut counts = vec![0u32; n + 1];
        for &v in &input.nums {
            counts[v as usize] += 1;
        }
        let repeated: Vec<usize> = (1..=n).filter(|&v| counts[v] > 1).collect();
        match repeated.as_slice() {
            [_] => Ok(()),
            [] => Err("no value is repeated".into()),
            more => Err(format!(
                "{} values are repeated ({} and {}, ...); exactly one may be",
                more.len(),
                more[0],
                more[1]
            )),
        }
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
    fn examples() {
        assert_eq!(reference(vec![1, 3, 4, 2, 2]), 2);
        assert_eq!(reference(vec![3, 1, 3, 4, 2]), 3);
        assert_eq!(reference(vec![3, 3, 3, 3, 3]), 3);
        assert_eq!(reference(vec![1, 1]), 1);
    }
}
