//! Stack: last in, first out; monotonic stacks for "next greater" questions.

pub mod car_fleet;
pub mod daily_temperatures;
pub mod evaluate_reverse_polish_notation;
pub mod generate_parentheses;
pub mod largest_rectangle_in_histogram;
pub mod min_stack;
pub mod valid_parentheses;
