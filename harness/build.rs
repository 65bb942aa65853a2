//! Writes the glue that `main.rs` includes: a copy of the learner's file as `mod solution` and
//! `main`, which calls the problem's entry point. `judge run` writes it (see `judge/src/glue.rs`)
//! and sets it through the environment; cargo rebuilds when it changes, and rustc's dependency
//! tracking rebuilds when the copy of the file does.

use std::env;
use std::fs;
use std::path::PathBuf;

fn main() {
    println!("cargo::rerun-if-env-changed=JUDGE_GLUE");
    let out = PathBuf::from(env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    let glue = env::var("JUDGE_GLUE").unwrap_or_else(|_| {
        "fn main() {\n    eprintln!(\"judge-harness is built and run by `judge run`; it does nothing on its own\");\n    std::process::exit(2);\n}\n".to_string()
    });
    fs::write(out.join("glue.rs"), glue).expect("OUT_DIR is writable");
}
