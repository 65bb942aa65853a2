//! Last Stone Weight (LeetCode 1046). Target: O(n log n) with a max-heap: take the two heaviest,
//! push back their difference, until at most one stone is left.

use std::collections::BinaryHeap;

use judge_engine::prelude::*;

#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Input {
    pub stones: Vec<i32>,
}

pub struct Problem;

/// The reference: a max-heap of the stones.
pub fn reference(stones: Vec<i32>) -> i32 {
    let mut heap = BinaryHeap::from(stones);
    while heap.len() > 1 {
        let (y, x) = (heap.pop().unwrap_or(0), heap.pop().unwrap_or(0));
        if y > x {
            heap.push(y - x);
        }
    }
    heap.pop().unwrap_or(0)
}

const MAX_STONES: usize = 30;
const MAX_WEIGHT: i32 = 1000;

impl FunctionProblem for Problem {
    type Input = Input;
    type Output = i32;
    const PARAMETERS: &'static [&'static str] = &["stones"];

    fn reference(input: Input) -> i32 {
        reference(input.stones)
    }

    /// Without a heap: sort the stones each round and smash the last two.
    fn oracle(input: Input) -> i32 {
        let mut stones = input.stones;
        loop {
            stones.sort_unstable();
            match stones.len() {
                0 => return 0,
                1 => return stones[0],
                _ => {
                    let y = stones.pop().expect("two stones");
                    let x = stones.pop().expect("two stones");
                    if y != x {
                        stones.push(y - x);
                    }
                }
            }
        }
    }

    fn strategy() -> BoxedStrategy<Input> {
        prop_oneof![
            prop::collection::vec(1..=4i32, 1..=8),
            prop::collection::vec(1..=MAX_WEIGHT, 1..=MAX_STONES),
        ]
        .prop_map(|stones| Input { stones })
        .boxed()
    }

    fn stress() -> Vec<StressFamily<Input>> {
        // At 30 stones nothing is slow; these are the shapes that break wrong code.
        vec![
            StressFamily {
                name: "30 random stones",
                max_n: MAX_STONES,
                generate: |n, gen| Input {
                    stones: gen.ints(n.max(1), 1, MAX_WEIGHT),
                },
            },
            StressFamily {
                name: "30 equal stones (all smash to nothing)",
                max_n: MAX_STONES,
                generate: |n, _| Input {
                    stones: vec![MAX_WEIGHT; (n.max(1) / 2 * 2).max(2)],
                },
            },
            StressFamily {
                name: "powers of two",
                max_n: MAX_STONES,
                generate: |n, _| Input {
                    stones: (0..n.clamp(1, 10)).map(|i| 1 << i).collect(),
                },
            },
        ]
    }

    fn validate(input: &Input) -> Result<(), String> {
        constraint::length("stones", input.stones.len(), 1..=MAX_STONES)?;
        constraint::each_within("stones", &input.stones, 1..=MAX_WEIGHT)
    }
}

/// The harness's entry point for this problem.
pub fn judge(solve: fn(Vec<i32>) -> i32) -> ! {
    judge_engine::judge::<Problem>(&|input: Input| solve(input.stones))
}

#[cfg(test)]
mod tests {
    use super::*;

    judge_engine::standard_tests!(Problem);

    #[test]
    fn examples() {
        assert_eq!(reference(vec![2, 7, 4, 1, 8, 1]), 1);
        assert_eq!(reference(vec![1]), 1);
        assert_eq!(reference(vec![3, 3]), 0);
    }
}
