//! Checks every problem's own unit tests run: the reference agrees with the oracle on random
//! inputs, and every generated input (random and stress) keeps the constraints.

use proptest::strategy::{Strategy, ValueTree};
use proptest::test_runner::{Config, TestCaseError, TestRunner};

use crate::{FunctionProblem, Gen};

/// Panics with the smallest input on which the reference and the oracle disagree.
pub fn reference_agrees_with_oracle<P: FunctionProblem>() {
    let mut runner = TestRunner::new(Config {
        cases: 300,
        failure_persistence: None,
        ..Config::default()
    });
    let result = runner.run(&P::strategy(), |input| {
        let expected = P::oracle(input.clone());
        let got = P::reference(input.clone());
        P::check(&input, &expected, &got).map_err(|why| {
            TestCaseError::fail(format!("{why}: oracle {expected:?}, reference {got:?}"))
        })
    });
    if let Err(error) = result {
        panic!("the reference and the oracle disagree: {error}");
    }
}

/// Panics with the first generated input that breaks the constraints.
pub fn generated_inputs_are_valid<P: FunctionProblem>() {
    let mut runner = TestRunner::deterministic();
    let strategy = P::strategy();
    for _ in 0..300 {
        let input = strategy
            .new_tree(&mut runner)
            .expect("the strategy generates")
            .current();
        if let Err(why) = P::validate(&input) {
            panic!("the strategy generated an invalid input {input:?}: {why}");
        }
    }
    for family in P::stress() {
        for n in [1, 2, family.max_n / 16, family.max_n] {
            let input = (family.generate)(n.max(1), &mut Gen::new(n as u64));
            if let Err(why) = P::validate(&input) {
                panic!(
                    "stress family \"{}\" at n = {n} breaks the constraints: {why}",
                    family.name
                );
            }
        }
    }
}

/// Whether the problem's random strategy, over as many cases as `judge run` draws (1,000), finds
/// an input where `wrong` gives an answer the checker rejects: a mistake that only the fixtures
/// catch would pass a learner's own variant of it. Pattern crates call it on their declared wrong
/// submissions, compiled into their tests.
pub fn strategy_refutes<P: FunctionProblem>(wrong: impl Fn(P::Input) -> P::Output) -> bool {
    let mut runner = TestRunner::deterministic();
    let strategy = P::strategy();
    (0..1000).any(|_| {
        let input = strategy
            .new_tree(&mut runner)
            .expect("the strategy generates")
            .current();
        let expected = P::reference(input.clone());
        P::check(&input, &expected, &wrong(input.clone())).is_err()
    })
}

/// The two tests every problem module has: the reference agrees with the oracle, and every
/// generated input keeps the constraints. `judge_engine::standard_tests!(Problem);` (or
/// `Design<Problem>`) inside the module's `tests`.
#[macro_export]
macro_rules! standard_tests {
    ($problem:ty) => {
        #[test]
        fn reference_agrees_with_oracle() {
            $crate::testing::reference_agrees_with_oracle::<$problem>();
        }

        #[test]
        fn generated_inputs_keep_the_constraints() {
            $crate::testing::generated_inputs_are_valid::<$problem>();
        }
    };
}
