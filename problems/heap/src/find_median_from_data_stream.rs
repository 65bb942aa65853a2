//! Find Median from Data Stream (LeetCode 295), a design problem. Target: O(log n) per addNum and
//! O(1) per findMedian, with two heaps around the middle. Answers within 1e-5 of the median are
//! accepted, as on LeetCode.

use std::cmp::Reverse;
use std::collections::BinaryHeap;

use judge_engine::prelude::*;

/// The interface the judge calls; the harness adapts the learner's `MedianFinder` to it.
pub trait Api {
    fn add_num(&mut self, num: i32);
    fn find_median(&mut self) -> f64;
}

/// The reference: a max-heap of the lower half and a min-heap of the upper half; the lower half
/// holds as many values as the upper half, or one more.
#[derive(Default)]
pub struct TwoHeaps {
    lower: BinaryHeap<i32>,
    upper: BinaryHeap<Reverse<i32>>,
}

impl Api for TwoHeaps {
    fn add_num(&mut self, num: i32) {
        self.lower.push(num);
        let largest_low = self.lower.pop().expect("just pushed");
        self.upper.push(Reverse(largest_low));
        if self.upper.len() > self.lower.len() {
            let Reverse(smallest_high) = self.upper.pop().expect("not empty");
            self.lower.push(smallest_high);
        }
    }
    fn find_median(&mut self) -> f64 {
        let low = f64::from(*self.lower.peek().expect("findMedian after an addNum"));
        if self.lower.len() > self.upper.len() {
            low
        } else {
            let Reverse(high) = *self.upper.peek().expect("both halves hold values");
            (low + f64::from(high)) / 2.0
        }
    }
}

/// The oracle: every value kept; each question sorts a copy and reads the middle.
#[derive(Default)]
pub struct SortEachTime {
    values: Vec<i64>,
}

impl Api for SortEachTime {
    fn add_num(&mut self, num: i32) {
        self.values.push(i64::from(num));
    }
    fn find_median(&mut self) -> f64 {
        let mut sorted = self.values.clone();
        sorted.sort_unstable();
        let n = sorted.len();
        // Twice the median is an integer; halve it once, exactly.
        let twice = if n % 2 == 1 {
            2 * sorted[n / 2]
        } else {
            sorted[n / 2 - 1] + sorted[n / 2]
        };
        twice as f64 / 2.0
    }
}

pub struct Problem;

const MAX_CALLS: usize = 50_000;
const MAX_VALUE: i64 = 100_000;
/// LeetCode accepts answers within 10^-5 of the actual median.
const TOLERANCE: f64 = 1e-5;

/// The median of integers is a multiple of 0.5: an answer within the tolerance of one is read as
/// that multiple, so that the exact comparison of answers applies LeetCode's tolerance.
fn within_tolerance(answer: f64) -> f64 {
    let nearest = (answer * 2.0).round() / 2.0;
    if (answer - nearest).abs() <= TOLERANCE {
        nearest
    } else {
        answer
    }
}

/// `calls` operations, the first an addNum; `add_percent` of the rest are addNum, with values from
/// `value`.
fn sequence(
    calls: usize,
    gen: &mut Gen,
    add_percent: i64,
    mut value: impl FnMut(&mut Gen, usize) -> i64,
) -> Sequence {
    let mut sequence = Sequence::new("MedianFinder");
    for i in 1..calls {
        if i == 1 || gen.int(0, 99) < add_percent {
            sequence.push("addNum", vec![json!(value(gen, i))]);
        } else {
            sequence.push("findMedian", vec![]);
        }
    }
    sequence
}

impl DesignProblem for Problem {
    type Api = dyn Api;
    const CLASS: &'static str = "MedianFinder";

    fn reference(_constructor: &[Value]) -> Box<dyn Api> {
        Box::<TwoHeaps>::default()
    }

    fn oracle(_constructor: &[Value]) -> Box<dyn Api> {
        Box::<SortEachTime>::default()
    }

    fn call(object: &mut Self::Api, operation: &str, arguments: &[Value]) -> Result<Value, String> {
        Ok(match operation {
            "addNum" => {
                object.add_num(int_argument(arguments, 0)?);
                Value::Null
            }
            "findMedian" => Value::from(within_tolerance(object.find_median())),
            other => return Err(format!("MedianFinder has no operation `{other}`")),
        })
    }

    fn strategy() -> BoxedStrategy<Sequence> {
        // Few distinct values make equal middles and even counts common.
        (
            1..40usize,
            any::<u64>(),
            prop_oneof![Just(3i64), Just(MAX_VALUE)],
        )
            .prop_map(|(calls, seed, bound)| {
                let mut gen = Gen::new(seed);
                sequence(calls + 1, &mut gen, 55, move |gen, _| {
                    gen.int(-bound, bound)
                })
            })
            .boxed()
    }

    fn stress() -> Vec<StressFamily<Sequence>> {
        vec![
            StressFamily {
                // Sorting on every question is O(n log n) a call.
                name: "random values, findMedian after each addNum",
                max_n: MAX_CALLS,
                generate: |n, gen| {
                    let mut sequence = Sequence::new("MedianFinder");
                    while sequence.len() + 2 <= n {
                        sequence.push("addNum", vec![json!(gen.int(-MAX_VALUE, MAX_VALUE))]);
                        sequence.push("findMedian", vec![]);
                    }
                    sequence
                },
            },
            StressFamily {
                // Each value goes to the front of a sorted vector: an O(n) insertion every time.
                name: "decreasing values, almost all addNum",
                max_n: MAX_CALLS,
                generate: |n, gen| {
                    sequence(n, gen, 99, |_, i| {
                        MAX_VALUE - (i as i64 % (2 * MAX_VALUE + 1))
                    })
                },
            },
            StressFamily {
                name: "all equal, mixed",
                max_n: MAX_CALLS,
                generate: |n, gen| {
                    let value = gen.int(-MAX_VALUE, MAX_VALUE);
                    sequence(n, gen, 60, move |_, _| value)
                },
            },
            StressFamily {
                name: "random values, mostly addNum",
                max_n: MAX_CALLS,
                generate: |n, gen| sequence(n, gen, 90, |gen, _| gen.int(-MAX_VALUE, MAX_VALUE)),
            },
        ]
    }

    fn validate(sequence: &Sequence) -> Result<(), String> {
        let calls = sequence.len() - 1;
        if calls > MAX_CALLS {
            return Err(format!("{calls} calls; at most {MAX_CALLS} are made"));
        }
        let mut size = 0usize;
        for (i, (operation, arguments)) in sequence
            .operations
            .iter()
            .zip(&sequence.arguments)
            .enumerate()
            .skip(1)
        {
            match operation.as_str() {
                "addNum" => {
                    let num =
                        int_argument(arguments, 0).map_err(|e| format!("operation {i}: {e}"))?;
                    if !(-MAX_VALUE..=MAX_VALUE).contains(&i64::from(num)) {
                        return Err(format!(
                            "operation {i}: addNum({num}); allowed -{MAX_VALUE}..={MAX_VALUE}"
                        ));
                    }
                    size += 1;
                }
                "findMedian" if size == 0 => {
                    return Err(format!(
                        "operation {i} (findMedian) before any addNum; LeetCode never does that"
                    ))
                }
                "findMedian" => {}
                other => return Err(format!("operation {i}: unknown operation `{other}`")),
            }
        }
        Ok(())
    }
}

/// The reference as the judge runs it when verifying the problem.
pub fn reference() -> Box<dyn Api> {
    Problem::reference(&[])
}

/// The harness's entry point: `new` builds the learner's MedianFinder behind the interface.
pub fn judge(new: fn() -> Box<dyn Api>) -> ! {
    judge_engine::judge::<Design<Problem>>(&|sequence: Sequence| {
        judge_engine::design::run_owned::<Problem>(new(), sequence)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    judge_engine::standard_tests!(Design<Problem>);

    #[test]
    fn answers_within_the_tolerance_are_read_as_the_median() {
        assert_eq!(within_tolerance(2.500_004), 2.5);
        assert_eq!(within_tolerance(-3.000_009_9), -3.0);
        assert_eq!(within_tolerance(2.0), 2.0);
        assert_eq!(within_tolerance(2.000_1), 2.000_1);
        assert_eq!(within_tolerance(2.25), 2.25);
    }
}
