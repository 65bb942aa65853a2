//! Task Scheduler (LeetCode 621). Target: O(m) for m tasks: count the letters; the most frequent
//! ones fix the frame of the schedule (a max-heap of counts with a cooldown queue that jumps over
//! idle stretches is O(m log 26) and meets it too).

use judge_engine::prelude::*;

#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Input {
    pub tasks: Vec<char>,
    pub n: i32,
}

pub struct Problem;

/// The reference: the most frequent letter, seen `top` times, needs `top - 1` gaps of `n + 1`
/// slots, then one last slot for each letter that also has `top` tasks; other tasks fill the gaps,
/// and if they overflow them no idle slot is needed at all.
pub fn reference(tasks: Vec<char>, n: i32) -> i32 {
    let mut counts = [0i32; 26];
    for &task in &tasks {
        counts[(task as u8 - b'A') as usize] += 1;
    }
    let top = *counts.iter().max().expect("26 counts");
    let with_top = counts.iter().filter(|&&c| c == top).count() as i32;
    ((top - 1) * (n + 1) + with_top).max(tasks.len() as i32)
}

const MAX_TASKS: usize = 10_000;
const MAX_N: i32 = 100;
const LETTERS: &str = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";

fn letters(text: &str) -> Vec<char> {
    text.chars().collect()
}

impl FunctionProblem for Problem {
    type Input = Input;
    type Output = i32;
    const PARAMETERS: &'static [&'static str] = &["tasks", "n"];

    fn reference(input: Input) -> i32 {
        reference(input.tasks, input.n)
    }

    fn oracle(input: Input) -> i32 {
        // Simulate slot by slot: run the available letter with the most tasks left (ties to the
        // smaller letter), or stay idle if every letter with tasks left is cooling down.
        let mut left = [0usize; 26];
        for &task in &input.tasks {
            left[(task as u8 - b'A') as usize] += 1;
        }
        let mut ready_at = [0i64; 26];
        let (mut time, mut remaining) = (0i64, input.tasks.len());
        while remaining > 0 {
            let choice = (0..26)
                .filter(|&letter| left[letter] > 0 && ready_at[letter] <= time)
                .max_by_key(|&letter| (left[letter], std::cmp::Reverse(letter)));
            if let Some(letter) = choice {
                left[letter] -= 1;
                remaining -= 1;
                ready_at[letter] = time + i64::from(input.n) + 1;
            }
            time += 1;
        }
        time as i32
    }

    fn strategy() -> BoxedStrategy<Input> {
        // Few letters make frequent ties for the largest count; small n makes the answer often
        // just the number of tasks.
        (
            1..=30usize,
            prop_oneof![Just(1usize), Just(3), Just(26)],
            0..=5i32,
        )
            .prop_flat_map(|(m, alphabet, n)| {
                (
                    prop::collection::vec(0..alphabet, m),
                    prop_oneof![Just(n), Just(MAX_N)],
                )
            })
            .prop_map(|(indices, n)| Input {
                tasks: indices
                    .into_iter()
                    .map(|i| (b'A' + i as u8) as char)
                    .collect(),
                n,
            })
            .boxed()
    }

    fn stress() -> Vec<StressFamily<Input>> {
        vec![
            StressFamily {
                // One letter: the schedule is almost all idle, m·(n + 1) slots long; simulating it
                // slot by slot is O(m·n).
                name: "a single letter, n = 100",
                max_n: MAX_TASKS,
                generate: |m, _| Input {
                    tasks: vec!['A'; m],
                    n: MAX_N,
                },
            },
            StressFamily {
                name: "two letters, n = 100",
                max_n: MAX_TASKS,
                generate: |m, gen| {
                    let mut tasks: Vec<char> =
                        (0..m).map(|i| if i % 2 == 0 { 'A' } else { 'B' }).collect();
                    super::shuffle(&mut tasks, gen);
                    Input { tasks, n: MAX_N }
                },
            },
            StressFamily {
                name: "all 26 letters at random, n = 100",
                max_n: MAX_TASKS,
                generate: |m, gen| Input {
                    tasks: letters(&gen.string(m, LETTERS)),
                    n: MAX_N,
                },
            },
            StressFamily {
                name: "random letters, n = 0",
                max_n: MAX_TASKS,
                generate: |m, gen| Input {
                    tasks: letters(&gen.string(m, LETTERS)),
                    n: 0,
                },
            },
        ]
    }

    fn validate(input: &Input) -> Result<(), String> {
        constraint::length("tasks", input.tasks.len(), 1..=MAX_TASKS)?;
        if let Some((i, c)) = input
            .tasks
            .iter()
            .enumerate()
            .find(|(_, c)| !c.is_ascii_uppercase())
        {
            return Err(format!(
                "tasks[{i}] = {c:?}; tasks are uppercase English letters"
            ));
        }
        if !(0..=MAX_N).contains(&input.n) {
            return Err(format!("n = {}; allowed 0..={MAX_N}", input.n));
        }
        Ok(())
    }
}

/// The harness's entry point for this problem.
pub fn judge(solve: fn(Vec<char>, i32) -> i32) -> ! {
    judge_engine::judge::<Problem>(&|input: Input| solve(input.tasks, input.n))
}

#[cfg(test)]
mod tests {
    use super::*;

    judge_engine::standard_tests!(Problem);
}
