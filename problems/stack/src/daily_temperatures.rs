//! Daily Temperatures (LeetCode 739). Target: O(n) with a stack of days still waiting for a warmer
//! one.

use judge_engine::prelude::*;

#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Input {
    pub temperatures: Vec<i32>,
}

pub struct Problem;

/// The reference: the stack holds days whose answer is unknown, their temperatures non-increasing
/// from bottom to top; a warmer day answers every colder day on top.
pub fn reference(temperatures: Vec<i32>) -> Vec<i32> {
    let mut answer = vec![0; temperatures.len()];
    let mut waiting: Vec<usize> = Vec::with_capacity(temperatures.len());
    for (day, &t) in temperatures.iter().enumerate() {
        while let Some(&colder) = waiting.last() {
            if temperatures[colder] >= t {
                break;
            }
            waiting.pop();
            answer[colder] = (day - colder) as i32;
        }
        waiting.push(day);
    }
    answer
}

const MAX_N: usize = 100_000;
const LOW: i32 = 30;
const HIGH: i32 = 100;

impl FunctionProblem for Problem {
    type Input = Input;
    type Output = Vec<i32>;
    const PARAMETERS: &'static [&'static str] = &["temperatures"];

    fn reference(input: Input) -> Vec<i32> {
        reference(input.temperatures)
    }

    /// With only 71 possible temperatures: walk the days backwards, remembering the next day on
    /// which each temperature occurs; a day's answer is the nearest of those for warmer values.
    fn oracle(input: Input) -> Vec<i32> {
        let t = &input.temperatures;
        let mut next_day_with = [usize::MAX; (HIGH + 1) as usize];
        let mut answer = vec![0; t.len()];
        for day in (0..t.len()).rev() {
            let warmer = next_day_with[(t[day] + 1) as usize..]
                .iter()
                .copied()
                .min()
                .unwrap_or(usize::MAX);
            if warmer != usize::MAX {
                answer[day] = (warmer - day) as i32;
            }
            next_day_with[t[day] as usize] = day;
        }
        answer
    }

    fn strategy() -> BoxedStrategy<Input> {
        // Narrow ranges make equal temperatures (which are not warmer) common. The oracle looks at
        // the 71 temperatures for every day: up to a few thousand days.
        (
            gen::size(1..=40, 1000),
            prop_oneof![Just(2), Just(5), Just(HIGH - LOW)],
        )
            .prop_flat_map(|(n, spread)| prop::collection::vec(LOW..=LOW + spread, n))
            .prop_map(|temperatures| Input { temperatures })
            .boxed()
    }

    fn stress() -> Vec<StressFamily<Input>> {
        vec![
            StressFamily {
                // No day ever gets warmer: scanning ahead from each day reads the rest of the array.
                name: "every day the same temperature",
                max_n: MAX_N,
                generate: |n, gen| Input {
                    temperatures: vec![gen.int(LOW.into(), HIGH.into()) as i32; n],
                },
            },
            StressFamily {
                // Every day waits for the very last one.
                name: "a long plateau, then one warmer day at the end",
                max_n: MAX_N,
                generate: |n, _| {
                    let mut temperatures = vec![LOW; n];
                    temperatures[n - 1] = HIGH;
                    Input { temperatures }
                },
            },
            StressFamily {
                // Falling runs from 99 to 30 repeated: each day waits for the final 100.
                name: "falling runs, then the warmest day last",
                max_n: MAX_N,
                generate: |n, _| {
                    let span = (HIGH - LOW) as usize;
                    let mut temperatures: Vec<i32> =
                        (0..n).map(|i| HIGH - 1 - (i % span) as i32).collect();
                    temperatures[n - 1] = HIGH;
                    Input { temperatures }
                },
            },
            StressFamily {
                name: "random temperatures",
                max_n: MAX_N,
                generate: |n, gen| Input {
                    temperatures: gen.ints(n, LOW, HIGH),
                },
            },
        ]
    }

    fn validate(input: &Input) -> Result<(), String> {
        let n = input.temperatures.len();
        constraint::length("temperatures", n, 1..=MAX_N)?;
        constraint::each_within("temperatures", &input.temperatures, LOW..=HIGH)?;
        Ok(())
    }
}

/// The harness's entry point for this problem.
pub fn judge(solve: fn(Vec<i32>) -> Vec<i32>) -> ! {
    judge_engine::judge::<Problem>(&|input: Input| solve(input.temperatures))
}

#[cfg(test)]
mod tests {
    use super::*;

    judge_engine::standard_tests!(Problem);
}
