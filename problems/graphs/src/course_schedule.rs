//! Course Schedule (LeetCode 207). Target: O(V + E) time and space: the courses can all be taken
//! exactly when the prerequisite graph has no cycle, found by Kahn's algorithm (take courses whose
//! prerequisites are all taken, from a queue) or a depth-first search with three colours.

use crate::edges::{check_pairs, permutation, relabel, shuffle};
use judge_engine::prelude::*;
use std::collections::VecDeque;

#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Input {
    pub num_courses: i32,
    pub prerequisites: Vec<Vec<i32>>,
}

pub struct Problem;

/// The reference: Kahn's algorithm. Count each course's missing prerequisites, start from the
/// courses with none, and taking a course frees the ones waiting on it; every course is taken
/// exactly when there is no cycle.
pub fn reference(num_courses: i32, prerequisites: Vec<Vec<i32>>) -> bool {
    let n = num_courses as usize;
    let mut unlocks = vec![Vec::new(); n];
    let mut missing = vec![0usize; n];
    for pair in &prerequisites {
        let (course, before) = (pair[0] as usize, pair[1] as usize);
        unlocks[before].push(course);
        missing[course] += 1;
    }
    let mut ready: VecDeque<usize> = (0..n).filter(|&c| missing[c] == 0).collect();
    let mut taken = 0;
    while let Some(course) = ready.pop_front() {
        taken += 1;
        for &next in &unlocks[course] {
            missing[next] -= 1;
            if missing[next] == 0 {
                ready.push_back(next);
            }
        }
    }
    taken == n
}

pub(crate) const MAX_COURSES: usize = 2000;
const MAX_PREREQUISITES: usize = 5000;

/// Takes, round after round, every course whose prerequisites were all taken in earlier rounds;
/// the courses left when a round takes none are the ones on or behind a cycle. O(rounds * E).
pub(crate) fn peel(n: usize, prerequisites: &[Vec<i32>]) -> Vec<bool> {
    let mut taken = vec![false; n];
    loop {
        let mut blocked = vec![false; n];
        for pair in prerequisites {
            if !taken[pair[1] as usize] {
                blocked[pair[0] as usize] = true;
            }
        }
        let round: Vec<usize> = (0..n).filter(|&c| !taken[c] && !blocked[c]).collect();
        if round.is_empty() {
            return taken;
        }
        for c in round {
            taken[c] = true;
        }
    }
}

/// A random order of courses and `extra` prerequisites that follow it (a later course requires an
/// earlier one), distinct, chosen at random among all pairs, plus the chain `chain` long.
/// `[course, before]` pairs over courses `0..n` in the order's positions; relabelled at random.
pub(crate) fn acyclic(
    n: usize,
    chain: usize,
    extra: usize,
    gen: &mut Gen,
) -> (Vec<[usize; 2]>, Vec<i32>) {
    let mut pairs: Vec<[usize; 2]> = (1..chain.min(n)).map(|i| [i, i - 1]).collect();
    let mut seen: std::collections::HashSet<[usize; 2]> = pairs.iter().copied().collect();
    let possible = n * n.saturating_sub(1) / 2;
    let target = (pairs.len() + extra).min(possible);
    while pairs.len() < target {
        let (a, b) = (gen.index(n), gen.index(n));
        if a == b {
            continue;
        }
        let pair = [a.max(b), a.min(b)];
        if seen.insert(pair) {
            pairs.push(pair);
        }
    }
    shuffle(&mut pairs, gen);
    (pairs, permutation(n, gen))
}

/// Courses `0..n` in one chain (each requires the one before), the last two also requiring each
/// other when `cycle_at_end`: a search must walk the whole chain before it meets the cycle.
fn chain(n: usize, cycle_at_end: bool, gen: &mut Gen) -> Input {
    let (mut pairs, labels) = acyclic(n, n, 0, gen);
    if cycle_at_end && n >= 2 {
        pairs.push([n - 2, n - 1]);
    }
    Input {
        num_courses: n as i32,
        prerequisites: relabel(&pairs, &labels),
    }
}

/// The small random inputs: an order, prerequisites that follow it, and half the time one more
/// prerequisite anywhere (often closing a cycle, sometimes a course requiring itself).
pub(crate) fn small(allow_self: bool) -> BoxedStrategy<Input> {
    (1..=7usize, 0..=10usize, any::<bool>(), any::<u64>())
        .prop_map(move |(n, count, extra, seed)| {
            let mut gen = Gen::new(seed);
            let (mut pairs, labels) = acyclic(n, 0, count, &mut gen);
            if extra {
                let (a, b) = (gen.index(n), gen.index(n));
                if (allow_self || a != b) && !pairs.contains(&[a, b]) {
                    let at = gen.index(pairs.len() + 1);
                    pairs.insert(at, [a, b]);
                }
            }
            Input {
                num_courses: n as i32,
                prerequisites: relabel(&pairs, &labels),
            }
        })
        .boxed()
}

impl FunctionProblem for Problem {
    type Input = Input;
    type Output = bool;
    const PARAMETERS: &'static [&'static str] = &["num_courses", "prerequisites"];

    fn reference(input: Input) -> bool {
        reference(input.num_courses, input.prerequisites)
    }

    /// Peeling round by round: every course is taken in some round exactly when none is stuck.
    fn oracle(input: Input) -> bool {
        peel(input.num_courses as usize, &input.prerequisites)
            .into_iter()
            .all(|taken| taken)
    }

    fn strategy() -> BoxedStrategy<Input> {
        small(true)
    }

    fn stress() -> Vec<StressFamily<Input>> {
        vec![
            StressFamily {
                // 2000 courses in one chain: a recursive search goes 2000 calls deep, and taking
                // one course per scan of the whole list takes 2000 scans.
                name: "every course in one chain",
                max_n: MAX_COURSES,
                generate: |n, gen| chain(n, false, gen),
            },
            StressFamily {
                name: "one chain whose last two courses require each other",
                max_n: MAX_COURSES,
                generate: |n, gen| chain(n, true, gen),
            },
            StressFamily {
                name: "a long chain and 5000 prerequisites in all, no cycle",
                max_n: MAX_COURSES,
                generate: |n, gen| {
                    let extra = (MAX_PREREQUISITES * n / MAX_COURSES).saturating_sub(n);
                    let (pairs, labels) = acyclic(n, n, extra, gen);
                    Input {
                        num_courses: n as i32,
                        prerequisites: relabel(&pairs, &labels),
                    }
                },
            },
            StressFamily {
                // 100 courses, every one requiring every earlier one: 4950 prerequisites.
                name: "dense: 100 courses, each requiring all earlier ones",
                max_n: 100,
                generate: |n, gen| {
                    let extra = n * (n - 1) / 2;
                    let (pairs, labels) = acyclic(n, 0, extra, gen);
                    Input {
                        num_courses: n as i32,
                        prerequisites: relabel(&pairs, &labels),
                    }
                },
            },
            StressFamily {
                name: "sparse: 2000 courses, 5000 random prerequisites, one closing a cycle",
                max_n: MAX_COURSES,
                generate: |n, gen| {
                    let extra = MAX_PREREQUISITES * n / MAX_COURSES - 1;
                    let (mut pairs, labels) = acyclic(n, 0, extra, gen);
                    if n >= 2 {
                        // The reverse of a pair that follows the order: the two require each other.
                        let [a, b] = pairs[gen.index(pairs.len())];
                        pairs.push([b, a]);
                        shuffle(&mut pairs, gen);
                    }
                    Input {
                        num_courses: n as i32,
                        prerequisites: relabel(&pairs, &labels),
                    }
                },
            },
        ]
    }

    fn validate(input: &Input) -> Result<(), String> {
        constraint::within("num_courses", input.num_courses, 1..=MAX_COURSES as i32)?;
        constraint::length(
            "prerequisites",
            input.prerequisites.len(),
            0..=MAX_PREREQUISITES,
        )?;
        check_pairs(
            "prerequisites",
            &input.prerequisites,
            input.num_courses,
            false,
            false,
        )
    }
}

/// The harness's entry point for this problem.
pub fn judge(solve: fn(i32, Vec<Vec<i32>>) -> bool) -> ! {
    judge_engine::judge::<Problem>(&|input: Input| solve(input.num_courses, input.prerequisites))
}

#[cfg(test)]
mod tests {
    use super::*;

    submission!(
        wrong_one_visited_set,
        "../../submissions/graphs/course_schedule/wrong_one_visited_set.rs"
    );

    judge_engine::standard_tests!(Problem);

    #[test]
    fn the_random_cases_alone_catch_the_wrong_submission() {
        assert!(crate::strategy_refutes::<Problem>(|input: Input| {
            wrong_one_visited_set::Solution::can_finish(input.num_courses, input.prerequisites)
        }));
    }

    #[test]
    fn the_examples() {
        assert!(reference(2, vec![vec![1, 0]]));
        assert!(!reference(2, vec![vec![1, 0], vec![0, 1]]));
        assert!(!reference(1, vec![vec![0, 0]]));
    }

    #[test]
    fn stress_inputs_have_the_answers_their_names_promise() {
        let families = Problem::stress();
        for (family, want) in families.iter().zip([true, false, true, true, false]) {
            let input = (family.generate)(family.max_n, &mut Gen::new(3));
            assert_eq!(Problem::validate(&input), Ok(()), "{}", family.name);
            assert_eq!(
                reference(input.num_courses, input.prerequisites.clone()),
                want,
                "{}",
                family.name
            );
            assert_eq!(Problem::oracle(input), want, "{}", family.name);
        }
    }
}
