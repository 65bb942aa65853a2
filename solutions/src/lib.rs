//! Your solutions, one module per pattern. `judge new` adds the lines here.
pub mod sliding_window;
