//! Your solutions, one module per pattern. `judge new` adds the lines here.
mod leetcode;
#[allow(unused_imports)]
pub use leetcode::{ListNode, Node, SharedListNode, TreeNode};

pub mod sliding_window;
