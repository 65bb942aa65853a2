//! Reverse Nodes in k-Group (LeetCode 25). Target: O(n) time, O(1) extra space: reverse each full
//! group of k nodes as it is reached, leave a last partial group as it is.

use judge_engine::prelude::*;

#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Input {
    pub head: Vec<i32>,
    pub k: i32,
}

pub struct Problem;

/// LeetCode's method: count the nodes; for each of the `len / k` full groups, move its k nodes one
/// by one onto the front of a reversed group and append that group at the answer's tail.
pub fn reverse_k_group(head: Option<Box<ListNode>>, k: i32) -> Option<Box<ListNode>> {
    let k = k as usize;
    let mut len = 0usize;
    let mut node = head.as_deref();
    while let Some(current) = node {
        len += 1;
        node = current.next.as_deref();
    }
    let mut rest = head;
    let mut answer = None;
    let mut tail = &mut answer;
    for _ in 0..len / k {
        let mut group = None;
        for _ in 0..k {
            let mut node = rest.take().expect("a full group");
            rest = node.next.take();
            node.next = group;
            group = Some(node);
        }
        *tail = group;
        while let Some(node) = tail {
            tail = &mut node.next;
        }
    }
    *tail = rest;
    answer
}

/// The reference as the judge calls it: building, the check that the answer is made of the
/// input's own nodes with their values (LeetCode: only nodes may be changed), and reading, as the
/// learner's code pays too (`keeps_nodes` in the data).
pub fn reference(head: Vec<i32>, k: i32) -> Vec<i32> {
    let list = nodes::list(&head);
    let before = nodes::fingerprint(&list);
    let answer = reverse_k_group(list, k);
    nodes::assert_same_nodes(before, &answer, "reverse_k_group");
    nodes::into_values(answer)
}

const MAX_NODES: usize = 5000;
const MAX_VALUE: i32 = 1000;

impl FunctionProblem for Problem {
    type Input = Input;
    type Output = Vec<i32>;
    const PARAMETERS: &'static [&'static str] = &["head", "k"];

    fn reference(input: Input) -> Vec<i32> {
        reference(input.head, input.k)
    }

    fn oracle(input: Input) -> Vec<i32> {
        // Without nodes: reverse each full chunk of the values.
        let k = input.k as usize;
        let mut values = input.head;
        let full = values.len() / k * k;
        for chunk in values[..full].chunks_mut(k) {
            chunk.reverse();
        }
        values
    }

    fn strategy() -> BoxedStrategy<Input> {
        prop_oneof![
            prop::collection::vec(0..=3, 1..=10),
            prop::collection::vec(0..=MAX_VALUE, 1..=50),
        ]
        .prop_flat_map(|head| {
            let len = head.len() as i32;
            (Just(head), 1..=len)
        })
        .prop_map(|(head, k)| Input { head, k })
        .boxed()
    }

    fn stress() -> Vec<StressFamily<Input>> {
        // Reversing a group by moving nodes one at a time to its end, or by walking to the
        // group's last node for every node, is O(k) per node: quadratic when k is close to n.
        vec![
            StressFamily {
                name: "k = n: the whole list is one group",
                max_n: MAX_NODES,
                generate: |n, gen| Input {
                    head: gen.ints(n, 0, MAX_VALUE),
                    k: n as i32,
                },
            },
            StressFamily {
                name: "k = n/2 + 1: one full group and a long partial one",
                max_n: MAX_NODES,
                generate: |n, gen| Input {
                    head: gen.ints(n, 0, MAX_VALUE),
                    k: (n / 2 + 1).min(n) as i32,
                },
            },
            StressFamily {
                name: "k = 2",
                max_n: MAX_NODES,
                generate: |n, gen| Input {
                    head: gen.ints(n, 0, MAX_VALUE),
                    k: 2.min(n) as i32,
                },
            },
            StressFamily {
                name: "k = 1: nothing moves",
                max_n: MAX_NODES,
                generate: |n, gen| Input {
                    head: gen.ints(n, 0, MAX_VALUE),
                    k: 1,
                },
            },
            StressFamily {
                name: "k = 71: many groups and a partial one",
                max_n: MAX_NODES,
                generate: |n, gen| Input {
                    head: gen.ints(n, 0, MAX_VALUE),
                    k: 71.min(n) as i32,
                },
            },
        ]
    }

    fn validate(input: &Input) -> Result<(), String> {
        let n = input.head.len();
        constraint::length("the list", n, 1..=MAX_NODES)?;
        constraint::each_within("Node.val", &input.head, 0..=MAX_VALUE)?;
        if input.k < 1 || input.k as usize > n {
            return Err(format!(
                "k = {}; allowed 1..={n} (the list's length)",
                input.k
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
    judge_engine::judge::<Problem>(&|input: Input| solve(input.head, input.k))
}

#[cfg(test)]
mod tests {
    use super::*;

    judge_engine::standard_tests!(Problem);

    #[test]
    fn examples() {
        assert_eq!(reference(vec![1, 2, 3, 4, 5], 2), vec![2, 1, 4, 3, 5]);
        assert_eq!(reference(vec![1, 2, 3, 4, 5], 3), vec![3, 2, 1, 4, 5]);
        assert_eq!(reference(vec![1], 1), vec![1]);
    }
}
