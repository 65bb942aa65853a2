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

pub mod grid;
pub mod max_area_of_island;
pub mod number_of_islands;
pub mod pacific_atlantic_water_flow;
pub mod rotting_oranges;
pub mod surrounded_regions;
pub mod walls_and_gates;
