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

/// Union-find with path halving and union by size: near-constant time a call.
pub struct Dsu {
    parent: Vec<usize>,
    size: Vec<usize>,
}

impl Dsu {
    pub fn new(n: usize) -> Self {
        Dsu {
            parent: (0..n).collect(),
            size: vec![1; n],
        }
    }

    pub fn find(&mut self, mut x: usize) -> usize {
        while self.parent[x] != x {
            self.parent[x] = self.parent[self.parent[x]];
            x = self.parent[x];
        }
        x
    }

    /// Joins the sets of `a` and `b`; `false` when they were one set already.
    pub fn union(&mut self, a: usize, b: usize) -> bool {
        let (mut a, mut b) = (self.find(a), self.find(b));
        if a == b {
            return false;
        }
        if self.size[a] < self.size[b] {
            std::mem::swap(&mut a, &mut b);
        }
        self.parent[b] = a;
        self.size[a] += self.size[b];
        true
    }
}

/// For each node, the number of its component (numbered from 0 in order of first node), by
/// breadth-first search over adjacency lists: the oracles' way, unlike the references' union-find.
pub fn component_labels(n: usize, edges: &[Vec<i32>]) -> Vec<usize> {
    let mut adjacent = vec![Vec::new(); n];
    for edge in edges {
        let (a, b) = (edge[0] as usize, edge[1] as usize);
        adjacent[a].push(b);
        adjacent[b].push(a);
    }
    let mut label = vec![usize::MAX; n];
    let mut count = 0;
    for start in 0..n {
        if label[start] != usize::MAX {
            continue;
        }
        label[start] = count;
        let mut queue = std::collections::VecDeque::from([start]);
        while let Some(v) = queue.pop_front() {
            for &w in &adjacent[v] {
                if label[w] == usize::MAX {
                    label[w] = count;
                    queue.push_back(w);
                }
            }
        }
        count += 1;
    }
    label
}

/// A random tree on `0..n`: each node after the first hangs from a random earlier one.
pub fn random_tree(n: usize, gen: &mut Gen) -> Vec<[usize; 2]> {
    (1..n).map(|v| [gen.index(v), v]).collect()
}
