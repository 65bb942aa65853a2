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

#[cfg(test)]
use judge_engine::testing::strategy_refutes;

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
