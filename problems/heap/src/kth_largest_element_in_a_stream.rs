//! Kth Largest Element in a Stream (LeetCode 703), a design problem. Target: O(log k) per `add`
//! with a min-heap that holds only the k largest values seen, whose top is the answer. The
//! constructor takes `k` and the starting values: sequences start
//! `["KthLargest", ...], [[k, nums], ...]`.

use std::cmp::Reverse;
use std::collections::BinaryHeap;

use judge_engine::prelude::*;

/// The interface the judge calls; the harness adapts the learner's `KthLargest` to it.
pub trait Api {
    fn add(&mut self, val: i32) -> i32;
}

/// The reference: a min-heap of at most k values, the k largest so far.
pub struct KLargest {
    k: usize,
    heap: BinaryHeap<Reverse<i32>>,
}

impl KLargest {
    pub fn new(k: usize, nums: &[i32]) -> Self {
        let mut this = KLargest {
            k,
            heap: BinaryHeap::with_capacity(k + 1),
        };
        for &num in nums {
            this.offer(num);
        }
        this
    }

    fn offer(&mut self, val: i32) {
        if self.heap.len() < self.k {
            self.heap.push(Reverse(val));
        } else if let Some(mut top) = self.heap.peek_mut() {
            if val > top.0 {
                *top = Reverse(val);
            }
        }
    }
}

impl Api for KLargest {
    fn add(&mut self, val: i32) -> i32 {
        self.offer(val);
        self.heap
            .peek()
            .expect("at least k values by the constraints")
            .0
    }
}

/// The oracle: every value kept in descending order (binary search and insert); the answer is
/// the k-th of them.
pub struct SortedAll {
    k: usize,
    descending: Vec<i32>,
}

impl Api for SortedAll {
    fn add(&mut self, val: i32) -> i32 {
        let at = self.descending.partition_point(|&x| x > val);
        self.descending.insert(at, val);
        self.descending[self.k - 1]
    }
}

pub struct Problem;

const MAX_K: usize = 10_000;
const MAX_LEN: usize = 10_000;
const MAX_CALLS: usize = 10_000;
const MAX_VALUE: i64 = 10_000;

fn constructor(arguments: &[Value]) -> (usize, Vec<i32>) {
    let k: usize = argument(arguments, 0).expect("KthLargest(k, nums): k");
    let nums: Vec<i32> = argument(arguments, 1).expect("KthLargest(k, nums): nums");
    (k, nums)
}

/// A sequence: `KthLargest(k, nums)` then one `add` per value of `adds`.
fn adding(k: usize, nums: Vec<i32>, adds: impl IntoIterator<Item = i64>) -> Sequence {
    let mut sequence = Sequence::with_constructor("KthLargest", vec![json!(k), json!(nums)]);
    for val in adds {
        sequence.push("add", vec![json!(val)]);
    }
    sequence
}

impl DesignProblem for Problem {
    type Api = dyn Api;
    const CLASS: &'static str = "KthLargest";

    fn reference(arguments: &[Value]) -> Box<dyn Api> {
        let (k, nums) = constructor(arguments);
        Box::new(KLargest::new(k, &nums))
    }

    fn oracle(arguments: &[Value]) -> Box<dyn Api> {
        let (k, mut nums) = constructor(arguments);
        nums.sort_unstable_by(|a, b| b.cmp(a));
        Box::new(SortedAll {
            k,
            descending: nums,
        })
    }

    fn call(object: &mut Self::Api, operation: &str, arguments: &[Value]) -> Result<Value, String> {
        match operation {
            "add" => Ok(Value::from(object.add(int_argument(arguments, 0)?))),
            other => Err(format!("KthLargest has no operation `{other}`")),
        }
    }

    fn strategy() -> BoxedStrategy<Sequence> {
        // Small values so that ties with the k-th largest are common; k up to one more than the
        // starting values, as the constraints allow.
        (
            prop::collection::vec(-5..=5i32, 0..8),
            prop::collection::vec(-6..=6i64, 1..20),
            any::<u64>(),
        )
            .prop_map(|(nums, adds, seed)| {
                let k = 1 + Gen::new(seed).index(nums.len() + 1);
                adding(k, nums, adds)
            })
            .boxed()
    }

    fn stress() -> Vec<StressFamily<Sequence>> {
        vec![
            StressFamily {
                // Sorting all values on every add is O(n log n) per call.
                name: "k = n/2 of n random values, then n random adds",
                max_n: MAX_CALLS,
                generate: |n, gen| {
                    let nums = gen.ints(n, -(MAX_VALUE as i32), MAX_VALUE as i32);
                    let adds: Vec<i64> = (0..n).map(|_| gen.int(-MAX_VALUE, MAX_VALUE)).collect();
                    adding((n / 2).max(1), nums, adds)
                },
            },
            StressFamily {
                // Every add enters the k largest: a heap that is not trimmed to k grows.
                name: "k = n, ascending adds that all enter the top k",
                max_n: MAX_CALLS,
                generate: |n, _| {
                    let nums: Vec<i32> = (0..n as i32).map(|i| i - MAX_VALUE as i32).collect();
                    adding(n, nums, (0..n as i64).map(|i| i.min(MAX_VALUE)))
                },
            },
            StressFamily {
                name: "k = 1, no starting values, descending adds",
                max_n: MAX_CALLS,
                generate: |n, _| adding(1, vec![], (0..n as i64).map(|i| MAX_VALUE - i)),
            },
        ]
    }

    fn validate(sequence: &Sequence) -> Result<(), String> {
        let calls = sequence.len() - 1;
        if calls > MAX_CALLS {
            return Err(format!(
                "{calls} calls to add; at most {MAX_CALLS} are made"
            ));
        }
        let constructor = sequence.constructor();
        let k: i64 =
            argument(constructor, 0).map_err(|e| format!("KthLargest(k, nums), k: {e}"))?;
        let nums: Vec<i32> =
            argument(constructor, 1).map_err(|e| format!("KthLargest(k, nums), nums: {e}"))?;
        constraint::within("k", k, 1..=MAX_K as i64)?;
        constraint::length("nums", nums.len(), 0..=MAX_LEN)?;
        constraint::each_within("nums", &nums, -(MAX_VALUE as i32)..=MAX_VALUE as i32)?;
        if calls > 0 && k > nums.len() as i64 + 1 {
            return Err(format!(
                "k = {k} with {} starting values: the first add would have no k-th largest",
                nums.len()
            ));
        }
        for (i, (operation, arguments)) in sequence
            .operations
            .iter()
            .zip(&sequence.arguments)
            .enumerate()
            .skip(1)
        {
            if operation != "add" {
                return Err(format!("operation {i}: unknown operation `{operation}`"));
            }
            let val: i64 = argument(arguments, 0).map_err(|e| format!("operation {i}: {e}"))?;
            constraint::within("val", val, -MAX_VALUE..=MAX_VALUE)
                .map_err(|e| format!("operation {i}: {e}"))?;
        }
        Ok(())
    }
}

/// The reference as the judge runs it when verifying the problem.
pub fn reference(k: i32, nums: Vec<i32>) -> Box<dyn Api> {
    Box::new(KLargest::new(k as usize, &nums))
}

/// The harness's entry point: `new` builds the learner's KthLargest from the sequence's k and nums.
pub fn judge(new: fn(i32, Vec<i32>) -> Box<dyn Api>) -> ! {
    judge_engine::judge::<Design<Problem>>(&|sequence: Sequence| {
        let (k, nums) = constructor(sequence.constructor());
        judge_engine::design::run_owned::<Problem>(new(k as i32, nums), sequence)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    judge_engine::standard_tests!(Design<Problem>);

    #[test]
    fn leetcodes_example() {
        let mut stream = KLargest::new(3, &[4, 5, 8, 2]);
        let answers: Vec<i32> = [3, 5, 10, 9, 4].iter().map(|&v| stream.add(v)).collect();
        assert_eq!(answers, vec![4, 5, 5, 8, 8]);
    }
}
