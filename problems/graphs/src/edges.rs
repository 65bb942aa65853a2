//! What the edge-list problems share: shuffling with the stress generator, renaming the nodes at
//! random (so that no family's shape hides in the labels' order), and checking an edge list's
//! constraints with one wording.

use judge_engine::Gen;
use std::collections::HashSet;

/// Fisher-Yates with the stress generator.
pub fn shuffle<T>(items: &mut [T], gen: &mut Gen) {
    for i in (1..items.len()).rev() {
        let j = gen.index(i + 1);
        items.swap(i, j);
    }
}

/// A random permutation of `0..n`.
pub fn permutation(n: usize, gen: &mut Gen) -> Vec<i32> {
    let mut labels: Vec<i32> = (0..n as i32).collect();
    shuffle(&mut labels, gen);
    labels
}

/// The edges with every node `v` renamed `labels[v]`.
pub fn relabel(edges: &[[usize; 2]], labels: &[i32]) -> Vec<Vec<i32>> {
    edges
        .iter()
        .map(|&[a, b]| vec![labels[a], labels[b]])
        .collect()
}

/// Each pair of `name` has two ends in `0..n`; with `distinct_ends` no pair joins a node to itself;
/// with `unordered` `[a, b]` and `[b, a]` count as the same pair. No pair repeats.
pub fn check_pairs(
    name: &str,
    pairs: &[Vec<i32>],
    n: i32,
    distinct_ends: bool,
    unordered: bool,
) -> Result<(), String> {
    let mut seen = HashSet::new();
    for (i, pair) in pairs.iter().enumerate() {
        let [a, b] = pair[..] else {
            return Err(format!(
                "{name}[{i}] has {} numbers; each pair has exactly 2",
                pair.len()
            ));
        };
        for end in [a, b] {
            if !(0..n).contains(&end) {
                return Err(format!(
                    "{name}[{i}] = [{a},{b}] names {end}; allowed 0..={}",
                    n - 1
                ));
            }
        }
        if distinct_ends && a == b {
            return Err(format!("{name}[{i}] = [{a},{b}] joins {a} to itself"));
        }
        let key = if unordered {
            (a.min(b), a.max(b))
        } else {
            (a, b)
        };
        if !seen.insert(key) {
            return Err(format!("{name}[{i}] = [{a},{b}] repeats an earlier pair"));
        }
    }
    Ok(())
}
