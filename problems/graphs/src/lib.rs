//! Graphs: one module per problem (reference, oracle, generators, checker); the words are in
//! problems/data/graphs/. The grid problems share `grid` (neighbours, shapes, the cell checker).

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
/// input where `wrong` gets an answer the checker rejects: a mistake that only the fixtures catch
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

mod edges;

pub mod clone_graph;
pub mod course_schedule;
pub mod course_schedule_ii;
pub mod graph_valid_tree;
pub mod grid;
pub mod max_area_of_island;
pub mod number_of_connected_components_in_an_undirected_graph;
pub mod number_of_islands;
pub mod pacific_atlantic_water_flow;
pub mod redundant_connection;
pub mod rotting_oranges;
pub mod surrounded_regions;
pub mod walls_and_gates;
pub mod word_ladder;
