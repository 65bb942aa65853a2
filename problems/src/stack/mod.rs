//! Stack: last in, first out; monotonic stacks for "next greater" questions.

pub mod min_stack;
