//! Your solutions, one module per pattern. `judge new` adds the lines here.
mod leetcode;
pub use leetcode::{ListNode, TreeNode};

pub mod sliding_window;
