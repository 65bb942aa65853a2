//! Design problems (MinStack, TimeMap, Codec, ...), judged as LeetCode does: through a sequence of
//! operations and their arguments, `operations = ["MinStack","push","getMin"], arguments =
//! [[],[-2],[]]`, whose answers (`[null,null,-2]`) are compared one by one. A design problem is
//! turned into a [`FunctionProblem`] whose input is the sequence, so fixtures, random sequences
//! with shrinking, stress timing and the harness protocol all work as for any other problem.

use std::fmt::Debug;
use std::marker::PhantomData;

use proptest::strategy::BoxedStrategy;
use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::{Checked, FunctionProblem, StressFamily};

/// A sequence of operations in LeetCode's two-list form. The first operation constructs the object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Sequence {
    pub operations: Vec<String>,
    pub arguments: Vec<Vec<Value>>,
}

impl Sequence {
    /// A sequence that starts with the constructor `class`.
    pub fn new(class: &str) -> Sequence {
        Sequence::with_constructor(class, Vec::new())
    }

    pub fn push(&mut self, operation: &str, arguments: Vec<Value>) {
        self.operations.push(operation.to_string());
        self.arguments.push(arguments);
    }

    /// A sequence that starts with the constructor `class` called with `arguments`
    /// (`LRUCache(2)`: `Sequence::with_constructor("LRUCache", vec![json!(2)])`).
    pub fn with_constructor(class: &str, arguments: Vec<Value>) -> Sequence {
        Sequence {
            operations: vec![class.to_string()],
            arguments: vec![arguments],
        }
    }

    /// The constructor's arguments (empty when the sequence has none).
    pub fn constructor(&self) -> &[Value] {
        self.arguments.first().map_or(&[], Vec::as_slice)
    }

    pub fn len(&self) -> usize {
        self.operations.len()
    }

    pub fn is_empty(&self) -> bool {
        self.operations.is_empty()
    }
}

/// A design problem: the object's interface as a trait object, a reference implementation at the
/// target complexity per operation, a naive oracle, and a dispatcher from LeetCode's operation names.
pub trait DesignProblem: 'static {
    /// The problem's trait (`dyn Api`), implemented by the reference, the oracle and an adapter
    /// around the learner's struct.
    type Api: ?Sized + 'static;
    /// LeetCode's class name, the first operation of every sequence.
    const CLASS: &'static str;

    /// The reference object, built with the constructor's arguments (the first argument list of a
    /// sequence, `[2]` for `LRUCache(2)`; empty for a constructor without parameters).
    fn reference(constructor: &[Value]) -> Box<Self::Api>;
    /// The oracle object, built the same way.
    fn oracle(constructor: &[Value]) -> Box<Self::Api>;
    /// Performs one operation; `Err` when the name or the arguments do not fit the interface.
    fn call(object: &mut Self::Api, operation: &str, arguments: &[Value]) -> Result<Value, String>;
    fn strategy() -> BoxedStrategy<Sequence>;
    fn stress() -> Vec<StressFamily<Sequence>>;
    fn validate(sequence: &Sequence) -> Result<(), String>;
}

thread_local! {
    /// Sequences already run, kept so that freeing their thousands of strings is not timed as part
    /// of the solution; the runner releases them after each timed section.
    static KEPT: std::cell::RefCell<Vec<Sequence>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// Frees the sequences kept by [`run_owned`]. Called by the runner outside timed sections.
pub fn release_kept() {
    let kept = KEPT.with(|kept| std::mem::take(&mut *kept.borrow_mut()));
    drop(kept);
}

/// Runs a sequence the caller hands over, keeping it alive until [`release_kept`].
pub fn run_owned<D: DesignProblem>(object: Box<D::Api>, sequence: Sequence) -> Vec<Value> {
    let answers = run_sequence::<D>(object, &sequence);
    KEPT.with(|kept| kept.borrow_mut().push(sequence));
    answers
}

/// Runs a sequence on a fresh object, returning one answer per operation (`null` for none).
pub fn run_sequence<D: DesignProblem>(mut object: Box<D::Api>, sequence: &Sequence) -> Vec<Value> {
    let mut answers = Vec::with_capacity(sequence.len());
    answers.push(Value::Null);
    for (operation, arguments) in sequence.operations.iter().zip(&sequence.arguments).skip(1) {
        match D::call(&mut object, operation, arguments) {
            Ok(answer) => answers.push(answer),
            Err(why) => panic!("the judge cannot perform `{operation}` with {arguments:?}: {why}"),
        }
    }
    answers
}

/// Checks a sequence's shape: as many argument lists as operations, the constructor first.
pub fn validate_shape(class: &str, sequence: &Sequence) -> Result<(), String> {
    if sequence.operations.len() != sequence.arguments.len() {
        return Err(format!(
            "{} operations but {} argument lists",
            sequence.operations.len(),
            sequence.arguments.len()
        ));
    }
    if sequence.operations.first().map(String::as_str) != Some(class) {
        return Err(format!("the first operation must be `{class}`"));
    }
    if let Some(i) = sequence.operations.iter().skip(1).position(|o| o == class) {
        return Err(format!("operation {} constructs a second `{class}`", i + 1));
    }
    Ok(())
}

/// A design problem seen as a function problem over sequences.
pub struct Design<D>(PhantomData<D>);

impl<D: DesignProblem> FunctionProblem for Design<D> {
    type Input = Sequence;
    type Output = Vec<Value>;
    const PARAMETERS: &'static [&'static str] = &["operations", "arguments"];

    fn reference(input: Sequence) -> Vec<Value> {
        run_owned::<D>(D::reference(input.constructor()), input)
    }

    fn oracle(input: Sequence) -> Vec<Value> {
        run_owned::<D>(D::oracle(input.constructor()), input)
    }

    fn strategy() -> BoxedStrategy<Sequence> {
        D::strategy()
    }

    fn stress() -> Vec<StressFamily<Sequence>> {
        D::stress()
    }

    fn validate(input: &Sequence) -> Result<(), String> {
        validate_shape(D::CLASS, input)?;
        D::validate(input)
    }

    fn check(input: &Sequence, expected: &Vec<Value>, got: &Vec<Value>) -> Checked {
        for (i, (want, have)) in expected.iter().zip(got).enumerate() {
            if want != have {
                let operation = input.operations.get(i).map_or("?", String::as_str);
                let arguments = input
                    .arguments
                    .get(i)
                    .map(|a| Value::Array(a.clone()))
                    .unwrap_or(Value::Null);
                return Err(format!(
                    "operation {i}, {operation}{arguments}, returned {have}; expected {want}"
                ));
            }
        }
        if expected.len() != got.len() {
            return Err(format!(
                "{} answers for {} operations",
                got.len(),
                expected.len()
            ));
        }
        Ok(())
    }
}

/// Reads argument `index` of an operation as `T`.
pub fn argument<T: for<'de> Deserialize<'de>>(
    arguments: &[Value],
    index: usize,
) -> Result<T, String> {
    let value = arguments
        .get(index)
        .ok_or_else(|| format!("argument {index} is missing"))?;
    serde_json::from_value(value.clone())
        .map_err(|e| format!("argument {index} ({value}) does not fit: {e}"))
}

/// Reads argument `index` as an `i32` without going through serde (the hot path of stress runs).
pub fn int_argument(arguments: &[Value], index: usize) -> Result<i32, String> {
    let value = arguments
        .get(index)
        .ok_or_else(|| format!("argument {index} is missing"))?;
    value
        .as_i64()
        .and_then(|v| i32::try_from(v).ok())
        .ok_or_else(|| format!("argument {index} ({value}) is not a 32-bit integer"))
}

/// An answer as JSON.
pub fn answer<T: Serialize + Debug>(value: T) -> Value {
    serde_json::to_value(&value).unwrap_or_else(|e| panic!("{value:?} does not serialize: {e}"))
}
