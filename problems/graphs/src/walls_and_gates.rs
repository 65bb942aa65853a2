//! Walls and Gates (LeetCode 286, NeetCode's "Islands and Treasure"). Target: O(m·n) time: one
//! breadth-first search started from every gate at once reaches each room first from its nearest
//! gate, so each room is written once. In place: the answer is the grid after the call, and a
//! wrong one is reported by the first differing cell's row and column.

use std::cmp::Reverse;
use std::collections::{BinaryHeap, VecDeque};

use judge_engine::prelude::*;

use crate::grid;

#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Input {
    pub rooms: Vec<Vec<i32>>,
}

pub struct Problem;

const WALL: i32 = -1;
const GATE: i32 = 0;
const EMPTY: i32 = i32::MAX;

/// LeetCode's method: a breadth-first search from all the gates together; a room still `EMPTY`
/// when reached is reached first from its nearest gate.
pub fn walls_and_gates(rooms: &mut [Vec<i32>]) {
    let (rows, cols) = (rooms.len(), rooms[0].len());
    let mut queue: VecDeque<(usize, usize)> = grid::cells_where(rooms, |&v| v == GATE).into();
    while let Some((r, c)) = queue.pop_front() {
        let next = rooms[r][c] + 1;
        for (nr, nc) in grid::neighbours((r, c), rows, cols) {
            if rooms[nr][nc] == EMPTY {
                rooms[nr][nc] = next;
                queue.push_back((nr, nc));
            }
        }
    }
}

/// The reference as the judge calls it: the grid after the call.
pub fn reference(mut rooms: Vec<Vec<i32>>) -> Vec<Vec<i32>> {
    walls_and_gates(&mut rooms);
    rooms
}

const MAX_SIDE: usize = 250;

/// Small grids: every empty room on its own, a breadth-first search outwards until a gate.
fn nearest_gate_from_each_room(rooms: &[Vec<i32>]) -> Vec<Vec<i32>> {
    let (rows, cols) = (rooms.len(), rooms[0].len());
    let mut answer = rooms.to_vec();
    for r in 0..rows {
        for c in 0..cols {
            if rooms[r][c] != EMPTY {
                continue;
            }
            let mut steps = vec![vec![None; cols]; rows];
            steps[r][c] = Some(0);
            let mut frontier = vec![(r, c)];
            let mut distance = 0;
            'search: while !frontier.is_empty() {
                if frontier.iter().any(|&(fr, fc)| rooms[fr][fc] == GATE) {
                    answer[r][c] = distance;
                    break 'search;
                }
                distance += 1;
                let mut next = Vec::new();
                for &cell in &frontier {
                    for (nr, nc) in grid::neighbours(cell, rows, cols) {
                        if rooms[nr][nc] != WALL && steps[nr][nc].is_none() {
                            steps[nr][nc] = Some(distance);
                            next.push((nr, nc));
                        }
                    }
                }
                frontier = next;
            }
        }
    }
    answer
}

/// Shortest distances from the gates by Dijkstra's algorithm: a room's distance is final when it
/// leaves the heap.
fn by_dijkstra(rooms: &[Vec<i32>]) -> Vec<Vec<i32>> {
    let (rows, cols) = (rooms.len(), rooms[0].len());
    let mut answer = rooms.to_vec();
    let mut heap: BinaryHeap<_> = grid::cells_where(rooms, |&v| v == GATE)
        .into_iter()
        .map(|(r, c)| Reverse((0, r, c)))
        .collect();
    while let Some(Reverse((distance, r, c))) = heap.pop() {
        if distance > answer[r][c] {
            continue;
        }
        for (nr, nc) in grid::neighbours((r, c), rows, cols) {
            if answer[nr][nc] != WALL && distance + 1 < answer[nr][nc] {
                answer[nr][nc] = distance + 1;
                heap.push(Reverse((distance + 1, nr, nc)));
            }
        }
    }
    answer
}

/// Rooms at random: `walls` and `gates` percent of them walls and gates, the rest empty.
fn random_rooms(rows: usize, cols: usize, walls: u64, gates: u64, gen: &mut Gen) -> Vec<Vec<i32>> {
    (0..rows)
        .map(|_| {
            (0..cols)
                .map(|_| {
                    let roll = gen.int(0, 99) as u64;
                    if roll < walls {
                        WALL
                    } else if roll < walls + gates {
                        GATE
                    } else {
                        EMPTY
                    }
                })
                .collect()
        })
        .collect()
}

impl FunctionProblem for Problem {
    type Input = Input;
    type Output = Vec<Vec<i32>>;
    const PARAMETERS: &'static [&'static str] = &["rooms"];

    fn reference(input: Input) -> Vec<Vec<i32>> {
        reference(input.rooms)
    }

    /// Small grids: a search from every room on its own. Large ones: Dijkstra's algorithm from
    /// all the gates, with a binary heap instead of a first-in-first-out queue.
    fn oracle(input: Input) -> Vec<Vec<i32>> {
        if input.rooms.len() * input.rooms[0].len() <= 100 {
            nearest_gate_from_each_room(&input.rooms)
        } else {
            by_dijkstra(&input.rooms)
        }
    }

    fn strategy() -> BoxedStrategy<Input> {
        // Up to 6 by 6, mostly empty rooms with a few walls and gates: rooms nearer another gate
        // than the first one found, rooms walled off from every gate, grids without a gate.
        grid::small(6, vec![EMPTY, EMPTY, EMPTY, EMPTY, WALL, WALL, GATE])
            .prop_map(|rooms| Input { rooms })
            .boxed()
    }

    fn stress() -> Vec<StressFamily<Input>> {
        vec![
            StressFamily {
                // First: a search from every room walks the corridor back to the gate, ~31,000
                // steps for the farthest room. A recursive search goes as deep.
                name: "one gate at the end of a snake-shaped corridor through 250 by 250 walls",
                max_n: MAX_SIDE,
                generate: |n, _| {
                    let mut rooms = grid::snake(n, n, EMPTY, WALL);
                    rooms[0][0] = GATE;
                    Input { rooms }
                },
            },
            StressFamily {
                name: "no walls, one gate in a corner, 250 by 250",
                max_n: MAX_SIDE,
                generate: |n, _| {
                    let mut rooms = vec![vec![EMPTY; n]; n];
                    rooms[0][0] = GATE;
                    Input { rooms }
                },
            },
            StressFamily {
                // A search from each gate in turn over the whole grid is O(gates · m·n).
                name: "no walls, 10% gates at random, 250 by 250",
                max_n: MAX_SIDE,
                generate: |n, gen| Input {
                    rooms: random_rooms(n, n, 0, 10, gen),
                },
            },
            StressFamily {
                name: "30% walls and a few gates at random, 250 by 250",
                max_n: MAX_SIDE,
                generate: |n, gen| {
                    let mut rooms = random_rooms(n, n, 30, 0, gen);
                    for _ in 0..4 {
                        let (r, c) = (gen.index(n), gen.index(n));
                        rooms[r][c] = GATE;
                    }
                    Input { rooms }
                },
            },
            StressFamily {
                name: "a checkerboard of gates and empty rooms, 250 by 250",
                max_n: MAX_SIDE,
                generate: |n, _| Input {
                    rooms: grid::checkerboard(n, n, GATE, EMPTY),
                },
            },
            StressFamily {
                name: "no gate at all: every room stays 2147483647, 250 by 250",
                max_n: MAX_SIDE,
                generate: |n, gen| Input {
                    rooms: random_rooms(n, n, 20, 0, gen),
                },
            },
        ]
    }

    fn validate(input: &Input) -> Result<(), String> {
        grid::validate_cells("rooms", &input.rooms, 1..=MAX_SIDE, &[WALL, GATE, EMPTY])
    }

    fn check(_input: &Input, expected: &Vec<Vec<i32>>, got: &Vec<Vec<i32>>) -> Checked {
        check::cells(expected, got)
    }
}

/// The harness's entry point: the glue calls `walls_and_gates` on the learner's grid and answers
/// with the grid after the call.
pub fn judge(solve: fn(Vec<Vec<i32>>) -> Vec<Vec<i32>>) -> ! {
    judge_engine::judge::<Problem>(&|input: Input| solve(input.rooms))
}

#[cfg(test)]
mod tests {
    use super::*;

    submission!(
        wrong_shared_visited,
        "../../submissions/graphs/walls_and_gates/wrong_shared_visited.rs"
    );
    submission!(
        wrong_diagonals,
        "../../submissions/graphs/walls_and_gates/wrong_diagonals.rs"
    );

    judge_engine::standard_tests!(Problem);

    #[test]
    fn the_random_cases_alone_catch_the_wrong_submissions() {
        assert!(
            grid::strategy_refutes::<Problem>(|mut input: Input| {
                wrong_shared_visited::Solution::walls_and_gates(&mut input.rooms);
                input.rooms
            }),
            "wrong_shared_visited"
        );
        assert!(
            grid::strategy_refutes::<Problem>(|mut input: Input| {
                wrong_diagonals::Solution::walls_and_gates(&mut input.rooms);
                input.rooms
            }),
            "wrong_diagonals"
        );
    }

    #[test]
    fn the_example_and_the_shapes() {
        let rooms = vec![
            vec![EMPTY, WALL, GATE, EMPTY],
            vec![EMPTY, EMPTY, EMPTY, WALL],
            vec![EMPTY, WALL, EMPTY, WALL],
            vec![GATE, WALL, EMPTY, EMPTY],
        ];
        let want = vec![
            vec![3, -1, 0, 1],
            vec![2, 2, 1, -1],
            vec![1, -1, 2, -1],
            vec![0, -1, 3, 4],
        ];
        assert_eq!(reference(rooms), want);
        assert_eq!(reference(vec![vec![WALL]]), vec![vec![WALL]]);
        let corridor = (Problem::stress()[0].generate)(MAX_SIDE, &mut Gen::new(0));
        let after = reference(corridor.rooms);
        let (r, c) = *grid::snake_path(MAX_SIDE, MAX_SIDE).last().unwrap();
        assert_eq!(
            after[r][c] as usize,
            grid::snake_path(MAX_SIDE, MAX_SIDE).len() - 1
        );
    }

    #[test]
    fn the_reference_agrees_with_the_oracle_on_every_family() {
        for family in Problem::stress() {
            let input = (family.generate)(family.max_n / 8, &mut Gen::new(7));
            let want = nearest_gate_from_each_room(&input.rooms);
            assert_eq!(by_dijkstra(&input.rooms), want, "{}", family.name);
            assert_eq!(reference(input.rooms), want, "{}", family.name);
            let input = (family.generate)(family.max_n, &mut Gen::new(7));
            let want = Problem::oracle(input.clone());
            assert_eq!(reference(input.rooms), want, "{}", family.name);
        }
    }

    #[test]
    fn a_wrong_cell_is_named() {
        let why = Problem::check(
            &Input { rooms: vec![] },
            &vec![vec![0, 1, 2]],
            &vec![vec![0, 1, EMPTY]],
        )
        .unwrap_err();
        assert_eq!(
            why,
            "row 0, column 2: expected 2, got 2147483647 (the only cell that differs)"
        );
    }
}
