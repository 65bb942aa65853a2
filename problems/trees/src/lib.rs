//! Trees: walk a binary tree depth first (recursion, or an explicit stack when the tree can be a
//! 10^4-deep path) or breadth first (a queue, one level at a time), carrying what the parent knows
//! down and what the subtree found up. Trees cross to the learner's process in LeetCode's level
//! order (`[1,null,2,3]`); see `judge_engine::nodes`.
//!
//! The shapes below are shared by the problems' strategies and stress families: a shape is built
//! as an arena (node 0 the root, each node's two child slots), values are put in it, and it is
//! written out in LeetCode's level order.

pub mod balanced_binary_tree;
pub mod binary_tree_level_order_traversal;
pub mod binary_tree_maximum_path_sum;
pub mod binary_tree_right_side_view;
pub mod construct_binary_tree_from_preorder_and_inorder_traversal;
pub mod count_good_nodes_in_binary_tree;
pub mod diameter_of_binary_tree;
pub mod invert_binary_tree;
pub mod kth_smallest_element_in_a_bst;
pub mod lowest_common_ancestor_of_a_binary_search_tree;
pub mod maximum_depth_of_binary_tree;
pub mod same_tree;
pub mod serialize_and_deserialize_binary_tree;
pub mod subtree_of_another_tree;
pub mod validate_binary_search_tree;

use judge_engine::prelude::*;
use std::collections::VecDeque;
use std::ops::RangeInclusive;

/// A tree's shape without values: node 0 is the root, `children[i]` node i's left and right child.
#[derive(Clone, Debug, Default)]
pub struct Shape {
    pub children: Vec<[Option<usize>; 2]>,
}

/// Which way a path of nodes (a degenerate tree, one long chain) turns at each node.
#[derive(Clone, Copy, Debug)]
pub enum Path {
    Left,
    Right,
    /// Left, right, left, ...: the chain that defeats code checking only one side.
    Zigzag,
}

impl Shape {
    pub fn len(&self) -> usize {
        self.children.len()
    }

    pub fn is_empty(&self) -> bool {
        self.children.is_empty()
    }

    /// A chain of `n` nodes turning as `path` says: the deepest tree of `n` nodes.
    pub fn path(n: usize, path: Path) -> Shape {
        let children = (0..n)
            .map(|i| {
                let next = (i + 1 < n).then_some(i + 1);
                let goes_left = match path {
                    Path::Left => true,
                    Path::Right => false,
                    Path::Zigzag => i % 2 == 0,
                };
                if goes_left {
                    [next, None]
                } else {
                    [None, next]
                }
            })
            .collect();
        Shape { children }
    }

    /// The complete tree of `n` nodes (every level full but the last, filled from the left): the
    /// shallowest tree of `n` nodes.
    pub fn complete(n: usize) -> Shape {
        let child = |c: usize| (c < n).then_some(c);
        Shape {
            children: (0..n)
                .map(|i| [child(2 * i + 1), child(2 * i + 2)])
                .collect(),
        }
    }

    /// A random tree of `n` nodes: each new node takes a free child slot chosen uniformly, which
    /// gives a depth of a few times log n, with bushy and stringy parts.
    pub fn random(n: usize, gen: &mut Gen) -> Shape {
        let mut children = vec![[None, None]; n];
        let mut free: Vec<(usize, usize)> = if n > 0 { vec![(0, 0), (0, 1)] } else { vec![] };
        for node in 1..n {
            let (parent, side) = free.swap_remove(gen.index(free.len()));
            children[parent][side] = Some(node);
            free.push((node, 0));
            free.push((node, 1));
        }
        Shape { children }
    }

    /// The shape and values of a tree given in LeetCode's level order, read as LeetCode reads it
    /// (the inverse of [`Shape::with_values`]): for oracles that work on indices, not nodes.
    pub fn parse(level_order: &[Option<i32>]) -> (Shape, Vec<i32>) {
        let (mut shape, mut values) = (Shape::default(), Vec::new());
        let mut entries = level_order.iter();
        let Some(Some(root)) = entries.next() else {
            return (shape, values);
        };
        shape.children.push([None, None]);
        values.push(*root);
        let mut waiting = VecDeque::from([0]);
        while let Some(parent) = waiting.pop_front() {
            for side in 0..2 {
                if let Some(Some(value)) = entries.next() {
                    let node = values.len();
                    shape.children.push([None, None]);
                    values.push(*value);
                    shape.children[parent][side] = Some(node);
                    waiting.push_back(node);
                }
            }
        }
        (shape, values)
    }

    /// The nodes in order: left subtree, node, right subtree (iteratively, for any depth).
    pub fn in_order(&self) -> Vec<usize> {
        let mut order = Vec::with_capacity(self.len());
        let mut stack = Vec::new();
        let mut node = (!self.is_empty()).then_some(0);
        while node.is_some() || !stack.is_empty() {
            while let Some(current) = node {
                stack.push(current);
                node = self.children[current][0];
            }
            let current = stack
                .pop()
                .expect("the loop runs while the stack holds a node");
            order.push(current);
            node = self.children[current][1];
        }
        order
    }

    /// The tree in LeetCode's level order with `values[i]` at node i.
    pub fn with_values(&self, values: &[i32]) -> Vec<Option<i32>> {
        assert_eq!(values.len(), self.len(), "one value per node");
        let mut out = Vec::with_capacity(2 * self.len() + 1);
        let mut queue = VecDeque::from([(!self.is_empty()).then_some(0)]);
        while let Some(entry) = queue.pop_front() {
            match entry {
                Some(node) => {
                    out.push(Some(values[node]));
                    queue.extend(self.children[node]);
                }
                None => out.push(None),
            }
        }
        nodes::normalise(out)
    }

    /// The tree as a binary search tree: `sorted` (ascending) placed in in-order, so every node is
    /// greater than its left subtree and smaller than its right one when `sorted` is strictly
    /// ascending.
    pub fn as_bst(&self, sorted: &[i32]) -> Vec<Option<i32>> {
        let mut values = vec![0; self.len()];
        for (&node, &value) in self.in_order().iter().zip(sorted) {
            values[node] = value;
        }
        self.with_values(&values)
    }
}

/// `n` distinct values in `low..=high`, ascending (`high - low + 1 >= n`).
pub fn distinct_sorted(n: usize, low: i32, high: i32, gen: &mut Gen) -> Vec<i32> {
    let span = i64::from(high) - i64::from(low) + 1;
    assert!(
        span >= n as i64,
        "{n} distinct values do not fit in {low}..={high}"
    );
    let mut chosen = std::collections::BTreeSet::new();
    if (n as i64) * 2 > span {
        // Dense: walk the range and keep each value with the right odds.
        let (mut left, mut need) = (span, n as i64);
        for value in i64::from(low)..=i64::from(high) {
            if gen.int(0, left - 1) < need {
                chosen.insert(value as i32);
                need -= 1;
            }
            left -= 1;
        }
    } else {
        while chosen.len() < n {
            chosen.insert(gen.int(low.into(), high.into()) as i32);
        }
    }
    chosen.into_iter().collect()
}

/// `level_order` with one small random change, for the near misses of problems that compare
/// trees: a value moved by one (staying in `low..=high`), a leaf removed, a leaf added at a free
/// child slot, or one node's two children swapped. Only a swap of two equal subtrees leaves the
/// tree as it was.
pub fn altered(
    level_order: &[Option<i32>],
    low: i32,
    high: i32,
    gen: &mut Gen,
) -> Vec<Option<i32>> {
    let (mut shape, mut values) = Shape::parse(level_order);
    if shape.is_empty() {
        return vec![Some(gen.int(low.into(), high.into()) as i32)];
    }
    let node = gen.index(shape.len());
    match gen.index(4) {
        0 => {
            values[node] = if values[node] < high {
                values[node] + 1
            } else {
                values[node] - 1
            }
        }
        1 => {
            // A leaf: the last node in level order has no children.
            let leaf = shape.len() - 1;
            if leaf == 0 {
                return Vec::new();
            }
            for children in &mut shape.children {
                for child in children.iter_mut() {
                    if *child == Some(leaf) {
                        *child = None;
                    }
                }
            }
        }
        2 => {
            let free: Vec<(usize, usize)> = (0..shape.len())
                .flat_map(|parent| [(parent, 0), (parent, 1)])
                .filter(|&(parent, side)| shape.children[parent][side].is_none())
                .collect();
            let (parent, side) = free[gen.index(free.len())];
            shape.children[parent][side] = Some(shape.len());
            shape.children.push([None, None]);
            values.push(gen.int(low.into(), high.into()) as i32);
        }
        _ => shape.children[node].swap(0, 1),
    }
    shape.with_values(&values)
}

/// Random trees in level order with up to `max_nodes` nodes whose values are in `low..=high`,
/// shrinking towards small trees of small values: a list of optional values read as LeetCode
/// reads a level order, then written out again in normal form.
pub fn trees(low: i32, high: i32, max_nodes: usize) -> BoxedStrategy<Vec<Option<i32>>> {
    prop::collection::vec(prop::option::weighted(0.8, low..=high), 0..=max_nodes)
        .prop_map(|entries| nodes::into_level_order(nodes::tree(&entries)))
        .boxed()
}

/// Random binary search trees in level order with up to `max_nodes` distinct values in
/// `low..=high`: a random shape filled in-order with sorted distinct values.
pub fn search_trees(low: i32, high: i32, max_nodes: usize) -> BoxedStrategy<Vec<Option<i32>>> {
    (0..=max_nodes, any::<u64>())
        .prop_map(move |(n, seed)| {
            let mut gen = Gen::new(seed);
            let n = n.min((i64::from(high) - i64::from(low) + 1) as usize);
            let sorted = distinct_sorted(n, low, high, &mut gen);
            Shape::random(n, &mut gen).as_bst(&sorted)
        })
        .boxed()
}

/// The shapes that break tree code, for strategies and stress families: `kind` 0 is a left path,
/// 1 a right path, 2 a zigzag, 3 a path turning at random, 4 the complete tree, 5 a random tree.
pub fn shape(kind: usize, n: usize, gen: &mut Gen) -> Shape {
    match kind {
        0 => Shape::path(n, Path::Left),
        1 => Shape::path(n, Path::Right),
        2 => Shape::path(n, Path::Zigzag),
        3 => {
            let mut shape = Shape::path(n, Path::Left);
            for slots in &mut shape.children {
                if gen.chance(1, 2) {
                    slots.swap(0, 1);
                }
            }
            shape
        }
        4 => Shape::complete(n),
        _ => Shape::random(n, gen),
    }
}

/// Trees of every [`shape`] (paths, complete, random) with up to `max_nodes` nodes and values in
/// `low..=high`, shrinking towards fewer nodes: the deep and one-sided trees that a level order
/// drawn at random ([`trees`]) rarely gives.
pub fn shaped_trees(low: i32, high: i32, max_nodes: usize) -> BoxedStrategy<Vec<Option<i32>>> {
    (0..=max_nodes, 0..6usize, any::<u64>())
        .prop_map(move |(n, kind, seed)| {
            let mut gen = Gen::new(seed);
            let shape = shape(kind, n, &mut gen);
            shape.with_values(&gen.ints(n, low, high))
        })
        .boxed()
}

/// Checks a tree parameter `name` given in level order: LeetCode's normal form (each entry is a
/// child slot of a node before it, no trailing `null`, `[]` for the empty tree), a node count in
/// `count` and values in `values`. Returns the values, in level order.
pub fn validate_tree(
    name: &str,
    order: &[Option<i32>],
    count: RangeInclusive<usize>,
    values: RangeInclusive<i32>,
) -> Result<Vec<i32>, String> {
    if order.last() == Some(&None) {
        return Err(format!(
            "{name} ends with null; a level order trims trailing nulls (the empty tree is [])"
        ));
    }
    // Entry 0 is the root's place; each node present opens two places for its children.
    let mut places = 1usize;
    for (i, entry) in order.iter().enumerate() {
        if i >= places {
            return Err(format!(
                "{name}: entry {i} has no parent (the nodes before it leave {places} places)"
            ));
        }
        if entry.is_some() {
            places += 2;
        }
    }
    let found: Vec<i32> = order.iter().flatten().copied().collect();
    constraint::length(
        &format!("the number of nodes in {name}"),
        found.len(),
        count,
    )?;
    constraint::each_within("Node.val", &found, values)?;
    Ok(found)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shapes_read_back_as_the_same_trees() {
        assert_eq!(
            Shape::complete(0).with_values(&[]),
            Vec::<Option<i32>>::new()
        );
        assert_eq!(
            Shape::complete(5).with_values(&[1, 2, 3, 4, 5]),
            vec![Some(1), Some(2), Some(3), Some(4), Some(5)]
        );
        assert_eq!(
            Shape::path(3, Path::Right).with_values(&[1, 2, 3]),
            vec![Some(1), None, Some(2), None, Some(3)]
        );
        assert_eq!(
            Shape::path(3, Path::Zigzag).with_values(&[1, 2, 3]),
            vec![Some(1), Some(2), None, None, Some(3)]
        );
        let mut gen = Gen::new(7);
        for n in [0, 1, 2, 10, 1000] {
            let shape = Shape::random(n, &mut gen);
            let values: Vec<i32> = (0..n as i32).collect();
            let order = shape.with_values(&values);
            assert_eq!(nodes::level_order(&nodes::tree(&order)), order);
            let (parsed, parsed_values) = Shape::parse(&order);
            assert_eq!(parsed.with_values(&parsed_values), order);
            assert_eq!(order.iter().flatten().count(), n);
        }
    }

    #[test]
    fn search_trees_are_ordered_in_order() {
        let mut gen = Gen::new(3);
        let sorted = distinct_sorted(500, -10, 600, &mut gen);
        assert!(sorted.windows(2).all(|w| w[0] < w[1]) && sorted.len() == 500);
        for shape in [Shape::random(500, &mut gen), Shape::path(500, Path::Zigzag)] {
            let order = shape.as_bst(&sorted);
            // Reading the in-order of the built tree gives the sorted values back.
            let tree = nodes::tree(&order);
            let (mut stack, mut node, mut seen) = (Vec::new(), tree.clone(), Vec::new());
            while node.is_some() || !stack.is_empty() {
                while let Some(current) = node {
                    node = current.borrow().left.clone();
                    stack.push(current);
                }
                let current = stack.pop().unwrap();
                seen.push(current.borrow().val);
                node = current.borrow().right.clone();
            }
            nodes::drop_tree(tree);
            assert_eq!(seen, sorted);
        }
    }

    #[test]
    fn altered_trees_differ_by_one_small_change() {
        let mut gen = Gen::new(11);
        let mut changed = 0;
        for _ in 0..500 {
            let n = gen.index(8);
            let order = Shape::random(n, &mut gen).with_values(&gen.ints(n, 1, 5));
            let altered = altered(&order, 1, 5, &mut gen);
            let count = |o: &[Option<i32>]| o.iter().flatten().count() as i64;
            assert!(
                (count(&altered) - count(&order)).abs() <= 1,
                "{order:?} {altered:?}"
            );
            assert!(altered.iter().flatten().all(|v| (1..=5).contains(v)));
            assert_eq!(altered, nodes::normalise(altered.clone()));
            changed += usize::from(altered != order);
        }
        assert!(changed > 400, "{changed} of 500 changed");
    }

    #[test]
    fn level_orders_are_checked_for_normal_form() {
        let check = |order: &[Option<i32>]| validate_tree("root", order, 0..=5, -9..=9);
        assert_eq!(check(&[]), Ok(vec![]));
        assert_eq!(check(&[Some(1), None, Some(2), Some(3)]), Ok(vec![1, 2, 3]));
        assert!(check(&[None]).is_err());
        assert!(check(&[Some(1), None]).is_err());
        assert!(check(&[Some(1), None, None, Some(2)]).is_err());
        assert!(check(&[Some(10)]).is_err());
        assert!(check(&[Some(1); 6]).is_err());
        let mut gen = Gen::new(5);
        for kind in 0..6 {
            let order = shape(kind, 40, &mut gen).with_values(&[0; 40]);
            assert_eq!(
                validate_tree("root", &order, 40..=40, 0..=0).map(|v| v.len()),
                Ok(40)
            );
        }
    }

    #[test]
    fn a_deep_path_is_built_and_freed_without_recursion() {
        let order = Shape::path(100_000, Path::Left).with_values(&vec![1; 100_000]);
        assert_eq!(nodes::into_level_order(nodes::tree(&order)), order);
    }
}
