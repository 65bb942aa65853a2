//! Backtracking: build an answer one choice at a time, undo the last choice when it cannot lead
//! anywhere, and prune branches as early as their failure can be seen. One module per problem
//! (reference, oracle, generators, checker); the words are in problems/data/backtracking/.

/// A declared submission, compiled into a test module so that a test can call its `Solution`.
#[cfg(test)]
macro_rules! submission {
    ($name:ident, $path:literal) => {
        #[allow(clippy::all, unused)]
        mod $name {
            include!($path);
        }
    };
}

/// Whether the problem's random strategy, over as many cases as `judge run` draws (1,000), finds an
/// input where `wrong` gives an answer the checker rejects: a bug that only the fixtures catch
/// would pass a learner's own variant of it.
#[cfg(test)]
fn strategy_refutes<P: judge_engine::FunctionProblem>(
    wrong: impl Fn(P::Input) -> P::Output,
) -> bool {
    use proptest::strategy::{Strategy, ValueTree};
    let mut runner = proptest::test_runner::TestRunner::deterministic();
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

mod lists;

pub mod combination_sum;
pub mod combination_sum_ii;
pub mod letter_combinations_of_a_phone_number;
pub mod n_queens;
pub mod palindrome_partitioning;
pub mod permutations;
pub mod subsets;
pub mod subsets_ii;
pub mod word_search;
