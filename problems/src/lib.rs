//! The catalogue's code, one module per pattern and one file per problem. Each problem module
//! implements [`judge_engine::FunctionProblem`] and exposes a non-generic `judge` function that the
//! harness calls with the learner's function, so that all generic code is compiled here, once.
//! The problem's words (statement, examples, questions) live in `data/`, not in code.

pub mod arrays_hashing;
pub mod binary_search;
pub mod sliding_window;
pub mod stack;
pub mod two_pointers;
