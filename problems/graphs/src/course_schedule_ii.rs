//! Course Schedule II (LeetCode 210). Target: O(V + E) time and space: Kahn's algorithm writes the
//! courses down in the order it takes them, and an order exists exactly when it takes them all.
//!
//! Many orders can be right, so an answer is checked against the prerequisites, not against the
//! reference's order: every course exactly once, each after its prerequisites, and `[]` only when
//! the prerequisites have a cycle.

use crate::course_schedule::{acyclic, peel, small, MAX_COURSES};
use crate::edges::{check_pairs, relabel, shuffle};
use judge_engine::prelude::*;
use std::collections::VecDeque;

pub use crate::course_schedule::Input;

pub struct Problem;

/// The reference: Kahn's algorithm, the courses written down as they leave the queue.
pub fn reference(num_courses: i32, prerequisites: Vec<Vec<i32>>) -> Vec<i32> {
    let n = num_courses as usize;
    let mut unlocks = vec![Vec::new(); n];
    let mut missing = vec![0usize; n];
    for pair in &prerequisites {
        let (course, before) = (pair[0] as usize, pair[1] as usize);
        unlocks[before].push(course);
        missing[course] += 1;
    }
    let mut ready: VecDeque<usize> = (0..n).filter(|&c| missing[c] == 0).collect();
    let mut order = Vec::with_capacity(n);
    while let Some(course) = ready.pop_front() {
        order.push(course as i32);
        for &next in &unlocks[course] {
            missing[next] -= 1;
            if missing[next] == 0 {
                ready.push_back(next);
            }
        }
    }
    if order.len() == n {
        order
    } else {
        Vec::new()
    }
}

/// A cycle of prerequisites among the courses `peel` could not take, written
/// `a -> b -> ... -> a` (each requires the next).
fn a_cycle(n: usize, prerequisites: &[Vec<i32>]) -> Option<String> {
    let taken = peel(n, prerequisites);
    let mut requires = vec![None; n];
    for pair in prerequisites {
        let (a, b) = (pair[0] as usize, pair[1] as usize);
        if !taken[a] && !taken[b] {
            requires[a] = Some(b);
        }
    }
    // Every course left waits on another course left, so walking from one must come round.
    let start = (0..n).find(|&c| !taken[c])?;
    let mut seen = vec![usize::MAX; n];
    let mut path = Vec::new();
    let mut at = start;
    while seen[at] == usize::MAX {
        seen[at] = path.len();
        path.push(at);
        at = requires[at]?;
    }
    let cycle: Vec<String> = path[seen[at]..]
        .iter()
        .chain([&at])
        .map(|c| c.to_string())
        .collect();
    Some(cycle.join(" -> "))
}

/// Whether `got` takes every course once, each after its prerequisites; what is wrong if not.
fn check_order(n: usize, prerequisites: &[Vec<i32>], got: &[i32]) -> Checked {
    let mut position = vec![None; n];
    for (i, &course) in got.iter().enumerate() {
        if !(0..n as i32).contains(&course) {
            return Err(format!(
                "position {i} holds {course}, which is not a course (the courses are 0..={})",
                n - 1
            ));
        }
        if let Some(first) = position[course as usize] {
            return Err(format!(
                "course {course} appears twice, at positions {first} and {i}; each course is taken once"
            ));
        }
        position[course as usize] = Some(i);
    }
    if let Some(missing) = (0..n).find(|&c| position[c].is_none()) {
        return Err(format!(
            "course {missing} is missing: the order has {} courses, it must have all {n}",
            got.len()
        ));
    }
    for (k, pair) in prerequisites.iter().enumerate() {
        let (a, b) = (pair[0] as usize, pair[1] as usize);
        let (at_a, at_b) = (position[a].unwrap_or(0), position[b].unwrap_or(0));
        if at_b > at_a {
            return Err(format!(
                "course {a} is taken at position {at_a}, before its prerequisite {b} at position {at_b} (prerequisites[{k}] = [{a},{b}])"
            ));
        }
    }
    Ok(())
}

impl FunctionProblem for Problem {
    type Input = Input;
    type Output = Vec<i32>;
    const PARAMETERS: &'static [&'static str] = &["num_courses", "prerequisites"];

    fn reference(input: Input) -> Vec<i32> {
        reference(input.num_courses, input.prerequisites)
    }

    /// Peeling round by round, each round's courses in increasing order: an order whenever every
    /// course is taken in some round.
    fn oracle(input: Input) -> Vec<i32> {
        let n = input.num_courses as usize;
        let taken = peel(n, &input.prerequisites);
        if !taken.iter().all(|&t| t) {
            return Vec::new();
        }
        // The round of each course: one more than the latest round among its prerequisites.
        let mut round = vec![0usize; n];
        loop {
            let mut changed = false;
            for pair in &input.prerequisites {
                let (a, b) = (pair[0] as usize, pair[1] as usize);
                if round[a] <= round[b] {
                    round[a] = round[b] + 1;
                    changed = true;
                }
            }
            if !changed {
                break;
            }
        }
        let mut order: Vec<i32> = (0..n as i32).collect();
        order.sort_by_key(|&c| round[c as usize]);
        order
    }

    fn strategy() -> BoxedStrategy<Input> {
        small(false)
    }

    fn stress() -> Vec<StressFamily<Input>> {
        vec![
            StressFamily {
                // A recursive search goes 2000 calls deep; one course per full scan, 2000 scans.
                name: "every course in one chain, 8000 prerequisites in all",
                max_n: MAX_COURSES,
                generate: |n, gen| dag(n, n, 3 * n, gen),
            },
            StressFamily {
                // Kahn's algorithm takes every course but the last two before it finds no more.
                name: "one chain whose last two courses require each other",
                max_n: MAX_COURSES,
                generate: |n, gen| {
                    let (mut pairs, labels) = acyclic(n, n, 2 * n, gen);
                    if n >= 2 {
                        pairs.push([n - 2, n - 1]);
                        shuffle(&mut pairs, gen);
                    }
                    Input {
                        num_courses: n as i32,
                        prerequisites: relabel(&pairs, &labels),
                    }
                },
            },
            StressFamily {
                // 450 courses, each requiring every earlier one: 101,025 prerequisites.
                name: "dense: 450 courses, each requiring all earlier ones",
                max_n: 450,
                generate: |n, gen| dag(n, 0, n * (n - 1) / 2, gen),
            },
            StressFamily {
                name: "sparse: 2000 courses, 5000 random prerequisites, no cycle",
                max_n: MAX_COURSES,
                generate: |n, gen| dag(n, 0, 5 * n / 2, gen),
            },
            StressFamily {
                name: "no prerequisites at all",
                max_n: MAX_COURSES,
                generate: |n, _| Input {
                    num_courses: n as i32,
                    prerequisites: Vec::new(),
                },
            },
        ]
    }

    fn validate(input: &Input) -> Result<(), String> {
        constraint::within("num_courses", input.num_courses, 1..=MAX_COURSES as i32)?;
        let n = input.num_courses as usize;
        constraint::length("prerequisites", input.prerequisites.len(), 0..=n * (n - 1))?;
        check_pairs(
            "prerequisites",
            &input.prerequisites,
            input.num_courses,
            true,
            false,
        )
    }

    fn check(input: &Input, expected: &Vec<i32>, got: &Vec<i32>) -> Checked {
        let n = input.num_courses as usize;
        match (expected.is_empty(), got.is_empty()) {
            (true, true) => Ok(()),
            (true, false) => Err(format!(
                "no order exists, so the answer is []: the prerequisites have a cycle ({}, each course requiring the next)",
                a_cycle(n, &input.prerequisites).unwrap_or_default()
            )),
            (false, true) => Err(format!(
                "[] means no order exists, but one does, e.g. {expected:?}"
            )),
            (false, false) => check_order(n, &input.prerequisites, got),
        }
    }
}

/// `n` courses: a chain `chain` long and `extra` more pairs that follow one random order.
fn dag(n: usize, chain: usize, extra: usize, gen: &mut Gen) -> Input {
    let (pairs, labels) = acyclic(n, chain, extra, gen);
    Input {
        num_courses: n as i32,
        prerequisites: relabel(&pairs, &labels),
    }
}

/// The harness's entry point for this problem.
pub fn judge(solve: fn(i32, Vec<Vec<i32>>) -> Vec<i32>) -> ! {
    judge_engine::judge::<Problem>(&|input: Input| solve(input.num_courses, input.prerequisites))
}

#[cfg(test)]
mod tests {
    use super::*;

    submission!(
        wrong_edges_reversed,
        "../../submissions/graphs/course_schedule_ii/wrong_edges_reversed.rs"
    );
    submission!(
        wrong_no_cycle_check,
        "../../submissions/graphs/course_schedule_ii/wrong_no_cycle_check.rs"
    );

    judge_engine::standard_tests!(Problem);

    #[test]
    fn the_random_cases_alone_catch_the_wrong_submissions() {
        assert!(crate::strategy_refutes::<Problem>(|input: Input| {
            wrong_edges_reversed::Solution::find_order(input.num_courses, input.prerequisites)
        }));
        assert!(crate::strategy_refutes::<Problem>(|input: Input| {
            wrong_no_cycle_check::Solution::find_order(input.num_courses, input.prerequisites)
        }));
    }

    #[test]
    fn any_valid_order_is_accepted_and_faults_are_named() {
        let input = Input {
            num_courses: 4,
            prerequisites: vec![vec![1, 0], vec![2, 0], vec![3, 1], vec![3, 2]],
        };
        let expected = reference(4, input.prerequisites.clone());
        for order in [vec![0, 1, 2, 3], vec![0, 2, 1, 3]] {
            assert_eq!(Problem::check(&input, &expected, &order), Ok(()));
        }
        let why = Problem::check(&input, &expected, &vec![0, 3, 1, 2]).unwrap_err();
        assert!(why.contains("before its prerequisite 1"), "{why}");
        let why = Problem::check(&input, &expected, &vec![0, 1, 1, 3]).unwrap_err();
        assert!(why.contains("course 1 appears twice"), "{why}");
        let why = Problem::check(&input, &expected, &vec![0, 1, 3]).unwrap_err();
        assert!(why.contains("course 2 is missing"), "{why}");
        let why = Problem::check(&input, &expected, &vec![]).unwrap_err();
        assert!(why.contains("one does"), "{why}");
        let cyclic = Input {
            num_courses: 3,
            prerequisites: vec![vec![1, 0], vec![2, 1], vec![1, 2]],
        };
        let why = Problem::check(&cyclic, &vec![], &vec![0, 1, 2]).unwrap_err();
        assert!(
            why.contains("1 -> 2 -> 1") || why.contains("2 -> 1 -> 2"),
            "{why}"
        );
    }

    #[test]
    fn stress_inputs_are_valid_and_the_cycle_family_has_no_order() {
        for family in Problem::stress() {
            let input = (family.generate)(family.max_n, &mut Gen::new(2));
            assert_eq!(Problem::validate(&input), Ok(()), "{}", family.name);
            let order = reference(input.num_courses, input.prerequisites.clone());
            assert_eq!(order.is_empty(), family.name.contains("each other"));
            let expected = Problem::oracle(input.clone());
            assert_eq!(Problem::check(&input, &expected, &order), Ok(()));
        }
    }
}
