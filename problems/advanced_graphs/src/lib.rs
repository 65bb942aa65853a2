//! Advanced Graphs: one module per problem (reference, oracle, generators, checker); the words are
//! in problems/data/advanced_graphs/.
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
/// input where `wrong` is rejected by the problem's checker: a mistake that only the fixtures catch
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

pub mod alien_dictionary;
pub mod cheapest_flights_within_k_stops;
pub mod min_cost_to_connect_all_points;
pub mod network_delay_time;
pub mod reconstruct_itinerary;
pub mod swim_in_rising_water;
