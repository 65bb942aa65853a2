//! Balanced Binary Tree (LeetCode 110). Target: O(n) time, O(h) extra space: one post-order walk
//! that returns each subtree's height (or "unbalanced"), so no height is computed twice. The
//! reference lists the nodes breadth first and takes the heights in reverse order, so nothing
//! recurses in the judge.

use std::cell::RefCell;
use std::rc::Rc;

use judge_engine::prelude::*;

use crate::{Path, Shape};

#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Input {
    pub root: Vec<Option<i32>>,
}

pub struct Problem;

/// LeetCode's method: the nodes listed parents first, then, children before parents, each
/// node's height (1 + the taller child); a node whose children's heights differ by more than one
/// ends the walk.
pub fn is_balanced(root: Option<Rc<RefCell<TreeNode>>>) -> bool {
    let mut order: Vec<Rc<RefCell<TreeNode>>> = root.into_iter().collect();
    let mut children: Vec<[Option<usize>; 2]> = vec![[None, None]; order.len()];
    let mut i = 0;
    while i < order.len() {
        let (left, right) = {
            let node = order[i].borrow();
            (node.left.clone(), node.right.clone())
        };
        for (side, child) in [left, right].into_iter().enumerate() {
            if let Some(child) = child {
                children[i][side] = Some(order.len());
                order.push(child);
                children.push([None, None]);
            }
        }
        i += 1;
    }
    let mut height = vec![0i32; order.len()];
    for i in (0..order.len()).rev() {
        let [left, right] = children[i].map(|child| child.map_or(0, |c| height[c]));
        if (left - right).abs() > 1 {
            return false;
        }
        height[i] = 1 + left.max(right);
    }
    true
}

/// The reference as the judge calls it: the tree built from its level order, checked, and freed
/// node by node (the learner's code pays the same building in the glue).
pub fn reference(root: Vec<Option<i32>>) -> bool {
    let tree = nodes::tree(&root);
    let balanced = is_balanced(tree.clone());
    nodes::drop_tree(tree);
    balanced
}

const MAX_NODES: usize = 5000;
const MAX_VALUE: i32 = 10_000;

fn family(shape: Shape, gen: &mut Gen) -> Input {
    Input {
        root: shape.with_values(&gen.ints(shape.len(), -MAX_VALUE, MAX_VALUE)),
    }
}

/// Adds to `children` a height-balanced subtree of height `height` (0 is none) and returns its
/// root: at each node the two children's heights are equal or differ by one, as `pick` says
/// (0: equal, 1: the left one taller, 2: the right one taller). Recursion `height` deep.
fn add_balanced(
    children: &mut Vec<[Option<usize>; 2]>,
    height: usize,
    pick: &mut dyn FnMut() -> usize,
) -> Option<usize> {
    if height == 0 {
        return None;
    }
    let node = children.len();
    children.push([None, None]);
    let lower = height.saturating_sub(2);
    let (left, right) = match pick() {
        0 => (height - 1, height - 1),
        1 => (height - 1, lower),
        _ => (lower, height - 1),
    };
    let left = add_balanced(children, left, pick);
    let right = add_balanced(children, right, pick);
    children[node] = [left, right];
    Some(node)
}

/// A random height-balanced shape of the given height.
fn random_balanced(height: usize, gen: &mut Gen) -> Shape {
    let mut children = Vec::new();
    add_balanced(&mut children, height, &mut || gen.index(3));
    Shape { children }
}

/// The deepest balanced shape with at most `n` nodes: the left subtree one taller than the right
/// at every node (a Fibonacci tree; 4180 nodes reach height 17).
fn deepest_balanced(n: usize) -> Shape {
    // Nodes of the Fibonacci tree of height h: N(h) = N(h-1) + N(h-2) + 1.
    let (mut height, mut size, mut next) = (0, 0usize, 1usize);
    while next <= n {
        let grown = next + size + 1;
        (height, size, next) = (height + 1, next, grown);
    }
    let mut children = Vec::with_capacity(size);
    add_balanced(&mut children, height, &mut || 1);
    Shape { children }
}

/// A perfect tree with two extra nodes below its leftmost leaf and one below its rightmost: the
/// root's subtrees differ in height by one, but the leftmost leaf's parent is unbalanced.
fn unbalanced_deep_down(n: usize) -> Shape {
    let mut perfect = 1;
    while 2 * perfect + 1 + 3 <= n {
        perfect = 2 * perfect + 1;
    }
    let mut shape = Shape::complete(perfect);
    if perfect < 3 || perfect + 3 > n {
        return shape;
    }
    let leftmost = perfect / 2;
    for parent in [leftmost, perfect] {
        shape.children[parent][0] = Some(shape.children.len());
        shape.children.push([None, None]);
    }
    shape.children[perfect - 1][1] = Some(shape.children.len());
    shape.children.push([None, None]);
    shape
}

/// A spine of left children, each balanced where it stands (its right child a path one shorter
/// than its left subtree is tall), above a short unbalanced path: checking the balance top down,
/// with every height from scratch, costs about n·√n here before the first unbalanced node.
fn balanced_spine_over_paths(n: usize) -> Shape {
    let bottom = 3;
    // The spine's length: bottom + k + k·(bottom - 1) + k(k - 1)/2 nodes in all.
    let total = |k: usize| bottom + k * bottom + k * k.saturating_sub(1) / 2;
    let mut k = 0;
    while total(k + 1) <= n {
        k += 1;
    }
    if k == 0 {
        return Shape::path(n, Path::Left);
    }
    let mut children: Vec<[Option<usize>; 2]> = Vec::with_capacity(total(k));
    let add = |children: &mut Vec<[Option<usize>; 2]>| {
        children.push([None, None]);
        children.len() - 1
    };
    let mut spine = Vec::with_capacity(k);
    for _ in 0..k {
        spine.push(add(&mut children));
    }
    // The bottom path hangs to the left of the last spine node.
    let mut parent = spine[k - 1];
    for _ in 0..bottom {
        let node = add(&mut children);
        children[parent][0] = Some(node);
        parent = node;
    }
    for (i, &node) in spine.iter().enumerate() {
        if i + 1 < k {
            children[node][0] = Some(spine[i + 1]);
        }
        // Its left subtree is bottom + (k - 1 - i) tall; its right child a path one shorter.
        let mut parent = node;
        for _ in 0..bottom + (k - 1 - i) - 1 {
            let child = add(&mut children);
            children[parent][1] = Some(child);
            parent = child;
        }
    }
    Shape { children }
}

/// Balanced shapes of height up to 7, sometimes with one leaf added or moved: trees whose leaves
/// lie at different depths and that are (or are just not) balanced.
fn near_balanced() -> BoxedStrategy<Vec<Option<i32>>> {
    (0..=7usize, any::<u64>(), 0..3u8)
        .prop_map(|(height, seed, change)| {
            let mut gen = Gen::new(seed);
            let mut shape = random_balanced(height, &mut gen);
            if change > 0 && !shape.is_empty() {
                // Hang one or two nodes below a random node's free slot.
                let mut node = gen.index(shape.len());
                for _ in 0..change {
                    let side = gen.index(2);
                    if shape.children[node][side].is_some() {
                        break;
                    }
                    let child = shape.children.len();
                    shape.children.push([None, None]);
                    shape.children[node][side] = Some(child);
                    node = child;
                }
            }
            let values = gen.ints(shape.len(), -3, 3);
            shape.with_values(&values)
        })
        .boxed()
}

/// The height of `node` in the arena, by recursion (the oracle's trees are small).
fn height(shape: &Shape, node: Option<usize>) -> i32 {
    node.map_or(0, |node| {
        let [left, right] = shape.children[node];
        1 + height(shape, left).max(height(shape, right))
    })
}

impl FunctionProblem for Problem {
    type Input = Input;
    type Output = bool;
    const PARAMETERS: &'static [&'static str] = &["root"];

    fn reference(input: Input) -> bool {
        reference(input.root)
    }

    fn oracle(input: Input) -> bool {
        // The definition, node by node: both subtrees' heights from scratch at every node.
        let (shape, _) = Shape::parse(&input.root);
        shape
            .children
            .iter()
            .all(|&[left, right]| (height(&shape, left) - height(&shape, right)).abs() <= 1)
    }

    fn strategy() -> BoxedStrategy<Input> {
        prop_oneof![
            crate::trees(-3, 3, 12),
            near_balanced(),
            crate::trees(-MAX_VALUE, MAX_VALUE, 150),
        ]
        .prop_map(|root| Input { root })
        .boxed()
    }

    fn stress() -> Vec<StressFamily<Input>> {
        vec![
            StressFamily {
                // Depth n: heights recomputed at every node without stopping cost O(n²) here.
                name: "a left path (depth n)",
                max_n: MAX_NODES,
                generate: |n, gen| family(Shape::path(n, Path::Left), gen),
            },
            StressFamily {
                name: "a zigzag path (depth n)",
                max_n: MAX_NODES,
                generate: |n, gen| family(Shape::path(n, Path::Zigzag), gen),
            },
            StressFamily {
                name: "a complete tree (balanced)",
                max_n: MAX_NODES,
                generate: |n, gen| family(Shape::complete(n), gen),
            },
            StressFamily {
                name: "the deepest balanced tree (a Fibonacci tree)",
                max_n: MAX_NODES,
                generate: |n, gen| family(deepest_balanced(n), gen),
            },
            StressFamily {
                // The root looks balanced; a node near the leaves is not.
                name: "a perfect tree unbalanced near its leaves",
                max_n: MAX_NODES,
                generate: |n, gen| family(unbalanced_deep_down(n), gen),
            },
            StressFamily {
                name: "a spine balanced where it stands, over paths",
                max_n: MAX_NODES,
                generate: |n, gen| family(balanced_spine_over_paths(n), gen),
            },
            StressFamily {
                name: "a random tree, all values equal",
                max_n: MAX_NODES,
                generate: |n, gen| Input {
                    root: Shape::random(n, gen).with_values(&vec![MAX_VALUE; n]),
                },
            },
        ]
    }

    fn validate(input: &Input) -> Result<(), String> {
        let values: Vec<i32> = input.root.iter().flatten().copied().collect();
        constraint::length("the tree's nodes", values.len(), 0..=MAX_NODES)?;
        constraint::each_within("Node.val", &values, -MAX_VALUE..=MAX_VALUE)
    }
}

/// The harness's entry point: the glue builds the learner's tree and calls `is_balanced` on it.
pub fn judge(solve: fn(Vec<Option<i32>>) -> bool) -> ! {
    judge_engine::judge::<Problem>(&|input: Input| solve(input.root))
}

#[cfg(test)]
mod tests {
    use super::*;

    judge_engine::standard_tests!(Problem);

    #[test]
    fn examples_and_small_trees() {
        let t = |order: &[Option<i32>]| order.to_vec();
        assert!(reference(t(&[
            Some(3),
            Some(9),
            Some(20),
            None,
            None,
            Some(15),
            Some(7)
        ])));
        assert!(!reference(t(&[
            Some(1),
            Some(2),
            Some(2),
            Some(3),
            Some(3),
            None,
            None,
            Some(4),
            Some(4)
        ])));
        assert!(reference(vec![]));
        assert!(reference(t(&[Some(1), Some(2)])));
        assert!(!reference(t(&[Some(1), Some(2), None, Some(3)])));
    }

    #[test]
    fn the_stress_shapes_are_what_they_say() {
        let balanced = |shape: &Shape| reference(shape.with_values(&vec![0; shape.len()]));
        let oracle = |shape: &Shape| {
            Problem::oracle(Input {
                root: shape.with_values(&vec![0; shape.len()]),
            })
        };
        let fibonacci = deepest_balanced(MAX_NODES);
        assert_eq!(fibonacci.len(), 4180);
        assert!(balanced(&fibonacci));
        assert_eq!(
            crate::maximum_depth_of_binary_tree::reference(fibonacci.with_values(&vec![0; 4180])),
            17
        );
        let deep = unbalanced_deep_down(MAX_NODES);
        assert_eq!(deep.len(), 4098);
        assert!(!balanced(&deep));
        for n in [1, 2, 3, 7, 10, 40, 100] {
            for shape in [
                deepest_balanced(n),
                unbalanced_deep_down(n),
                balanced_spine_over_paths(n),
            ] {
                assert!(shape.len() <= n);
                let order = shape.with_values(&vec![0; shape.len()]);
                assert_eq!(
                    order.iter().flatten().count(),
                    shape.len(),
                    "every node reachable"
                );
                assert_eq!(balanced(&shape), oracle(&shape), "n = {n}: {shape:?}");
            }
        }
        let spine = balanced_spine_over_paths(MAX_NODES);
        let order = spine.with_values(&vec![0; spine.len()]);
        assert!(
            spine.len() <= MAX_NODES && spine.len() > 4900,
            "{}",
            spine.len()
        );
        assert_eq!(order.iter().flatten().count(), spine.len());
        assert!(!balanced(&spine));
        let mut gen = Gen::new(5);
        for height in 0..8 {
            let shape = random_balanced(height, &mut gen);
            assert!(balanced(&shape) && oracle(&shape));
        }
    }

    #[test]
    fn deep_paths_are_checked_without_recursion() {
        let n = 100_000;
        for path in [Path::Left, Path::Right, Path::Zigzag] {
            assert!(!reference(Shape::path(n, path).with_values(&vec![1; n])));
        }
        assert!(reference(Shape::complete(n).with_values(&vec![1; n])));
    }
}
