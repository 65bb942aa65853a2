//! Reorder List (LeetCode 143). Target: O(n) time, O(1) extra space, in place: split at the
//! middle, reverse the back half, interleave. The answer is the argument after the call, and it
//! must be made of the input's own nodes with their own values (LeetCode forbids changing values):
//! the solution binary's glue checks that, as the reference's wrapper does here, at the same cost.

use judge_engine::prelude::*;

#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Input {
    pub head: Vec<i32>,
}

pub struct Problem;

/// LeetCode's method: count, cut after the first ceil(n/2) nodes, reverse the rest, then weave
/// the reversed back half into the front half.
pub fn reorder_list(head: &mut Option<Box<ListNode>>) {
    let mut len = 0usize;
    let mut node = head.as_deref();
    while let Some(current) = node {
        len += 1;
        node = current.next.as_deref();
    }
    if len < 3 {
        return;
    }
    let mut cut = head.as_mut().expect("len >= 3");
    for _ in 1..len.div_ceil(2) {
        cut = cut.next.as_mut().expect("within the list");
    }
    let mut back = None;
    let mut rest = cut.next.take();
    while let Some(mut node) = rest {
        rest = node.next.take();
        node.next = back;
        back = Some(node);
    }
    let mut front = head.as_mut();
    while let (Some(node), Some(mut from_back)) = (front, back) {
        back = from_back.next.take();
        from_back.next = node.next.take();
        node.next = Some(from_back);
        front = node
            .next
            .as_mut()
            .and_then(|inserted| inserted.next.as_mut());
    }
}

/// The reference as the judge calls it: built from the values, reordered, checked to be made of
/// its own nodes, read back (the learner's code pays the same in the solution binary's glue).
pub fn reference(head: Vec<i32>) -> Vec<i32> {
    let mut list = nodes::list(&head);
    let before = nodes::fingerprint(&list);
    reorder_list(&mut list);
    nodes::assert_same_nodes(before, &list, "reorder_list");
    nodes::into_values(list)
}

const MAX_NODES: usize = 50_000;
const MAX_VALUE: i32 = 1000;

impl FunctionProblem for Problem {
    type Input = Input;
    type Output = Vec<i32>;
    const PARAMETERS: &'static [&'static str] = &["head"];

    fn reference(input: Input) -> Vec<i32> {
        reference(input.head)
    }

    fn oracle(input: Input) -> Vec<i32> {
        // Without nodes: take from the front and the back alternately.
        let values = input.head;
        let (mut i, mut j) = (0, values.len());
        let mut out = Vec::with_capacity(values.len());
        while i < j {
            out.push(values[i]);
            i += 1;
            if i < j {
                j -= 1;
                out.push(values[j]);
            }
        }
        out
    }

    fn strategy() -> BoxedStrategy<Input> {
        prop_oneof![
            prop::collection::vec(1..=4, 1..=9),
            prop::collection::vec(1..=MAX_VALUE, 1..=60),
        ]
        .prop_map(|head| Input { head })
        .boxed()
    }

    fn stress() -> Vec<StressFamily<Input>> {
        vec![
            StressFamily {
                // Walking to the tail for every node moved is quadratic.
                name: "the longest list, random values",
                max_n: MAX_NODES,
                generate: |n, gen| Input {
                    head: gen.ints(n, 1, MAX_VALUE),
                },
            },
            StressFamily {
                name: "the longest list, ascending values",
                max_n: MAX_NODES,
                generate: |n, _| Input {
                    head: (0..n)
                        .map(|i| 1 + (i % MAX_VALUE as usize) as i32)
                        .collect(),
                },
            },
            StressFamily {
                name: "an odd length, all values equal",
                max_n: MAX_NODES - 1,
                generate: |n, _| Input {
                    head: vec![MAX_VALUE; n | 1],
                },
            },
        ]
    }

    fn validate(input: &Input) -> Result<(), String> {
        constraint::length("the list", input.head.len(), 1..=MAX_NODES)?;
        constraint::each_within("Node.val", &input.head, 1..=MAX_VALUE)
    }

    fn check(_input: &Input, expected: &Vec<i32>, got: &Vec<i32>) -> Checked {
        nodes::check_list(expected, got)
    }
}

/// The harness's entry point: the glue builds the learner's list, calls `reorder_list` on it,
/// checks that its nodes are the input's own, and answers with the list after the call.
pub fn judge(solve: fn(Vec<i32>) -> Vec<i32>) -> ! {
    judge_engine::judge::<Problem>(&|input: Input| solve(input.head))
}

#[cfg(test)]
mod tests {
    use super::*;

    judge_engine::standard_tests!(Problem);

    #[test]
    fn examples_and_short_lists() {
        assert_eq!(reference(vec![1, 2, 3, 4]), vec![1, 4, 2, 3]);
        assert_eq!(reference(vec![1, 2, 3, 4, 5]), vec![1, 5, 2, 4, 3]);
        assert_eq!(reference(vec![1]), vec![1]);
        assert_eq!(reference(vec![1, 2]), vec![1, 2]);
    }

    #[test]
    #[should_panic(expected = "own nodes")]
    fn fresh_nodes_are_caught() {
        let list = nodes::list(&[1, 2, 3]);
        let before = nodes::fingerprint(&list);
        nodes::assert_same_nodes(before, &list, "reorder_list");
        let fresh = nodes::list(&[1, 2, 3]);
        nodes::assert_same_nodes(before, &fresh, "reorder_list");
    }
}
