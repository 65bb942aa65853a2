//! The solution binary: see build.rs. Everything it does is in the generated glue and the
//! `problems` crate. Unsafe code is forbidden in the learner's file (an inner `allow` cannot undo a
//! `forbid`): with it, code could replace the C library's functions (`#[no_mangle]`) or reach
//! memory the judge relies on; the solution process is confined by the kernel either way.
#![forbid(unsafe_code)]

include!(concat!(env!("OUT_DIR"), "/glue.rs"));
