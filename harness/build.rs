//! Writes the glue that `main.rs` includes: the learner's file as `mod solution` and the call of the
//! problem's entry point. `judge run` sets it through the environment; cargo rebuilds when they
//! change, and rustc's dependency tracking rebuilds when the file does.

use std::env;
use std::fs;
use std::path::PathBuf;

fn main() {
    println!("cargo::rerun-if-env-changed=JUDGE_SOLUTION");
    println!("cargo::rerun-if-env-changed=JUDGE_ENTRY");
    println!("cargo::rerun-if-env-changed=JUDGE_GLUE");
    let out = PathBuf::from(env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    let solution = env::var("JUDGE_SOLUTION").ok();
    let entry = env::var("JUDGE_ENTRY").ok();
    // `judge run` writes the whole glue (design problems need an adapter around the learner's
    // struct); JUDGE_SOLUTION and JUDGE_ENTRY are the short form for function problems.
    if let Ok(glue) = env::var("JUDGE_GLUE") {
        fs::write(out.join("glue.rs"), glue).expect("OUT_DIR is writable");
        return;
    }
    let mut glue = String::new();
    if let Some(path) = &solution {
        // The learner's file is compiled as it is, with LeetCode's ListNode and TreeNode in scope.
        glue.push_str(&format!(
            "#[allow(dead_code, unused_imports, clippy::all)]\n#[path = {path:?}]\nmod solution;\n"
        ));
    }
    match entry {
        Some(entry) => glue.push_str(&format!("fn main() {{\n    {entry};\n}}\n")),
        None => glue.push_str(
            "fn main() {\n    eprintln!(\"judge-harness is built and run by `judge run`; it does nothing on its own\");\n    std::process::exit(2);\n}\n",
        ),
    }
    fs::write(out.join("glue.rs"), glue).expect("OUT_DIR is writable");
}
