//! Writes the referee's table of problems from the catalogue's data files
//! (`problems/data/<pattern>/<module>.toml`): for each, the call of the problem's entry point with
//! its own reference, so that a problem added to the catalogue is refereed without editing code.
//! Only the patterns whose feature is on are in the table: `judge run` builds the referee with the
//! feature of the problem's pattern, so that it compiles that pattern's crate alone.

use std::env;
use std::fs;
use std::path::PathBuf;

fn main() {
    let data = PathBuf::from(env::var_os("CARGO_MANIFEST_DIR").expect("cargo sets it"))
        .join("../problems/data");
    println!("cargo::rerun-if-changed={}", data.display());
    let mut entries = Vec::new();
    let mut patterns: Vec<_> = fs::read_dir(&data)
        .expect("problems/data exists")
        .flatten()
        .filter(|e| e.path().is_dir())
        .collect();
    patterns.sort_by_key(|e| e.file_name());
    for pattern in patterns {
        println!("cargo::rerun-if-changed={}", pattern.path().display());
        let pattern_name = pattern.file_name().to_string_lossy().into_owned();
        let feature = format!("CARGO_FEATURE_{}", pattern_name.to_uppercase());
        if env::var_os(feature).is_none() {
            continue;
        }
        let mut files: Vec<_> = fs::read_dir(pattern.path())
            .expect("a pattern directory reads")
            .flatten()
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|x| x == "toml"))
            .collect();
        files.sort();
        for file in files {
            let module = file.file_stem().unwrap().to_string_lossy().into_owned();
            entries.push(format!(
                "        \"{pattern_name}::{module}\" => problems_{pattern_name}::{module}::judge(problems_{pattern_name}::{module}::reference),\n"
            ));
        }
    }
    let table = format!(
        "/// Runs the problem `key` (`<pattern>::<module>`) as its role says; `None` for an unknown key.\n#[allow(clippy::match_single_binding)] // with no pattern's feature on, the table is empty\npub fn run(key: &str) -> Option<std::convert::Infallible> {{\n    match key {{\n{}        _ => None,\n    }}\n}}\n",
        entries.concat()
    );
    let out = PathBuf::from(env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    fs::write(out.join("table.rs"), table).expect("OUT_DIR is writable");
}
