//! {{title}} (LeetCode {{number}}). Target: fill in the data's [complexity].
//! Scaffolded by `judge new --problem {{slug}}`: every `todo!` below fails the problem's tests and
//! `judge verify {{slug}}` until it is written.

use judge_engine::prelude::*;

#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Input {
{{fields}}
}

pub struct Problem;

/// The reference, at the target complexity, with LeetCode's signature.
pub fn reference({{parameters}}) -> {{returns}} {
    todo!("the reference solution of {{slug}}")
}

impl FunctionProblem for Problem {
    type Input = Input;
    type Output = {{returns}};
    const PARAMETERS: &'static [&'static str] = &[{{names}}];

    fn reference(input: Input) -> {{returns}} {
        reference({{arguments}})
    }

    fn oracle(_input: Input) -> {{returns}} {
        todo!("an obviously correct brute force")
    }

    fn strategy() -> BoxedStrategy<Input> {
        todo!("small random valid inputs that shrink well")
    }

    fn stress() -> Vec<StressFamily<Input>> {
        todo!("maximum-size and adversarial inputs")
    }

    fn validate(_input: &Input) -> Result<(), String> {
        // constraint::length("nums", input.nums.len(), 1..=MAX_N)? and constraint::each_within(..)
        // cover lengths and value ranges; write the rest with messages that name the bad value.
        todo!("check every constraint, naming the broken one and the bad value")
    }
}

/// The harness's entry point for this problem.
pub fn judge(solve: fn({{types}}) -> {{returns}}) -> ! {
    judge_engine::judge::<Problem>(&|input: Input| solve({{arguments}}))
}

#[cfg(test)]
mod tests {
    use super::*;
    use judge_engine::testing;

    #[test]
    fn reference_agrees_with_oracle() {
        testing::reference_agrees_with_oracle::<Problem>();
    }

    #[test]
    fn generated_inputs_keep_the_constraints() {
        testing::generated_inputs_are_valid::<Problem>();
    }
}
