//! Min Cost to Connect All Points (LeetCode 1584). Target: O(n²) time, O(n) space with Prim's
//! algorithm on the complete graph, keeping for every point outside the tree its cheapest link
//! into it (no edge list, no heap).

use std::collections::HashSet;

use judge_engine::prelude::*;

#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Input {
    pub points: Vec<Vec<i32>>,
}

pub struct Problem;

fn manhattan(a: &[i32], b: &[i32]) -> i64 {
    (i64::from(a[0]) - i64::from(b[0])).abs() + (i64::from(a[1]) - i64::from(b[1])).abs()
}

/// The reference: dense Prim. `link[v]` is the cheapest distance from v to the tree so far.
pub fn reference(points: Vec<Vec<i32>>) -> i32 {
    let n = points.len();
    let mut in_tree = vec![false; n];
    let mut link = vec![i64::MAX; n];
    link[0] = 0;
    let mut total = 0;
    for _ in 0..n {
        let mut next = usize::MAX;
        for v in 0..n {
            if !in_tree[v] && (next == usize::MAX || link[v] < link[next]) {
                next = v;
            }
        }
        in_tree[next] = true;
        total += link[next];
        for v in 0..n {
            if !in_tree[v] {
                link[v] = link[v].min(manhattan(&points[next], &points[v]));
            }
        }
    }
    total as i32
}

const MAX_N: usize = 1000;
const MAX_COORDINATE: i32 = 1_000_000;

/// `n` distinct points drawn by `point`.
fn distinct(n: usize, gen: &mut Gen, point: impl Fn(&mut Gen) -> (i32, i32)) -> Input {
    let mut seen = HashSet::new();
    let mut points = Vec::with_capacity(n);
    while points.len() < n {
        let (x, y) = point(gen);
        if seen.insert((x, y)) {
            points.push(vec![x, y]);
        }
    }
    Input { points }
}

impl FunctionProblem for Problem {
    type Input = Input;
    type Output = i32;
    const PARAMETERS: &'static [&'static str] = &["points"];

    fn reference(input: Input) -> i32 {
        reference(input.points)
    }

    /// Kruskal: every pair sorted by distance, joined whenever it links two separate groups
    /// (union-find).
    fn oracle(input: Input) -> i32 {
        let points = input.points;
        let n = points.len();
        let mut pairs: Vec<(i64, usize, usize)> = (0..n)
            .flat_map(|i| (i + 1..n).map(move |j| (i, j)))
            .map(|(i, j)| (manhattan(&points[i], &points[j]), i, j))
            .collect();
        pairs.sort_unstable();
        let mut parent: Vec<usize> = (0..n).collect();
        fn root(parent: &mut [usize], mut v: usize) -> usize {
            while parent[v] != v {
                parent[v] = parent[parent[v]];
                v = parent[v];
            }
            v
        }
        let mut total = 0;
        for (cost, i, j) in pairs {
            let (a, b) = (root(&mut parent, i), root(&mut parent, j));
            if a != b {
                parent[a] = b;
                total += cost;
            }
        }
        total as i32
    }

    fn strategy() -> BoxedStrategy<Input> {
        // Up to 9 points on a small board, so that distances tie and the nearest point to the last
        // one joined is often not the nearest to the tree; or a few far-apart points.
        (
            prop::collection::vec((-4..=4i32, -4..=4i32), 1..=9),
            prop_oneof![Just(1), Just(1000), Just(250_000)],
        )
            .prop_map(|(raw, scale)| {
                let mut seen = HashSet::new();
                let points = raw
                    .into_iter()
                    .filter(|p| seen.insert(*p))
                    .map(|(x, y)| vec![x * scale, y * scale])
                    .collect();
                Input { points }
            })
            .boxed()
    }

    fn stress() -> Vec<StressFamily<Input>> {
        vec![
            StressFamily {
                name: "1000 random points over the whole range",
                max_n: MAX_N,
                generate: |n, gen| {
                    distinct(n, gen, |gen| {
                        let c = i64::from(MAX_COORDINATE);
                        (gen.int(-c, c) as i32, gen.int(-c, c) as i32)
                    })
                },
            },
            StressFamily {
                // Every distance a multiple of 1,000: many ties.
                name: "1000 points of a 32x32 grid, 1000 apart",
                max_n: MAX_N,
                generate: |n, gen| {
                    distinct(n, gen, |gen| {
                        (gen.int(0, 31) as i32 * 1000, gen.int(0, 31) as i32 * 1000)
                    })
                },
            },
            StressFamily {
                name: "1000 points on one diagonal line, far apart at the ends",
                max_n: MAX_N,
                generate: |n, gen| {
                    distinct(n, gen, |gen| {
                        let t = gen.int(-i64::from(MAX_COORDINATE), i64::from(MAX_COORDINATE));
                        (t as i32, -t as i32)
                    })
                },
            },
            StressFamily {
                name: "10 tight clusters of 100 points, far apart",
                max_n: MAX_N,
                generate: |n, gen| {
                    distinct(n, gen, |gen| {
                        let cluster = gen.int(0, 9) as i32;
                        let (cx, cy) = (
                            cluster * 200_000 - 900_000,
                            (cluster % 3) * 600_000 - 600_000,
                        );
                        (cx + gen.int(0, 50) as i32, cy + gen.int(0, 50) as i32)
                    })
                },
            },
        ]
    }

    fn validate(input: &Input) -> Result<(), String> {
        constraint::length("points", input.points.len(), 1..=MAX_N)?;
        let mut seen = std::collections::HashMap::new();
        for (i, point) in input.points.iter().enumerate() {
            if point.len() != 2 {
                return Err(format!(
                    "points[{i}] has {} coordinates; each point is [x, y]",
                    point.len()
                ));
            }
            constraint::each_within(
                &format!("points[{i}]"),
                point,
                -MAX_COORDINATE..=MAX_COORDINATE,
            )?;
            if let Some(first) = seen.insert((point[0], point[1]), i) {
                return Err(format!(
                    "points[{first}] and points[{i}] are both {point:?}; LeetCode's points are distinct"
                ));
            }
        }
        Ok(())
    }
}

/// The harness's entry point for this problem.
pub fn judge(solve: fn(Vec<Vec<i32>>) -> i32) -> ! {
    judge_engine::judge::<Problem>(&|input: Input| solve(input.points))
}

#[cfg(test)]
mod tests {
    use super::*;

    submission!(
        wrong_nearest_to_last,
        "../../submissions/advanced_graphs/min_cost_to_connect_all_points/wrong_nearest_to_last.rs"
    );

    #[test]
    fn the_random_cases_alone_catch_the_wrong_submission() {
        assert!(crate::strategy_refutes::<Problem>(|input: Input| {
            wrong_nearest_to_last::Solution::min_cost_connect_points(input.points)
        }));
    }

    judge_engine::standard_tests!(Problem);

    #[test]
    fn the_examples() {
        let points = vec![vec![0, 0], vec![2, 2], vec![3, 10], vec![5, 2], vec![7, 0]];
        assert_eq!(reference(points), 20);
        assert_eq!(reference(vec![vec![3, 12], vec![-2, 5], vec![-4, 1]]), 18);
        assert_eq!(reference(vec![vec![0, 0]]), 0);
    }

    #[test]
    fn stress_inputs_agree_with_kruskal() {
        for family in Problem::stress() {
            let input = (family.generate)(family.max_n, &mut Gen::new(2));
            assert_eq!(Problem::validate(&input), Ok(()), "{}", family.name);
            assert_eq!(
                reference(input.points.clone()),
                Problem::oracle(input),
                "{}",
                family.name
            );
        }
    }
}
