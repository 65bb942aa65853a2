//! Your solutions to the sliding-window problems.
pub mod sliding_window_maximum;
