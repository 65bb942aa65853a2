//! The Rust glue the solution binary (the harness crate) is built with: a copy of the learner's
//! file as a module, with the judge's entry point added after its last line, and `main`. Being
//! inside the file's module, the entry point reaches what LeetCode's code leaves private
//! (`struct Solution;`, methods without `pub`); it supplies `struct Solution` when the file is
//! LeetCode's `impl Solution` block alone; a dangling doc comment at the end (LeetCode's "Your
//! MinStack object will be instantiated..." block) documents the entry point instead of failing.
//! Function problems hand over `Solution::method` as a function pointer; design problems get an
//! adapter that forwards each method, whether it takes `&self` or `&mut self`.

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

/// What the solution binary is built from, besides the harness crate itself.
pub struct Glue {
    /// The binary's crate root: the copy of the learner's file as `mod solution`, and `main`.
    pub main: String,
    /// The learner's file as it is, then the judge's entry point, written after its last line:
    /// inside the file's own module, LeetCode's private items (`struct Solution;`, `fn two_sum`
    /// without `pub`) can be reached, and every line keeps its number for rustc's messages.
    pub module: String,
    /// How many lines are the learner's: a compiler message about a later line is about the
    /// judge's entry point, that is, about the shape of the file.
    pub learner_lines: usize,
}

/// The glue of the solution binary for `problem`, around the learner's file (`text`), whose copy
/// the crate root includes from `copy`.
pub fn glue(problem: &ProblemInfo, copy: &Path, text: &str) -> Glue {
    let module = format!("::{}::{}", problem.crate_name(), problem.module);
    let mut tail =
        String::from("\n\n// ---- added by the judge after your file's last line ----\n");
    let main = if problem.kind == "design" {
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
                "        fn {name}(&mut self{parameters}){returns} {{ self.0.{name}({arguments}) }}\n",
                name = method.name,
                arguments = arguments.join(", ")
            ));
        }
        tail.push_str(&format!(
            "pub mod judge_adapter {{\n    pub struct Adapter(super::{class});\n\n    impl {module}::Api for Adapter {{\n{forwards}    }}\n\n    pub fn new() -> Box<dyn {module}::Api> {{\n        Box::new(Adapter(super::{class}::new()))\n    }}\n}}\n"
        ));
        format!("fn main() {{\n    {module}::judge(solution::judge_adapter::new);\n}}\n")
    } else {
        if !defines_solution(text) {
            // LeetCode supplies `struct Solution` itself; a pasted `impl Solution` alone is fine.
            tail.push_str("pub struct Solution;\n");
        }
        let entry = problem.entry_name().unwrap_or("solve");
        tail.push_str(&format!(
            "pub fn judge_entry() {{\n    {module}::judge(Solution::{entry});\n}}\n"
        ));
        "fn main() {\n    solution::judge_entry();\n}\n".to_string()
    };
    let mut copy_text = text.to_string();
    copy_text.push_str(&tail);
    Glue {
        main: format!("{ALLOW}\n#[path = {copy:?}]\nmod solution;\n\n{main}"),
        module: copy_text,
        learner_lines: text.lines().count(),
    }
}

/// Whether the file declares a type `Solution` (outside comments).
fn defines_solution(text: &str) -> bool {
    let code = without_comments(text);
    let words: Vec<&str> = code
        .split(|c: char| !(c.is_alphanumeric() || c == '_'))
        .filter(|w| !w.is_empty())
        .collect();
    words
        .windows(2)
        .any(|w| matches!(w[0], "struct" | "enum" | "type" | "use") && w[1] == "Solution")
        || code.contains("as Solution")
}

/// The text with `//` and `/* */` comments blanked (string literals are not special-cased: a
/// comment marker inside a string only hides code after it on that line, which is harmless here).
fn without_comments(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    let mut depth = 0;
    while let Some(c) = chars.next() {
        if depth > 0 {
            if c == '*' && chars.peek() == Some(&'/') {
                chars.next();
                depth -= 1;
            } else if c == '/' && chars.peek() == Some(&'*') {
                chars.next();
                depth += 1;
            }
            continue;
        }
        match (c, chars.peek()) {
            ('/', Some('/')) => {
                for c in chars.by_ref() {
                    if c == '\n' {
                        out.push('\n');
                        break;
                    }
                }
            }
            ('/', Some('*')) => {
                chars.next();
                depth = 1;
            }
            _ => out.push(c),
        }
    }
    out
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

    #[test]
    fn a_solution_type_is_found_outside_comments() {
        assert!(defines_solution("pub struct Solution;"));
        assert!(defines_solution("struct  Solution {}"));
        assert!(!defines_solution("impl Solution {\n    pub fn f() {}\n}"));
        assert!(!defines_solution("// struct Solution;\nimpl Solution {}"));
        assert!(!defines_solution(
            "/* struct Solution; /* nested */ */ impl Solution {}"
        ));
        assert!(defines_solution("/** doc */\nstruct Solution;"));
    }
}
