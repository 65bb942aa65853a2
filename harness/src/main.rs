//! The harness: see build.rs. Everything it does is in the generated glue and the `problems` crate.

include!(concat!(env!("OUT_DIR"), "/glue.rs"));
