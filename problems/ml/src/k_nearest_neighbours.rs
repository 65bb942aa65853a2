//! K-nearest-neighbours classification, an ML coding drill. Target: O(m·n·d) for m queries over n
//! training points: per query, the distances, then the k smallest by a heap of k (O(n log k), and
//! about n comparisons on most inputs) or a selection (`select_nth_unstable`, O(n)), never a full
//! sort (O(n log n)). The
//! properties judged: each prediction is the majority label among the query's k nearest training
//! points (distance ties to the lower index), a tied vote going to the smallest label; a failure
//! names the neighbours and the votes.

use std::collections::{BTreeMap, BinaryHeap};

use judge_engine::prelude::*;

#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Input {
    pub train: Vec<Vec<f64>>,
    pub labels: Vec<i32>,
    pub queries: Vec<Vec<f64>>,
    pub k: usize,
}

pub struct Problem;

fn squared_distance(a: &[f64], b: &[f64]) -> f64 {
    a.iter().zip(b).map(|(x, y)| (x - y) * (x - y)).sum()
}

/// Nearer first; at equal distance, the lower index first.
fn by_distance_then_index(a: &(f64, usize), b: &(f64, usize)) -> std::cmp::Ordering {
    a.0.total_cmp(&b.0).then(a.1.cmp(&b.1))
}

/// The majority of `votes` (sorted in place); a tie goes to the smallest label.
fn majority(votes: &mut [i32]) -> i32 {
    votes.sort_unstable();
    let (mut best, mut best_count) = (votes[0], 0);
    let mut i = 0;
    while i < votes.len() {
        let j = i + votes[i..].iter().take_while(|&&l| l == votes[i]).count();
        // Strictly more: an equal count later in the ascending order is a larger label.
        if j - i > best_count {
            (best, best_count) = (votes[i], j - i);
        }
        i = j;
    }
    best
}

/// A candidate neighbour, ordered by distance, then index: the greatest is the farthest.
#[derive(PartialEq)]
struct Candidate(f64, usize);

impl Eq for Candidate {}

impl PartialOrd for Candidate {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Candidate {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        by_distance_then_index(&(self.0, self.1), &(other.0, other.1))
    }
}

/// The reference: per query, a max-heap of the k nearest seen so far, whose top (the farthest of
/// them) a nearer point replaces. Most points are turned away by one comparison with the top.
pub fn reference(
    train: Vec<Vec<f64>>,
    labels: Vec<i32>,
    queries: Vec<Vec<f64>>,
    k: usize,
) -> Vec<i32> {
    let mut nearest: BinaryHeap<Candidate> = BinaryHeap::with_capacity(k + 1);
    let mut votes = Vec::with_capacity(k);
    queries
        .iter()
        .map(|query| {
            nearest.clear();
            for (i, point) in train.iter().enumerate() {
                let candidate = Candidate(squared_distance(query, point), i);
                if nearest.len() < k {
                    nearest.push(candidate);
                } else if nearest.peek().is_some_and(|farthest| candidate < *farthest) {
                    nearest.pop();
                    nearest.push(candidate);
                }
            }
            votes.clear();
            votes.extend(nearest.iter().map(|c| labels[c.1]));
            majority(&mut votes)
        })
        .collect()
}

/// The k nearest training points of `query`, nearest first, by a full sort.
fn neighbours(train: &[Vec<f64>], query: &[f64], k: usize) -> Vec<(f64, usize)> {
    let mut all: Vec<(f64, usize)> = train
        .iter()
        .enumerate()
        .map(|(i, point)| (squared_distance(query, point), i))
        .collect();
    all.sort_by(by_distance_then_index);
    all.truncate(k + 1);
    all
}

/// Votes per label among the k nearest.
fn tally(labels: &[i32], nearest: &[(f64, usize)]) -> BTreeMap<i32, usize> {
    let mut votes = BTreeMap::new();
    for &(_, i) in nearest {
        *votes.entry(labels[i]).or_insert(0) += 1;
    }
    votes
}

const MAX_N: usize = 100_000;
const MAX_D: usize = 8;
const MAX_QUERIES: usize = 20;
const MAX_K: usize = 50;
const MAX_LABEL: i32 = 1000;
const MAX_COORDINATE: f64 = 1e4;

/// A coordinate on the 1/8 grid within `spread`.
fn coordinate(spread: i64, gen: &mut Gen) -> f64 {
    gen.int(-8 * spread, 8 * spread) as f64 / 8.0
}

fn points(n: usize, d: usize, spread: i64, gen: &mut Gen) -> Vec<Vec<f64>> {
    (0..n)
        .map(|_| (0..d).map(|_| coordinate(spread, gen)).collect())
        .collect()
}

impl FunctionProblem for Problem {
    type Input = Input;
    type Output = Vec<i32>;
    const PARAMETERS: &'static [&'static str] = &["train", "labels", "queries", "k"];

    fn reference(input: Input) -> Vec<i32> {
        reference(input.train, input.labels, input.queries, input.k)
    }

    /// Sort every training point by (distance, index), count the first k labels in an ordered
    /// map, and take the first label with the highest count.
    fn oracle(input: Input) -> Vec<i32> {
        input
            .queries
            .iter()
            .map(|query| {
                let mut nearest = neighbours(&input.train, query, input.k);
                nearest.truncate(input.k);
                let votes = tally(&input.labels, &nearest);
                let most = votes.values().copied().max().expect("k >= 1");
                *votes
                    .iter()
                    .find(|(_, &count)| count == most)
                    .expect("the maximum is some label's")
                    .0
            })
            .collect()
    }

    fn strategy() -> BoxedStrategy<Input> {
        // Integer coordinates in a small box and few labels: equal distances at the k-th
        // neighbour and tied votes are common.
        (1..=12usize, 1..=2usize, 1..=3usize, any::<u64>())
            .prop_map(|(n, d, m, seed)| {
                let mut gen = Gen::new(seed);
                let grid =
                    |gen: &mut Gen| -> Vec<f64> { (0..d).map(|_| gen.int(-3, 3) as f64).collect() };
                Input {
                    train: (0..n).map(|_| grid(&mut gen)).collect(),
                    labels: gen.ints(n, 0, 3),
                    queries: (0..m).map(|_| grid(&mut gen)).collect(),
                    k: 1 + gen.index(n.min(MAX_K)),
                }
            })
            .boxed()
    }

    fn stress() -> Vec<StressFamily<Input>> {
        vec![
            StressFamily {
                // A full sort per query costs n log n comparisons against the selection's ~2n.
                name: "random points in 2-D, 20 queries, k = 5",
                max_n: MAX_N,
                generate: |n, gen| Input {
                    train: points(n, 2, 10_000, gen),
                    labels: gen.ints(n, 0, 9),
                    queries: points(MAX_QUERIES, 2, 10_000, gen),
                    k: n.min(5),
                },
            },
            StressFamily {
                name: "4-D, labels up to 1000, k = 50",
                max_n: MAX_N,
                generate: |n, gen| Input {
                    train: points(n, 4, 1_000, gen),
                    labels: gen.ints(n, 0, MAX_LABEL),
                    queries: points(MAX_QUERIES, 4, 1_000, gen),
                    k: n.min(MAX_K),
                },
            },
            StressFamily {
                // Whole numbers in a small box: thousands of training points at each distance,
                // so the tie rule decides which ones are among the k nearest.
                name: "integer grid in 2-D, many equal distances, 3 labels, k = 15",
                max_n: MAX_N,
                generate: |n, gen| {
                    let grid = |count: usize, gen: &mut Gen| -> Vec<Vec<f64>> {
                        (0..count)
                            .map(|_| (0..2).map(|_| gen.int(-40, 40) as f64).collect())
                            .collect()
                    };
                    Input {
                        train: grid(n, gen),
                        labels: gen.ints(n, 0, 2),
                        queries: grid(MAX_QUERIES, gen),
                        k: n.min(15),
                    }
                },
            },
        ]
    }

    fn validate(input: &Input) -> Result<(), String> {
        let n = input.train.len();
        constraint::length("train", n, 1..=MAX_N)?;
        constraint::length("labels", input.labels.len(), n..=n)?;
        constraint::length("queries", input.queries.len(), 1..=MAX_QUERIES)?;
        constraint::within("k", input.k, 1..=n.min(MAX_K))?;
        constraint::each_within("labels", &input.labels, 0..=MAX_LABEL)?;
        let d = input.train[0].len();
        constraint::length("train[0]", d, 1..=MAX_D)?;
        for (name, rows) in [("train", &input.train), ("queries", &input.queries)] {
            for (i, row) in rows.iter().enumerate() {
                if row.len() != d {
                    return Err(format!(
                        "{name}[{i}] has {} coordinates; train[0] has {d}",
                        row.len()
                    ));
                }
                constraint::each_within(
                    &format!("{name}[{i}]"),
                    row,
                    -MAX_COORDINATE..=MAX_COORDINATE,
                )?;
                if let Some(x) = row.iter().find(|x| (*x * 8.0).fract() != 0.0) {
                    return Err(format!(
                        "{name}[{i}] has the coordinate {x}, not a multiple of 1/8 (which keeps squared distances exact)"
                    ));
                }
            }
        }
        Ok(())
    }

    fn check(input: &Input, expected: &Vec<i32>, got: &Vec<i32>) -> Checked {
        if got.len() != input.queries.len() {
            return Err(format!(
                "there must be one prediction for each of the {} queries, in their order; got {}",
                input.queries.len(),
                got.len()
            ));
        }
        let Some(q) = (0..got.len()).find(|&q| got[q] != expected[q]) else {
            return Ok(());
        };
        let k = input.k;
        let nearest = neighbours(&input.train, &input.queries[q], k);
        let boundary_tie = nearest.len() > k && nearest[k].0 == nearest[k - 1].0;
        let nearest = &nearest[..k];
        let votes = tally(&input.labels, nearest);
        let shown = nearest.len().min(10);
        let listed = format!(
            "its k = {k} nearest training points are {}{} with labels {}{}{}",
            format_args!(
                "{:?}",
                nearest[..shown].iter().map(|&(_, i)| i).collect::<Vec<_>>()
            ),
            if shown < k { " ..." } else { "" },
            format_args!(
                "{:?}",
                nearest[..shown]
                    .iter()
                    .map(|&(_, i)| input.labels[i])
                    .collect::<Vec<_>>()
            ),
            if shown < k { " ..." } else { "" },
            if boundary_tie {
                format!(
                    " (the k-th nearest distance, squared {}, is shared with farther-listed points: a distance tie goes to the lower index)",
                    nearest[k - 1].0
                )
            } else {
                String::new()
            }
        );
        let (want, have) = (expected[q], got[q]);
        let want_votes = votes.get(&want).copied().unwrap_or(0);
        Err(match votes.get(&have) {
            None => format!(
                "query {q}: the prediction must be the majority label among its k nearest neighbours, but label {have} is not among them: {listed}"
            ),
            Some(&count) if count < want_votes => format!(
                "query {q}: the prediction must be the majority label among its k nearest neighbours; label {have} has {count} vote(s) but label {want} has {want_votes}: {listed}"
            ),
            Some(_) => format!(
                "query {q}: labels {want} and {have} tie with {want_votes} vote(s) each among its k nearest neighbours, and a tied vote goes to the smallest label, {want}: {listed}"
            ),
        })
    }
}

/// The learner's function.
pub type Classify = fn(Vec<Vec<f64>>, Vec<i32>, Vec<Vec<f64>>, usize) -> Vec<i32>;

/// The harness's entry point for this drill.
pub fn judge(solve: Classify) -> ! {
    judge_engine::judge::<Problem>(&|input: Input| {
        solve(input.train, input.labels, input.queries, input.k)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    judge_engine::standard_tests!(Problem);

    fn one_d(values: &[f64]) -> Vec<Vec<f64>> {
        values.iter().map(|&x| vec![x]).collect()
    }

    #[test]
    fn majority_and_both_tie_rules() {
        let train = one_d(&[0.0, 1.0, 2.0, 10.0, 11.0]);
        let labels = vec![7, 7, 3, 3, 3];
        assert_eq!(
            reference(train.clone(), labels.clone(), one_d(&[1.0, 10.5]), 3),
            vec![7, 3]
        );
        // A tied vote goes to the smallest label.
        assert_eq!(
            reference(train.clone(), labels.clone(), one_d(&[1.5]), 2),
            vec![3]
        );
        // Points 0 and 2 are both at distance 1 from 1.0: the lower index, 0, is the second
        // neighbour, and labels 6 and 5 tie.
        assert_eq!(
            reference(train, vec![5, 6, 2, 0, 0], one_d(&[1.0]), 2),
            vec![5]
        );
    }

    #[test]
    fn a_wrong_answer_names_the_property() {
        let input = Input {
            train: one_d(&[0.0, 1.0, 2.0, 10.0]),
            labels: vec![4, 2, 2, 9],
            queries: one_d(&[1.0, 10.0]),
            k: 2,
        };
        let expected = Problem::reference(input.clone());
        assert_eq!(expected, vec![2, 2]);
        assert!(Problem::check(&input, &expected, &expected).is_ok());
        let why = Problem::check(&input, &expected, &vec![2, 7]).unwrap_err();
        assert!(why.contains("label 7 is not among them"), "{why}");
        let why = Problem::check(&input, &expected, &vec![2, 9]).unwrap_err();
        assert!(
            why.contains("tie with 1 vote(s)") && why.contains("smallest label"),
            "{why}"
        );
        let why = Problem::check(&input, &expected, &vec![4, 2]).unwrap_err();
        assert!(
            why.contains("distance tie goes to the lower index"),
            "{why}"
        );
    }
}
