//! Add Two Numbers (LeetCode 2). Target: O(max(m, n)) time: add digit by digit from the least
//! significant (the head), carrying as on paper.

use judge_engine::prelude::*;

#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Input {
    pub l1: Vec<i32>,
    pub l2: Vec<i32>,
}

pub struct Problem;

/// LeetCode's method: one pass while either list or a carry remains, appending each digit of the
/// sum at the answer's tail.
pub fn add_two_numbers(
    mut l1: Option<Box<ListNode>>,
    mut l2: Option<Box<ListNode>>,
) -> Option<Box<ListNode>> {
    let mut sum = None;
    let mut tail = &mut sum;
    let mut carry = 0;
    while l1.is_some() || l2.is_some() || carry > 0 {
        let mut digit = carry;
        for list in [&mut l1, &mut l2] {
            if let Some(mut node) = list.take() {
                digit += node.val;
                *list = node.next.take();
            }
        }
        carry = digit / 10;
        tail = &mut tail.insert(Box::new(ListNode::new(digit % 10))).next;
    }
    sum
}

/// The reference as the judge calls it (building and reading, as the learner's code pays too).
pub fn reference(l1: Vec<i32>, l2: Vec<i32>) -> Vec<i32> {
    nodes::into_values(add_two_numbers(nodes::list(&l1), nodes::list(&l2)))
}

const MAX_NODES: usize = 100;

/// A number's digits, least significant first, without leading zeros (the number 0 is `[0]`).
fn number(max_len: usize) -> BoxedStrategy<Vec<i32>> {
    (
        prop::collection::vec(0..=9, 0..max_len),
        1..=9,
        any::<bool>(),
    )
        .prop_map(|(mut digits, top, zero)| {
            if zero && digits.is_empty() {
                return vec![0];
            }
            digits.push(top);
            digits
        })
        .boxed()
}

fn digits(n: usize, gen: &mut Gen, digit: impl Fn(&mut Gen) -> i32) -> Vec<i32> {
    let mut digits: Vec<i32> = (0..n).map(|_| digit(gen)).collect();
    if let Some(top) = digits.last_mut() {
        if *top == 0 {
            *top = 1 + gen.int(0, 8) as i32;
        }
    }
    digits
}

impl FunctionProblem for Problem {
    type Input = Input;
    type Output = Vec<i32>;
    const PARAMETERS: &'static [&'static str] = &["l1", "l2"];

    fn reference(input: Input) -> Vec<i32> {
        reference(input.l1, input.l2)
    }

    fn oracle(input: Input) -> Vec<i32> {
        // Without nodes: school addition on the reversed digit strings, most significant first.
        let text = |digits: &[i32]| -> Vec<u8> { digits.iter().rev().map(|&d| d as u8).collect() };
        let (a, b) = (text(&input.l1), text(&input.l2));
        let width = a.len().max(b.len());
        let pad = |x: &[u8]| [vec![0; width - x.len()], x.to_vec()].concat();
        let (a, b) = (pad(&a), pad(&b));
        let mut out = Vec::new();
        let mut carry = 0;
        for i in (0..width).rev() {
            let s = a[i] + b[i] + carry;
            out.push(i32::from(s % 10));
            carry = s / 10;
        }
        if carry > 0 {
            out.push(i32::from(carry));
        }
        out
    }

    fn strategy() -> BoxedStrategy<Input> {
        prop_oneof![
            (number(4), number(4)),
            (number(MAX_NODES), number(MAX_NODES))
        ]
        .prop_map(|(l1, l2)| Input { l1, l2 })
        .boxed()
    }

    fn stress() -> Vec<StressFamily<Input>> {
        vec![
            StressFamily {
                // 99...9 + 1: the carry runs through every digit and adds one more.
                name: "a carry through every digit, and a new last one",
                max_n: MAX_NODES,
                generate: |n, _| Input {
                    l1: vec![9; n],
                    l2: vec![1],
                },
            },
            StressFamily {
                name: "both numbers of the most digits, random",
                max_n: MAX_NODES,
                generate: |n, gen| Input {
                    l1: digits(n, gen, |g| g.int(0, 9) as i32),
                    l2: digits(n, gen, |g| g.int(0, 9) as i32),
                },
            },
            StressFamily {
                name: "all nines, both full",
                max_n: MAX_NODES,
                generate: |n, _| Input {
                    l1: vec![9; n],
                    l2: vec![9; n],
                },
            },
        ]
    }

    fn validate(input: &Input) -> Result<(), String> {
        for (name, list) in [("l1", &input.l1), ("l2", &input.l2)] {
            constraint::length(name, list.len(), 1..=MAX_NODES)?;
            constraint::each_within(name, list, 0..=9)?;
            if list.len() > 1 && list.last() == Some(&0) {
                return Err(format!(
                    "{name} has a leading zero (its last node is 0 and it is not the number 0)"
                ));
            }
        }
        Ok(())
    }

    fn check(_input: &Input, expected: &Vec<i32>, got: &Vec<i32>) -> Checked {
        nodes::check_list(expected, got)
    }
}

/// The harness's entry point for this problem (lists cross as their values).
pub fn judge(solve: fn(Vec<i32>, Vec<i32>) -> Vec<i32>) -> ! {
    judge_engine::judge::<Problem>(&|input: Input| solve(input.l1, input.l2))
}

#[cfg(test)]
mod tests {
    use super::*;

    judge_engine::standard_tests!(Problem);

    #[test]
    fn examples() {
        assert_eq!(reference(vec![2, 4, 3], vec![5, 6, 4]), vec![7, 0, 8]);
        assert_eq!(reference(vec![0], vec![0]), vec![0]);
        assert_eq!(
            reference(vec![9, 9, 9, 9, 9, 9, 9], vec![9, 9, 9, 9]),
            vec![8, 9, 9, 9, 0, 0, 0, 1]
        );
    }
}
