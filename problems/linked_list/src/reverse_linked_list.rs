//! Reverse Linked List (LeetCode 206). Target: O(n) time, O(1) extra space: one pass that turns
//! each `next` link around.

use judge_engine::prelude::*;

#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Input {
    pub head: Vec<i32>,
}

pub struct Problem;

/// LeetCode's method: walk the list once, moving each node onto the front of the reversed part.
pub fn reverse_list(head: Option<Box<ListNode>>) -> Option<Box<ListNode>> {
    let (mut reversed, mut rest) = (None, head);
    while let Some(mut node) = rest {
        rest = node.next.take();
        node.next = reversed;
        reversed = Some(node);
    }
    reversed
}

/// The reference as the judge calls it: the list built from its values, reversed, read back (the
/// learner's code pays the same building and reading in the solution binary's glue).
pub fn reference(head: Vec<i32>) -> Vec<i32> {
    nodes::into_values(reverse_list(nodes::list(&head)))
}

const MAX_NODES: usize = 5000;
const MAX_VALUE: i32 = 5000;

impl FunctionProblem for Problem {
    type Input = Input;
    type Output = Vec<i32>;
    const PARAMETERS: &'static [&'static str] = &["head"];

    fn reference(input: Input) -> Vec<i32> {
        reference(input.head)
    }

    fn oracle(input: Input) -> Vec<i32> {
        // Without nodes: the values read from the back.
        (0..input.head.len())
            .map(|i| input.head[input.head.len() - 1 - i])
            .collect()
    }

    fn strategy() -> BoxedStrategy<Input> {
        prop_oneof![
            crate::values(-3, 3, 12),
            crate::values(-MAX_VALUE, MAX_VALUE, 40)
        ]
        .prop_map(|head| Input { head })
        .boxed()
    }

    fn stress() -> Vec<StressFamily<Input>> {
        vec![
            StressFamily {
                // Walking to the tail for every node (or rebuilding the answer by insertion at its
                // end) is quadratic in the length.
                name: "the longest list, random values",
                max_n: MAX_NODES,
                generate: |n, gen| Input {
                    head: gen.ints(n, -MAX_VALUE, MAX_VALUE),
                },
            },
            StressFamily {
                name: "the longest list, ascending values",
                max_n: MAX_NODES,
                generate: |n, _| Input {
                    head: (0..n as i32).map(|i| i * 2 - MAX_VALUE).collect(),
                },
            },
            StressFamily {
                name: "the longest list, all values equal",
                max_n: MAX_NODES,
                generate: |n, _| Input {
                    head: vec![-MAX_VALUE; n],
                },
            },
        ]
    }

    fn validate(input: &Input) -> Result<(), String> {
        constraint::length("the list", input.head.len(), 0..=MAX_NODES)?;
        constraint::each_within("Node.val", &input.head, -MAX_VALUE..=MAX_VALUE)
    }

    fn check(_input: &Input, expected: &Vec<i32>, got: &Vec<i32>) -> Checked {
        nodes::check_list(expected, got)
    }
}

/// The harness's entry point for this problem: the learner's method, behind the glue that turns
/// values into the learner's nodes and back.
pub fn judge(solve: fn(Vec<i32>) -> Vec<i32>) -> ! {
    judge_engine::judge::<Problem>(&|input: Input| solve(input.head))
}

#[cfg(test)]
mod tests {
    use super::*;

    judge_engine::standard_tests!(Problem);

    #[test]
    fn the_empty_list_and_one_node() {
        assert_eq!(reference(vec![]), Vec::<i32>::new());
        assert_eq!(reference(vec![7]), vec![7]);
        assert_eq!(reference(vec![1, 2, 3, 4, 5]), vec![5, 4, 3, 2, 1]);
    }
}
