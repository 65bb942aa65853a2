//! Merge Two Sorted Lists (LeetCode 21). Target: O(n + m) time, O(1) extra space: splice the
//! smaller head onto the answer's tail, one node at a time.

use judge_engine::prelude::*;

#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Input {
    pub list1: Vec<i32>,
    pub list2: Vec<i32>,
}

pub struct Problem;

/// LeetCode's method: a cursor on the answer's last link; the smaller of the two heads moves onto
/// it, then the rest of whichever list remains is attached whole.
pub fn merge_two_lists(
    mut list1: Option<Box<ListNode>>,
    mut list2: Option<Box<ListNode>>,
) -> Option<Box<ListNode>> {
    let mut merged = None;
    let mut tail = &mut merged;
    while let (Some(a), Some(b)) = (&list1, &list2) {
        let source = if a.val <= b.val {
            &mut list1
        } else {
            &mut list2
        };
        let mut node = source.take().expect("both lists have a head here");
        *source = node.next.take();
        tail = &mut tail.insert(node).next;
    }
    *tail = list1.or(list2);
    merged
}

/// The reference as the judge calls it (building and reading, as the learner's code pays too).
pub fn reference(list1: Vec<i32>, list2: Vec<i32>) -> Vec<i32> {
    nodes::into_values(merge_two_lists(nodes::list(&list1), nodes::list(&list2)))
}

const MAX_NODES: usize = 50;
const MAX_VALUE: i32 = 100;

/// A sorted list of up to `max_len` values in `-bound..=bound`.
fn sorted(bound: i32, max_len: usize) -> BoxedStrategy<Vec<i32>> {
    crate::values(-bound, bound, max_len)
        .prop_map(|mut values| {
            values.sort_unstable();
            values
        })
        .boxed()
}

fn sorted_ints(n: usize, gen: &mut Gen, low: i32, high: i32) -> Vec<i32> {
    let mut values = gen.ints(n, low, high);
    values.sort_unstable();
    values
}

impl FunctionProblem for Problem {
    type Input = Input;
    type Output = Vec<i32>;
    const PARAMETERS: &'static [&'static str] = &["list1", "list2"];

    fn reference(input: Input) -> Vec<i32> {
        reference(input.list1, input.list2)
    }

    fn oracle(input: Input) -> Vec<i32> {
        // Without nodes: both lists' values, sorted.
        let mut all = [input.list1, input.list2].concat();
        all.sort();
        all
    }

    fn strategy() -> BoxedStrategy<Input> {
        prop_oneof![
            (sorted(3, 8), sorted(3, 8)),
            (sorted(MAX_VALUE, MAX_NODES), sorted(MAX_VALUE, MAX_NODES)),
        ]
        .prop_map(|(list1, list2)| Input { list1, list2 })
        .boxed()
    }

    fn stress() -> Vec<StressFamily<Input>> {
        vec![
            StressFamily {
                name: "both lists full, values interleaved",
                max_n: MAX_NODES,
                generate: |n, gen| Input {
                    list1: sorted_ints(n, gen, -MAX_VALUE, MAX_VALUE),
                    list2: sorted_ints(n, gen, -MAX_VALUE, MAX_VALUE),
                },
            },
            StressFamily {
                name: "every value of the first list below the second's",
                max_n: MAX_NODES,
                generate: |n, gen| Input {
                    list1: sorted_ints(n, gen, -MAX_VALUE, -1),
                    list2: sorted_ints(n, gen, 0, MAX_VALUE),
                },
            },
            StressFamily {
                name: "all values equal",
                max_n: MAX_NODES,
                generate: |n, _| Input {
                    list1: vec![7; n],
                    list2: vec![7; n],
                },
            },
        ]
    }

    fn validate(input: &Input) -> Result<(), String> {
        for (name, list) in [("list1", &input.list1), ("list2", &input.list2)] {
            constraint::length(name, list.len(), 0..=MAX_NODES)?;
            constraint::each_within(name, list, -MAX_VALUE..=MAX_VALUE)?;
            if let Some(i) = list.windows(2).position(|w| w[0] > w[1]) {
                return Err(format!(
                    "{name} is not sorted: {name}[{i}] = {} comes before {}",
                    list[i],
                    list[i + 1]
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
    judge_engine::judge::<Problem>(&|input: Input| solve(input.list1, input.list2))
}

#[cfg(test)]
mod tests {
    use super::*;

    judge_engine::standard_tests!(Problem);

    #[test]
    fn empty_lists() {
        assert_eq!(reference(vec![], vec![]), Vec::<i32>::new());
        assert_eq!(reference(vec![], vec![0]), vec![0]);
        assert_eq!(
            reference(vec![1, 2, 4], vec![1, 3, 4]),
            vec![1, 1, 2, 3, 4, 4]
        );
    }
}
