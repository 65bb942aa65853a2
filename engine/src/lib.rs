//! The judging engine, linked into the referee and into the solution binary that `judge run`
//! builds around a learner's file. It reads a [`RunRequest`] from stdin, runs the learner's function on regression, fixture,
//! property and stress cases, compares each answer with the problem's reference through its
//! checker, times the stress cases against the reference, and reports [`Event`]s to the judge.
//!
//! Generic code is instantiated in the `problems` crate (each problem's non-generic `judge`
//! function), never in the harness, so that a learner's edit rebuilds only a few lines.

pub mod alloc;
pub mod channel;
pub mod design;
pub mod gen;
pub mod nodes;
pub mod remote;
mod run;
pub mod serve;
pub mod testing;

/// The OS-specific containment and measurement, from `judge-runner`, under the names the engine
/// has always used.
pub use judge_runner::{probe, sandbox};

use std::fmt::Debug;

use proptest::strategy::BoxedStrategy;
use serde::de::DeserializeOwned;
use serde::Serialize;

pub use gen::Gen;
pub use judge_core::check::{self, Checked};
pub use judge_core::constraint;
pub use judge_core::protocol::{Event, RunRequest};

/// The learner's function, adapted to take the problem's input struct.
pub type Solve<'a, P> =
    &'a (dyn Fn(<P as FunctionProblem>::Input) -> <P as FunctionProblem>::Output + Sync);

/// A judge binary's `main` for problem `P` around `solve` (the learner's function, or the
/// reference). Its environment says which part it plays: the referee, which decides the verdict
/// and never calls `solve` (its solution runs in another process), or a solution process, which
/// only answers calls of `solve` (see `serve.rs`).
pub fn judge<P: FunctionProblem>(solve: Solve<'_, P>) -> ! {
    match std::env::var(remote::ROLE_ENV).as_deref() {
        Ok("referee") => run::referee::<P>(),
        Ok("serve") => serve::serve::<P>(solve),
        _ => {
            eprintln!("this program is started by `judge run`; it does nothing on its own");
            channel::exit_now(2)
        }
    }
}

/// A family of stress inputs: maximum-size or adversarial, built at any size `n` up to `max_n`.
pub struct StressFamily<I> {
    pub name: &'static str,
    /// The largest size the constraints allow for this family.
    pub max_n: usize,
    pub generate: fn(usize, &mut Gen) -> I,
}

/// A problem whose answer is a function of its arguments (not a design problem).
pub trait FunctionProblem: 'static {
    /// The arguments, as a struct whose fields are named like the signature's parameters.
    type Input: Clone + Debug + Serialize + DeserializeOwned + Send + Sync + 'static;
    type Output: Clone + Debug + Serialize + DeserializeOwned + PartialEq + Send + 'static;

    /// The parameter names, in the signature's order.
    const PARAMETERS: &'static [&'static str];

    /// The solution at the target complexity.
    fn reference(input: Self::Input) -> Self::Output;

    /// The obviously-correct brute force the reference is tested against.
    fn oracle(input: Self::Input) -> Self::Output;

    /// Random valid inputs, small enough for the oracle, shrinking towards simple ones.
    fn strategy() -> BoxedStrategy<Self::Input>;

    /// Maximum-size and adversarial inputs.
    fn stress() -> Vec<StressFamily<Self::Input>>;

    /// Whether an input keeps the problem's constraints; the reason when it does not.
    fn validate(input: &Self::Input) -> Result<(), String>;

    /// Whether `got` is a right answer, given one right answer `expected`.
    fn check(_input: &Self::Input, expected: &Self::Output, got: &Self::Output) -> Checked {
        check::exact(expected, got)
    }
}

/// Strings of `len` characters drawn from `alphabet` (ASCII), shrinking towards shorter strings
/// and the alphabet's first characters: what a regex like `"[abc]{1,5}"` would give, without
/// proptest's regex parser (its `std` feature, ~28 s of CPU in a first build).
pub fn string_of(
    alphabet: &'static str,
    len: std::ops::RangeInclusive<usize>,
) -> BoxedStrategy<String> {
    use proptest::prelude::*;
    proptest::collection::vec(proptest::sample::select(alphabet.as_bytes().to_vec()), len)
        .prop_map(|bytes| bytes.into_iter().map(char::from).collect())
        .boxed()
}

/// Common imports for a problem module.
pub mod prelude {
    pub use crate::check::{self, Checked};
    pub use crate::constraint;
    pub use crate::design::{answer, argument, int_argument, Design, DesignProblem, Sequence};
    pub use crate::gen;
    pub use crate::nodes::{self, GraphNode, ListNode, Node, SharedListNode, TreeNode};
    pub use crate::{string_of, FunctionProblem, Gen, StressFamily};
    pub use proptest::prelude::*;
    pub use serde::{Deserialize, Serialize};
    pub use serde_json::{json, Value};
}
