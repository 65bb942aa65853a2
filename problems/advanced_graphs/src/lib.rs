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

#[cfg(test)]
use judge_engine::testing::strategy_refutes;

pub mod alien_dictionary;
pub mod cheapest_flights_within_k_stops;
pub mod min_cost_to_connect_all_points;
pub mod network_delay_time;
pub mod reconstruct_itinerary;
pub mod swim_in_rising_water;
