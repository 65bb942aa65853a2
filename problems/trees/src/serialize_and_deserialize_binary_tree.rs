//! Serialize and Deserialize Binary Tree (LeetCode 297), a design problem. Target: O(n) for both
//! methods. The format is the learner's own, so the judge never compares strings: its one
//! operation, `roundTrip`, serializes a tree with one `Codec` and deserializes the string with
//! another, as LeetCode does (`deser.deserialize(ser.serialize(root))`), and the tree that comes
//! back must be the tree that went in. Trees cross in level order; the adapter builds and reads the
//! learner's nodes (the reference pays the same).

use judge_engine::prelude::*;

use crate::{trees, Path, Shape};

/// The interface the judge calls; the harness adapts the learner's `Codec` to it.
pub trait Api {
    fn serialize(&mut self, root: Vec<Option<i32>>) -> String;
    fn deserialize(&mut self, data: String) -> Vec<Option<i32>>;
}

/// Two codecs, one that serializes and one that deserializes, so that nothing kept inside one
/// object can carry the tree across.
pub struct TwoCodecs {
    pub ser: Box<dyn Api>,
    pub deser: Box<dyn Api>,
}

/// The reference: preorder with `#` for a missing child, values separated by commas, written and
/// read with an explicit stack (a 10^4-deep path needs no deep recursion).
#[derive(Default)]
pub struct Preorder;

impl Api for Preorder {
    fn serialize(&mut self, root: Vec<Option<i32>>) -> String {
        use std::fmt::Write;
        let tree = nodes::tree(&root);
        let mut out = String::with_capacity(root.len() * 4);
        let mut stack = vec![tree.clone()];
        while let Some(entry) = stack.pop() {
            match entry {
                Some(node) => {
                    let node = node.borrow();
                    write!(out, "{},", node.val).expect("writing to a String cannot fail");
                    stack.push(node.right.clone());
                    stack.push(node.left.clone());
                }
                None => out.push_str("#,"),
            }
        }
        nodes::drop_tree(tree);
        out
    }

    fn deserialize(&mut self, data: String) -> Vec<Option<i32>> {
        use std::cell::RefCell;
        use std::rc::Rc;
        // Each node waits on the stack until both its children are read; `side` says which
        // child comes next (0 left, 1 right).
        let mut tokens = data.split(',').filter(|t| !t.is_empty());
        let make = |token: &str| -> Option<Rc<RefCell<TreeNode>>> {
            (token != "#").then(|| {
                Rc::new(RefCell::new(TreeNode::new(
                    token.parse().expect("the reference reads its own format"),
                )))
            })
        };
        let root = tokens.next().and_then(make);
        let mut stack: Vec<(Rc<RefCell<TreeNode>>, u8)> =
            root.iter().map(|r| (r.clone(), 0)).collect();
        for token in tokens {
            let child = make(token);
            let Some((parent, side)) = stack.pop() else {
                break;
            };
            if side == 0 {
                parent.borrow_mut().left = child.clone();
                stack.push((parent, 1));
            } else {
                parent.borrow_mut().right = child.clone();
            }
            if let Some(child) = child {
                stack.push((child, 0));
            }
        }
        nodes::into_level_order(root)
    }
}

/// The oracle: the level order itself, words separated by spaces, `n` for a missing node.
#[derive(Default)]
pub struct LevelOrderWords;

impl Api for LevelOrderWords {
    fn serialize(&mut self, root: Vec<Option<i32>>) -> String {
        let words: Vec<String> = root
            .iter()
            .map(|entry| entry.map_or("n".to_string(), |v| v.to_string()))
            .collect();
        words.join(" ")
    }

    fn deserialize(&mut self, data: String) -> Vec<Option<i32>> {
        data.split_whitespace()
            .map(|word| word.parse().ok())
            .collect()
    }
}

pub struct Problem;

const MAX_NODES: usize = 10_000;
const MAX_VALUE: i32 = 1000;

fn round_trips(trees: Vec<Vec<Option<i32>>>) -> Sequence {
    let mut sequence = Sequence::new("Codec");
    for tree in trees {
        sequence.push("roundTrip", vec![json!(tree)]);
    }
    sequence
}

fn tree_argument(arguments: &[Value]) -> Result<Vec<Option<i32>>, String> {
    if arguments.len() != 1 {
        return Err(format!(
            "roundTrip takes one argument, the tree; {} given",
            arguments.len()
        ));
    }
    argument(arguments, 0)
}

impl DesignProblem for Problem {
    type Api = TwoCodecs;
    const CLASS: &'static str = "Codec";

    fn reference(_constructor: &[Value]) -> Box<TwoCodecs> {
        Box::new(TwoCodecs {
            ser: Box::<Preorder>::default(),
            deser: Box::<Preorder>::default(),
        })
    }

    fn oracle(_constructor: &[Value]) -> Box<TwoCodecs> {
        Box::new(TwoCodecs {
            ser: Box::<LevelOrderWords>::default(),
            deser: Box::<LevelOrderWords>::default(),
        })
    }

    fn call(object: &mut TwoCodecs, operation: &str, arguments: &[Value]) -> Result<Value, String> {
        match operation {
            "roundTrip" => {
                let data = object.ser.serialize(tree_argument(arguments)?);
                Ok(json!(object.deser.deserialize(data)))
            }
            other => Err(format!(
                "Codec has no operation `{other}`; the judge only calls `roundTrip`"
            )),
        }
    }

    fn strategy() -> BoxedStrategy<Sequence> {
        // Negative values, multi-digit values and empty trees, so a format that loses a sign, a
        // digit or the empty tree shows up.
        let tree = prop_oneof![trees(-3, 3, 12), trees(-MAX_VALUE, MAX_VALUE, 12),];
        prop::collection::vec(tree, 1..4)
            .prop_map(round_trips)
            .boxed()
    }

    fn stress() -> Vec<StressFamily<Sequence>> {
        vec![
            StressFamily {
                // The deepest tree: recursion 10^4 deep, and a string of about 6 * 10^4 bytes that
                // a quadratic writer or reader (repeated concatenation, `Vec::remove(0)`) pays for.
                name: "a left path of negative values",
                max_n: MAX_NODES,
                generate: |n, gen| {
                    let values = gen.ints(n, -MAX_VALUE, -100);
                    round_trips(vec![Shape::path(n, Path::Left).with_values(&values)])
                },
            },
            StressFamily {
                name: "a zigzag path",
                max_n: MAX_NODES,
                generate: |n, gen| {
                    let values = gen.ints(n, -MAX_VALUE, MAX_VALUE);
                    round_trips(vec![Shape::path(n, Path::Zigzag).with_values(&values)])
                },
            },
            StressFamily {
                name: "a complete tree",
                max_n: MAX_NODES,
                generate: |n, gen| {
                    let values = gen.ints(n, -MAX_VALUE, MAX_VALUE);
                    round_trips(vec![Shape::complete(n).with_values(&values)])
                },
            },
            StressFamily {
                name: "a random tree, all values equal",
                max_n: MAX_NODES,
                generate: |n, gen| {
                    let shape = Shape::random(n, gen);
                    round_trips(vec![shape.with_values(&vec![-MAX_VALUE; n])])
                },
            },
        ]
    }

    fn validate(sequence: &Sequence) -> Result<(), String> {
        for (i, (operation, arguments)) in sequence
            .operations
            .iter()
            .zip(&sequence.arguments)
            .enumerate()
            .skip(1)
        {
            if operation != "roundTrip" {
                return Err(format!(
                    "operation {i}: unknown operation `{operation}`; the only one is `roundTrip`"
                ));
            }
            let at = |e: String| format!("operation {i}: {e}");
            let tree = tree_argument(arguments).map_err(at)?;
            let values: Vec<i32> = tree.iter().flatten().copied().collect();
            constraint::length("the tree's nodes", values.len(), 0..=MAX_NODES).map_err(at)?;
            constraint::each_within("Node.val", &values, -MAX_VALUE..=MAX_VALUE).map_err(at)?;
            if nodes::into_level_order(nodes::tree(&tree)) != tree {
                return Err(at("the tree is not in LeetCode's level order".into()));
            }
        }
        Ok(())
    }
}

/// The reference as the judge runs it when verifying the problem.
pub fn reference() -> Box<dyn Api> {
    Box::<Preorder>::default()
}

/// The harness's entry point: `new` builds one of the learner's Codecs; each sequence gets two.
pub fn judge(new: fn() -> Box<dyn Api>) -> ! {
    judge_engine::judge::<Design<Problem>>(&|sequence: Sequence| {
        let codecs = TwoCodecs {
            ser: new(),
            deser: new(),
        };
        judge_engine::design::run_owned::<Problem>(Box::new(codecs), sequence)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    judge_engine::standard_tests!(Design<Problem>);

    #[test]
    fn round_trips_keep_the_tree() {
        let mut codec = Preorder;
        for tree in [
            vec![],
            vec![Some(1), Some(2), Some(3), None, None, Some(4), Some(5)],
            vec![Some(-1000), None, Some(1000)],
            Shape::path(10_000, Path::Left).with_values(&vec![7; 10_000]),
        ] {
            let data = codec.serialize(tree.clone());
            assert_eq!(codec.deserialize(data), tree);
        }
    }
}
