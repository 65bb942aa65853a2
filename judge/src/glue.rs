//! The Rust glue the solution binary (the harness crate) is built with: the learner's file as a module and the call of the
//! problem's entry point. Function problems hand over `Solution::method` as a function pointer;
//! design problems get an adapter, written inside the learner's module so that LeetCode's private
//! methods (`fn push(&self, ...)` without `pub`) can be called, whether they take `&self` or `&mut self`.

use std::path::Path;

use crate::catalog::ProblemInfo;

/// A method of a design problem, read from LeetCode's signature.
#[derive(Debug, PartialEq, Eq)]
pub struct Method {
    pub name: String,
    /// `(name, type)` pairs, without the receiver.
    pub parameters: Vec<(String, String)>,
    /// The return type, empty for none.
    pub returns: String,
    pub has_receiver: bool,
}

/// Reads `fn push(&self, val: i32) -> i32` (with or without `pub`).
pub fn parse_method(signature: &str) -> Option<Method> {
    let rest = signature
        .trim()
        .trim_start_matches("pub ")
        .strip_prefix("fn ")?;
    let (name, rest) = rest.split_once('(')?;
    let close = rest.rfind(')')?;
    let (inside, after) = (&rest[..close], &rest[close + 1..]);
    let returns = after
        .trim()
        .strip_prefix("->")
        .map(|r| r.trim().to_string())
        .unwrap_or_default();
    let mut parameters = Vec::new();
    let mut has_receiver = false;
    for part in split_top_level(inside) {
        let part = part.trim();
        if part.is_empty() {
            continue;
        }
        if part.ends_with("self") {
            has_receiver = true;
            continue;
        }
        let (param, ty) = part.split_once(':')?;
        parameters.push((
            param.trim().trim_start_matches("mut ").to_string(),
            ty.trim().to_string(),
        ));
    }
    Some(Method {
        name: name.trim().to_string(),
        parameters,
        returns,
        has_receiver,
    })
}

/// Splits on commas that are not inside `<...>` or `(...)`.
fn split_top_level(text: &str) -> Vec<&str> {
    let mut parts = Vec::new();
    let (mut depth, mut start) = (0i32, 0);
    for (i, c) in text.char_indices() {
        match c {
            '<' | '(' | '[' => depth += 1,
            '>' | ')' | ']' => depth -= 1,
            ',' if depth == 0 => {
                parts.push(&text[start..i]);
                start = i + 1;
            }
            _ => {}
        }
    }
    parts.push(&text[start..]);
    parts
}

const ALLOW: &str = "#[allow(dead_code, unused_imports, unused_mut, unused_variables, non_snake_case, clippy::all)]";

/// The glue of the solution binary for `problem`, around the learner's file (`None`: no solution
/// binary is built; the referee serves the problem's reference itself).
pub fn glue(problem: &ProblemInfo, solution: Option<&Path>) -> String {
    let module = format!("problems::{}::{}", problem.pattern_module(), problem.module);
    let Some(path) = solution else {
        return String::new();
    };
    if problem.kind == "design" {
        let class = problem.class_name().unwrap_or("Solution");
        let mut forwards = String::new();
        for method in problem.methods.iter().filter_map(|m| parse_method(m)) {
            if !method.has_receiver {
                continue;
            }
            let parameters: String = method
                .parameters
                .iter()
                .map(|(n, t)| format!(", {n}: {t}"))
                .collect();
            let arguments: Vec<&str> = method.parameters.iter().map(|(n, _)| n.as_str()).collect();
            let returns = if method.returns.is_empty() {
                String::new()
            } else {
                format!(" -> {}", method.returns)
            };
            forwards.push_str(&format!(
                "            fn {name}(&mut self{parameters}){returns} {{ self.0.{name}({arguments}) }}\n",
                name = method.name,
                arguments = arguments.join(", ")
            ));
        }
        return format!(
            "{ALLOW}\nmod solution {{\n    include!({path:?});\n\n    pub mod judge_adapter {{\n        pub struct Adapter(super::{class});\n\n        impl {module}::Api for Adapter {{\n{forwards}        }}\n\n        pub fn new() -> Box<dyn {module}::Api> {{\n            Box::new(Adapter(super::{class}::new()))\n        }}\n    }}\n}}\n\nfn main() {{\n    {module}::judge(solution::judge_adapter::new);\n}}\n"
        );
    }
    let entry = problem.entry_name().unwrap_or("solve");
    format!("{ALLOW}\n#[path = {path:?}]\nmod solution;\n\nfn main() {{\n    {module}::judge(solution::Solution::{entry});\n}}\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn leetcode_methods_are_read() {
        let method =
            parse_method("fn set(&self, key: String, value: String, timestamp: i32)").unwrap();
        assert_eq!(method.name, "set");
        assert_eq!(method.parameters.len(), 3);
        assert_eq!(
            method.parameters[2],
            ("timestamp".to_string(), "i32".to_string())
        );
        assert_eq!(method.returns, "");
        let method = parse_method("fn decode(&self, s: String) -> Vec<String>").unwrap();
        assert_eq!(method.returns, "Vec<String>");
        let method = parse_method("fn new() -> Self").unwrap();
        assert!(!method.has_receiver);
        let method = parse_method("pub fn f(&mut self, m: HashMap<i32, Vec<i32>>) -> i32").unwrap();
        assert_eq!(
            method.parameters,
            vec![("m".to_string(), "HashMap<i32, Vec<i32>>".to_string())]
        );
        assert!(parse_method("struct X").is_none());
    }
}
