//! Remove Nth Node From End of List (LeetCode 19). Target: O(sz) time, O(1) extra space, one pass
//! (a lead of n nodes) or two (count, then walk).

use judge_engine::prelude::*;

#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Input {
    pub head: Vec<i32>,
    pub n: i32,
}

pub struct Problem;

/// LeetCode's method: count the nodes, then walk a cursor to the link that holds the node
/// `len - n` from the front, and splice that node out. (In safe Rust, a lead pointer and a
/// trailing `&mut` into the same list cannot coexist; counting first is the usual way.)
pub fn remove_nth_from_end(head: Option<Box<ListNode>>, n: i32) -> Option<Box<ListNode>> {
    let mut len = 0;
    let mut node = head.as_deref();
    while let Some(current) = node {
        len += 1;
        node = current.next.as_deref();
    }
    let mut head = head;
    let mut link = &mut head;
    for _ in 0..len - n as usize {
        link = &mut link.as_mut().expect("within the list").next;
    }
    let removed = link.take().expect("1 <= n <= the list's length");
    *link = removed.next;
    head
}

/// The reference as the judge calls it (building and reading, as the learner's code pays too).
pub fn reference(head: Vec<i32>, n: i32) -> Vec<i32> {
    nodes::into_values(remove_nth_from_end(nodes::list(&head), n))
}

const MAX_NODES: usize = 30;
const MAX_VALUE: i32 = 100;

impl FunctionProblem for Problem {
    type Input = Input;
    type Output = Vec<i32>;
    const PARAMETERS: &'static [&'static str] = &["head", "n"];

    fn reference(input: Input) -> Vec<i32> {
        reference(input.head, input.n)
    }

    fn oracle(input: Input) -> Vec<i32> {
        // Without nodes: the values, less the one at index len - n.
        let gone = input.head.len() - input.n as usize;
        input
            .head
            .iter()
            .enumerate()
            .filter(|&(i, _)| i != gone)
            .map(|(_, &v)| v)
            .collect()
    }

    fn strategy() -> BoxedStrategy<Input> {
        prop_oneof![
            prop::collection::vec(0..=3, 1..=6),
            prop::collection::vec(0..=MAX_VALUE, 1..=MAX_NODES),
        ]
        .prop_flat_map(|head| {
            let len = head.len() as i32;
            (Just(head), 1..=len)
        })
        .prop_map(|(head, n)| Input { head, n })
        .boxed()
    }

    fn stress() -> Vec<StressFamily<Input>> {
        vec![
            StressFamily {
                name: "the longest list, its head removed",
                max_n: MAX_NODES,
                generate: |n, gen| Input {
                    head: gen.ints(n, 0, MAX_VALUE),
                    n: n as i32,
                },
            },
            StressFamily {
                name: "the longest list, its last node removed",
                max_n: MAX_NODES,
                generate: |n, gen| Input {
                    head: gen.ints(n, 0, MAX_VALUE),
                    n: 1,
                },
            },
            StressFamily {
                name: "the longest list, a random node removed",
                max_n: MAX_NODES,
                generate: |n, gen| Input {
                    head: gen.ints(n, 0, MAX_VALUE),
                    n: gen.int(1, n as i64) as i32,
                },
            },
        ]
    }

    fn validate(input: &Input) -> Result<(), String> {
        constraint::length("the list", input.head.len(), 1..=MAX_NODES)?;
        constraint::each_within("Node.val", &input.head, 0..=MAX_VALUE)?;
        if input.n < 1 || input.n as usize > input.head.len() {
            return Err(format!(
                "n = {}; allowed 1..={} (the list's length)",
                input.n,
                input.head.len()
            ));
        }
        Ok(())
    }

    fn check(_input: &Input, expected: &Vec<i32>, got: &Vec<i32>) -> Checked {
        nodes::check_list(expected, got)
    }
}

/// The harness's entry point for this problem (lists cross as their values).
pub fn judge(solve: fn(Vec<i32>, i32) -> Vec<i32>) -> ! {
    judge_engine::judge::<Problem>(&|input: Input| solve(input.head, input.n))
}

#[cfg(test)]
mod tests {
    use super::*;

    judge_engine::standard_tests!(Problem);

    #[test]
    fn the_head_and_the_only_node() {
        assert_eq!(reference(vec![1, 2, 3, 4, 5], 2), vec![1, 2, 3, 5]);
        assert_eq!(reference(vec![1], 1), Vec::<i32>::new());
        assert_eq!(reference(vec![1, 2], 2), vec![2]);
    }
}
