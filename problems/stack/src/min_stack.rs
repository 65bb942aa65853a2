//! Min Stack (LeetCode 155), a design problem. Target: O(1) for every operation, including getMin.

use judge_engine::prelude::*;

/// The interface the judge calls; the harness adapts the learner's `MinStack` to it.
pub trait Api {
    fn push(&mut self, val: i32);
    fn pop(&mut self);
    fn top(&mut self) -> i32;
    fn get_min(&mut self) -> i32;
}

/// The reference: each entry remembers the minimum of the stack up to and including itself.
#[derive(Default)]
pub struct PairStack {
    entries: Vec<(i32, i32)>,
}

impl Api for PairStack {
    fn push(&mut self, val: i32) {
        let min = self.entries.last().map_or(val, |&(_, min)| min.min(val));
        self.entries.push((val, min));
    }
    fn pop(&mut self) {
        self.entries.pop();
    }
    fn top(&mut self) -> i32 {
        self.entries.last().expect("top on a non-empty stack").0
    }
    fn get_min(&mut self) -> i32 {
        self.entries.last().expect("getMin on a non-empty stack").1
    }
}

/// The oracle: a plain vector, scanned for the minimum.
#[derive(Default)]
pub struct ScanStack {
    values: Vec<i32>,
}

impl Api for ScanStack {
    fn push(&mut self, val: i32) {
        self.values.push(val);
    }
    fn pop(&mut self) {
        self.values.pop();
    }
    fn top(&mut self) -> i32 {
        *self.values.last().expect("top on a non-empty stack")
    }
    fn get_min(&mut self) -> i32 {
        *self
            .values
            .iter()
            .min()
            .expect("getMin on a non-empty stack")
    }
}

pub struct Problem;

const MAX_CALLS: usize = 30_000;

/// Builds a sequence of `calls` operations that never pops, tops or asks the minimum of an empty
/// stack, drawing values from `value`.
fn sequence(
    calls: usize,
    gen: &mut Gen,
    push_weight: u64,
    mut value: impl FnMut(&mut Gen, usize) -> i64,
) -> Sequence {
    let mut sequence = Sequence::new("MinStack");
    let mut size = 0usize;
    for i in 1..calls {
        let choice = gen.int(0, 99) as u64;
        if size == 0 || choice < push_weight {
            sequence.push("push", vec![json!(value(gen, i))]);
            size += 1;
        } else if choice < push_weight + (100 - push_weight) / 4 {
            sequence.push("pop", vec![]);
            size -= 1;
        } else if choice.is_multiple_of(2) {
            sequence.push("top", vec![]);
        } else {
            sequence.push("getMin", vec![]);
        }
    }
    sequence
}

impl DesignProblem for Problem {
    type Api = dyn Api;
    const CLASS: &'static str = "MinStack";

    fn reference(_constructor: &[Value]) -> Box<dyn Api> {
        Box::<PairStack>::default()
    }

    fn oracle(_constructor: &[Value]) -> Box<dyn Api> {
        Box::<ScanStack>::default()
    }

    fn call(object: &mut Self::Api, operation: &str, arguments: &[Value]) -> Result<Value, String> {
        Ok(match operation {
            "push" => {
                object.push(int_argument(arguments, 0)?);
                Value::Null
            }
            "pop" => {
                object.pop();
                Value::Null
            }
            "top" => Value::from(object.top()),
            "getMin" => Value::from(object.get_min()),
            other => return Err(format!("MinStack has no operation `{other}`")),
        })
    }

    fn strategy() -> BoxedStrategy<Sequence> {
        // Few distinct values, so equal minimums (the classic bug) are common. The oracle scans the
        // stack for each getMin: up to 1000 calls.
        (
            gen::size(1..=39, 1000),
            any::<u64>(),
            prop_oneof![Just(3i64), Just(i64::from(i32::MAX))],
        )
            .prop_map(|(calls, seed, bound)| {
                let mut gen = Gen::new(seed);
                sequence(calls + 1, &mut gen, 45, move |gen, _| {
                    gen.int(-bound, bound.min(i64::from(i32::MAX)))
                })
            })
            .boxed()
    }

    fn stress() -> Vec<StressFamily<Sequence>> {
        vec![
            StressFamily {
                // A tall stack, then questions: an O(n) getMin scans all of it each time.
                name: "push half, then getMin",
                max_n: MAX_CALLS,
                generate: |n, gen| {
                    let mut sequence = Sequence::new("MinStack");
                    for _ in 0..(n / 2).max(1) {
                        sequence.push("push", vec![json!(gen.int(-1_000_000_000, 1_000_000_000))]);
                    }
                    while sequence.len() < n {
                        sequence.push("getMin", vec![]);
                    }
                    sequence
                },
            },
            StressFamily {
                // The minimum is popped again and again: a solution that recomputes it on pop is O(n).
                name: "decreasing pushes, then pop and getMin",
                max_n: MAX_CALLS,
                generate: |n, _| {
                    let mut sequence = Sequence::new("MinStack");
                    let pushes = n / 2;
                    for i in 0..pushes {
                        sequence.push("push", vec![json!(1_000_000 - i as i64)]);
                    }
                    while sequence.len() + 2 <= n && sequence.len() < 2 * pushes - 1 {
                        sequence.push("pop", vec![]);
                        sequence.push("getMin", vec![]);
                    }
                    sequence
                },
            },
            StressFamily {
                name: "random mix",
                max_n: MAX_CALLS,
                generate: |n, gen| {
                    sequence(n, gen, 60, |gen, _| {
                        gen.int(i64::from(i32::MIN), i64::from(i32::MAX))
                    })
                },
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
                "push" => {
                    argument::<i32>(arguments, 0).map_err(|e| format!("operation {i}: {e}"))?;
                    size += 1;
                }
                "pop" | "top" | "getMin" if size == 0 => {
                    return Err(format!(
                        "operation {i} ({operation}) on an empty stack; LeetCode never does that"
                    ))
                }
                "pop" => size -= 1,
                "top" | "getMin" => {}
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

/// The harness's entry point: `new` builds the learner's MinStack behind the interface.
pub fn judge(new: fn() -> Box<dyn Api>) -> ! {
    judge_engine::judge::<Design<Problem>>(&|sequence: Sequence| {
        judge_engine::design::run_owned::<Problem>(new(), sequence)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    judge_engine::standard_tests!(Design<Problem>);
}
