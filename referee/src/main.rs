//! The referee binary. `judge run` starts it with the problem in `JUDGE_PROBLEM` and the role in
//! `JUDGE_ROLE`: as the referee it decides the verdict (see judge-engine's `run.rs`); as a solution
//! process it serves the problem's reference, for timing against the learner's code.

include!(concat!(env!("OUT_DIR"), "/table.rs"));

fn main() {
    let key = std::env::var("JUDGE_PROBLEM").unwrap_or_default();
    if run(&key).is_none() {
        eprintln!(
            "judge-referee: no problem `{key}` in this build (it has the patterns whose feature was on; `judge run` starts it)"
        );
        std::process::exit(2);
    }
}
