//! What the grid problems share: the four neighbours of a cell, the shape and cell checks of
//! `validate`, the adversarial shapes of the stress families (a snake, a checkerboard), and the
//! checker of an in-place grid, which names the differing cells by row and column.

use std::fmt::Debug;

use judge_engine::prelude::*;

const STEPS: [(isize, isize); 4] = [(-1, 0), (1, 0), (0, -1), (0, 1)];

/// The in-bounds neighbours of (r, c) in a rows by cols grid: up, down, left, right.
pub fn neighbours(
    (r, c): (usize, usize),
    rows: usize,
    cols: usize,
) -> impl Iterator<Item = (usize, usize)> {
    STEPS.iter().filter_map(move |&(dr, dc)| {
        let (nr, nc) = (r.checked_add_signed(dr)?, c.checked_add_signed(dc)?);
        (nr < rows && nc < cols).then_some((nr, nc))
    })
}

/// The cells (row, column) whose value satisfies `wanted`, in reading order.
pub fn cells_where<T>(grid: &[Vec<T>], wanted: impl Fn(&T) -> bool) -> Vec<(usize, usize)> {
    let mut cells = Vec::new();
    for (r, row) in grid.iter().enumerate() {
        for (c, value) in row.iter().enumerate() {
            if wanted(value) {
                cells.push((r, c));
            }
        }
    }
    cells
}

/// Whether (r, c) lies on the outer edge of a rows by cols grid.
pub fn on_border((r, c): (usize, usize), rows: usize, cols: usize) -> bool {
    r == 0 || c == 0 || r + 1 == rows || c + 1 == cols
}

/// A grid of `rows` by `cols` cells (each within `sides`), every row as long as the first, and
/// every cell one of `allowed`; the message names the row, the column and the bad value.
pub fn validate_cells<T: PartialEq + Debug>(
    name: &str,
    grid: &[Vec<T>],
    sides: std::ops::RangeInclusive<usize>,
    allowed: &[T],
) -> Result<(), String> {
    constraint::length(name, grid.len(), sides.clone())?;
    let cols = grid[0].len();
    constraint::length(&format!("{name}[0]"), cols, sides)?;
    for (r, row) in grid.iter().enumerate() {
        if row.len() != cols {
            return Err(format!(
                "{name}[{r}] has {} cells but {name}[0] has {cols}; every row has the same length",
                row.len()
            ));
        }
        if let Some((c, cell)) = row.iter().enumerate().find(|(_, v)| !allowed.contains(v)) {
            return Err(format!(
                "{name}[{r}][{c}] is {cell:?}; a cell is one of {allowed:?}"
            ));
        }
    }
    Ok(())
}

/// A rows by cols grid of `off` with one snake of `on`: every even row whole, and one cell at the
/// right end after row 0, the left end after row 2, and so on, joining them into one path through
/// about half the cells. The two ends of the snake are at (0, 0) and in the last even row.
pub fn snake<T: Clone>(rows: usize, cols: usize, on: T, off: T) -> Vec<Vec<T>> {
    (0..rows)
        .map(|r| {
            (0..cols)
                .map(|c| {
                    let link = if r % 4 == 1 { cols - 1 } else { 0 };
                    if r % 2 == 0 || c == link {
                        on.clone()
                    } else {
                        off.clone()
                    }
                })
                .collect()
        })
        .collect()
}

/// The cells of [`snake`] in order along the path, from (0, 0).
pub fn snake_path(rows: usize, cols: usize) -> Vec<(usize, usize)> {
    let mut path = Vec::new();
    for r in 0..rows {
        if r % 2 == 0 {
            if r % 4 == 0 {
                path.extend((0..cols).map(|c| (r, c)));
            } else {
                path.extend((0..cols).rev().map(|c| (r, c)));
            }
        } else {
            path.push((r, if r % 4 == 1 { cols - 1 } else { 0 }));
        }
    }
    path
}

/// A rows by cols checkerboard: `a` where r + c is even, `b` elsewhere.
pub fn checkerboard<T: Clone>(rows: usize, cols: usize, a: T, b: T) -> Vec<Vec<T>> {
    (0..rows)
        .map(|r| {
            (0..cols)
                .map(|c| {
                    if (r + c) % 2 == 0 {
                        a.clone()
                    } else {
                        b.clone()
                    }
                })
                .collect()
        })
        .collect()
}

/// A rows by cols grid whose cells are `on` with probability `percent` / 100, else `off`.
pub fn random<T: Clone>(
    rows: usize,
    cols: usize,
    percent: u64,
    on: T,
    off: T,
    gen: &mut Gen,
) -> Vec<Vec<T>> {
    (0..rows)
        .map(|_| {
            (0..cols)
                .map(|_| {
                    if gen.chance(percent, 100) {
                        on.clone()
                    } else {
                        off.clone()
                    }
                })
                .collect()
        })
        .collect()
}

/// Small grids for the random cases: 1 to `side` rows and columns, cells from `cells` (weighted
/// by repetition), shrinking towards fewer rows and columns and the first cell value.
pub fn small<T: Clone + Debug + 'static>(side: usize, cells: Vec<T>) -> BoxedStrategy<Vec<Vec<T>>> {
    (1..=side, 1..=side)
        .prop_flat_map(move |(rows, cols)| {
            prop::collection::vec(
                prop::collection::vec(prop::sample::select(cells.clone()), cols),
                rows,
            )
        })
        .boxed()
}

/// Whether the problem's random strategy, over as many cases as `judge run` draws (1,000), finds
/// an input where `wrong` disagrees with the reference.
#[cfg(test)]
pub fn strategy_refutes<P: FunctionProblem>(wrong: impl Fn(P::Input) -> P::Output) -> bool {
    use proptest::strategy::ValueTree;
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_snake_is_one_path_through_its_cells() {
        for (rows, cols) in [(1, 1), (1, 5), (5, 1), (2, 3), (7, 4), (300, 300)] {
            let grid = snake(rows, cols, true, false);
            let path = snake_path(rows, cols);
            let on = grid.iter().flatten().filter(|&&cell| cell).count();
            assert_eq!(path.len(), on, "{rows} by {cols}");
            assert!(path.iter().all(|&(r, c)| grid[r][c]));
            for pair in path.windows(2) {
                let ((r0, c0), (r1, c1)) = (pair[0], pair[1]);
                assert_eq!(r0.abs_diff(r1) + c0.abs_diff(c1), 1, "{rows} by {cols}");
            }
        }
    }

    #[test]
    fn bad_cells_and_ragged_rows_are_named() {
        let why = validate_cells("grid", &[vec!['1', '2']], 1..=3, &['0', '1']).unwrap_err();
        assert_eq!(why, "grid[0][1] is '2'; a cell is one of ['0', '1']");
        let why = validate_cells("grid", &[vec![1, 0], vec![1]], 1..=3, &[0, 1]).unwrap_err();
        assert!(why.contains("grid[1] has 1 cells"), "{why}");
    }
}
