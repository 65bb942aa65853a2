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
    /// The declaration of the copy's module (`#[path = ...] mod <name>;`), for a root of several.
    pub declaration: String,
    /// What `main` does to judge that module.
    pub call: String,
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
    glue_as(problem, copy, text, "solution")
}

/// The glue with the copy compiled as module `name` (one of several in a batch).
fn glue_as(problem: &ProblemInfo, copy: &Path, text: &str, name: &str) -> Glue {
    let module = format!("::{}::{}", problem.crate_name(), problem.module);
    let mut tail =
        String::from("\n\n// ---- added by the judge after your file's last line ----\n");
    // LeetCode's ListNode and TreeNode, unless the file defines or imports its own: a glob import
    // gives way to both without a conflict.
    tail.push_str("#[allow(unused_imports)]\nuse crate::judge_leetcode::*;\n");
    let call = if problem.kind == "design" {
        tail.push_str(&design_adapter(problem, &module));
        format!("{module}::judge({name}::judge_adapter::new);")
    } else {
        if !defines_solution(text) {
            // LeetCode supplies `struct Solution` itself; a pasted `impl Solution` alone is fine.
            tail.push_str("pub struct Solution;\n");
        }
        let entry = problem.entry_name().unwrap_or("solve");
        match parse_method(&problem.signature).and_then(|m| {
            node_entry(
                &m,
                &problem.judge.nodes_of_tree,
                problem.judge.keeps_nodes.as_deref(),
            )
        }) {
            Some(entry) => tail.push_str(&format!(
                "{}pub fn judge_entry() {{\n    {module}::judge({entry});\n}}\n",
                node_conversions(&problem.signature)
            )),
            None => tail.push_str(&format!(
                "pub fn judge_entry() {{\n    {module}::judge(Solution::{entry});\n}}\n"
            )),
        }
        format!("{name}::judge_entry();")
    };
    let mut copy_text = text.to_string();
    copy_text.push_str(&tail);
    let declaration = format!("{ALLOW}\n#[path = {copy:?}]\nmod {name};\n");
    Glue {
        main: format!(
            "{}{declaration}\nfn main() {{\n    {call}\n}}\n",
            root_header()
        ),
        declaration,
        call,
        module: copy_text,
        learner_lines: text.lines().count(),
    }
}

/// The crate root's beginning: LeetCode's types (and the judge's own), at the root as LeetCode
/// has them (`crate::ListNode`).
fn root_header() -> String {
    format!(
        "{ALLOW}\nmod judge_leetcode {{\n{LEETCODE_TYPES}}}\n#[allow(unused_imports)]\npub use judge_leetcode::{{GraphNode, ListNode, Node, SharedListNode, TreeNode}};\n\n"
    )
}

/// One file of a batch: its problem, the path its copy is compiled from, and its text.
pub struct Member<'a> {
    pub problem: &'a ProblemInfo,
    pub copy: &'a Path,
    pub text: &'a str,
}

/// The name a batch's binary is started under to judge member `index`: `main` reads it from the
/// file name of its own path (`solution.3-<pid>-<clock>`), so the referee needs no other word.
pub fn batch_name(index: usize) -> String {
    format!("solution.{index}")
}

/// The glue of one solution binary for several files (of one pattern: `judge check --all`, `judge
/// verify`): each file a module of its own, `main` judging the one its name says. The modules'
/// texts are returned in the members' order; the root holds each file's content hash, so that a
/// changed file is rebuilt whatever its mtime.
pub fn batch(members: &[Member<'_>], hashes: &[u64]) -> (String, Vec<Glue>) {
    let glues: Vec<Glue> = members
        .iter()
        .enumerate()
        .map(|(i, m)| glue_as(m.problem, m.copy, m.text, &format!("solution_{i}")))
        .collect();
    let mut main = root_header();
    for (glue, hash) in glues.iter().zip(hashes) {
        main.push_str(&glue.declaration);
        main.push_str(&format!("// content {hash:016x}\n"));
    }
    main.push_str(
        "\nfn main() {\n    let name = ::std::env::args_os()\n        .next()\n        .map(::std::path::PathBuf::from)\n        .and_then(|p| p.file_name().map(|n| n.to_string_lossy().into_owned()))\n        .unwrap_or_default();\n    match name.split('-').next().unwrap_or_default() {\n",
    );
    for (i, glue) in glues.iter().enumerate() {
        main.push_str(&format!(
            "        {:?} => {{ {} }}\n",
            batch_name(i),
            glue.call
        ));
    }
    main.push_str("        _ => {\n            eprintln!(\"judge-harness: started as {name:?}, which names none of the files it was built for\");\n            ::std::process::exit(2);\n        }\n    }\n}\n");
    (main, glues)
}

/// The adapter a design problem's judge calls: `new` builds the learner's object with the
/// constructor's arguments (`LRUCache::new(capacity)`), and each method of the problem's `Api`
/// forwards to the learner's, whether it takes `&self` or `&mut self`. Lists and trees cross as
/// values, as for a function problem (the Codec of serialize-and-deserialize-binary-tree).
fn design_adapter(problem: &ProblemInfo, module: &str) -> String {
    let class = problem.class_name().unwrap_or("Solution");
    let methods: Vec<Method> = problem
        .methods
        .iter()
        .filter_map(|m| parse_method(m))
        .collect();
    // The judge's side of each parameter, and the expressions that hand them to the learner's.
    let crossed = |method: &Method| -> (String, String) {
        let mut parameters = String::new();
        let mut arguments = Vec::new();
        for (name, ty) in &method.parameters {
            let (judge_ty, into, _) = crossing(ty);
            parameters.push_str(&format!("{name}: {judge_ty}, "));
            arguments.push(into.replace("{}", name));
        }
        (
            parameters.trim_end_matches(", ").to_string(),
            arguments.join(", "),
        )
    };
    let mut forwards = String::new();
    for method in methods.iter().filter(|m| m.has_receiver) {
        let (parameters, arguments) = crossed(method);
        let call = format!("self.0.{}({arguments})", method.name);
        let (returns, body) = if method.returns.is_empty() {
            (String::new(), call)
        } else {
            let (judge_ty, _, out) = crossing(&method.returns);
            (
                format!(" -> {judge_ty}"),
                out.replace("{}", &format!("({call})")),
            )
        };
        let parameters = if parameters.is_empty() {
            parameters
        } else {
            format!(", {parameters}")
        };
        forwards.push_str(&format!(
            "        fn {name}(&mut self{parameters}){returns} {{ {body} }}\n",
            name = method.name
        ));
    }
    let (parameters, arguments) = methods
        .iter()
        .find(|m| !m.has_receiver && m.name == "new")
        .map(crossed)
        .unwrap_or_default();
    let all_methods = problem.methods.join("\n");
    let uses_nodes = all_methods.contains("ListNode") || all_methods.contains("TreeNode");
    let (conversions, import) = if uses_nodes {
        (
            node_conversions(&all_methods),
            "    #[allow(unused_imports)]\n    use super::judge_nodes;\n\n",
        )
    } else {
        (String::new(), "")
    };
    format!(
        "{conversions}pub mod judge_adapter {{\n{import}    pub struct Adapter(super::{class});\n\n    impl {module}::Api for Adapter {{\n{forwards}    }}\n\n    pub fn new({parameters}) -> Box<dyn {module}::Api> {{\n        Box::new(Adapter(super::{class}::new({arguments})))\n    }}\n}}\n"
    )
}

/// Finding a node of a tree by its value, and telling whether an answer is one of the tree's
/// nodes (`Rc::ptr_eq`), breadth first: for parameters that are nodes of another (`nodes_of_tree`).
const NODES_OF_A_TREE: &str = "
    fn nodes(root: &Option<Rc<RefCell<TreeNode>>>) -> Vec<Rc<RefCell<TreeNode>>> {
        let mut all: Vec<Rc<RefCell<TreeNode>>> = root.iter().cloned().collect();
        let mut i = 0;
        while i < all.len() {
            let (left, right) = {
                let node = all[i].borrow();
                (node.left.clone(), node.right.clone())
            };
            all.extend(left);
            all.extend(right);
            i += 1;
        }
        all
    }

    pub fn find(root: &Option<Rc<RefCell<TreeNode>>>, val: i32) -> Option<Rc<RefCell<TreeNode>>> {
        let found = nodes(root).into_iter().find(|node| node.borrow().val == val);
        assert!(found.is_some(), \"the judge found no node {val} in the tree\");
        found
    }

    pub fn node_value(root: &Option<Rc<RefCell<TreeNode>>>, answer: Option<Rc<RefCell<TreeNode>>>, method: &str) -> Option<i32> {
        let answer = answer?;
        if !nodes(root).iter().any(|node| Rc::ptr_eq(node, &answer)) {
            panic!(\"{method} must return a node of the input tree (LeetCode compares nodes, not values), but it returned a node it made itself, with value {}\", answer.borrow().val);
        }
        let val = answer.borrow().val;
        Some(val)
    }
";

/// LeetCode's definitions, as the solution binary has them at its root (`crate::ListNode`): in the
/// binary's own crate, so that the learner's `impl Ord for ListNode` or `impl ListNode { .. }`
/// compiles as it does on LeetCode. `new` is `pub`, so that the learner's module can call it.
const LEETCODE_TYPES: &str = concat!(
    "#[derive(PartialEq, Eq, Clone, Debug)]
pub struct ListNode {
    pub val: i32,
    pub next: Option<Box<ListNode>>,
}

impl ListNode {
    #[inline]
    pub fn new(val: i32) -> Self {
        ListNode { next: None, val }
    }
}

#[derive(Debug, PartialEq, Eq)]
pub struct TreeNode {
    pub val: i32,
    pub left: Option<::std::rc::Rc<::std::cell::RefCell<TreeNode>>>,
    pub right: Option<::std::rc::Rc<::std::cell::RefCell<TreeNode>>>,
}

impl TreeNode {
    #[inline]
    pub fn new(val: i32) -> Self {
        TreeNode { val, left: None, right: None }
    }
}
",
    include_str!("../../engine/src/nodes/shared_types.rs")
);

/// How a parameter or answer of LeetCode's signature crosses to the judge: lists as their values
/// (`Vec<i32>`), trees in level order (`Vec<Option<i32>>`), the rest as they are.
/// `(the judge's type, into the learner's type, out of it)`, the conversions as templates on `{}`.
fn crossing(ty: &str) -> (String, &'static str, &'static str) {
    let compact: String = ty.chars().filter(|c| !c.is_whitespace()).collect();
    match compact.as_str() {
        "Option<Box<ListNode>>" => (
            "Vec<i32>".into(),
            "judge_nodes::list({})",
            "judge_nodes::values({})",
        ),
        "Vec<Option<Box<ListNode>>>" => (
            "Vec<Vec<i32>>".into(),
            "{}.into_iter().map(judge_nodes::list).collect::<Vec<_>>()",
            "{}.into_iter().map(judge_nodes::values).collect::<Vec<_>>()",
        ),
        // The judge's own shared lists: built with a keeper that unlinks every node after the
        // call (`keep:`), so a cycle is broken; a returned copy is checked against the original.
        "Option<Rc<RefCell<SharedListNode>>>" => (
            "(Vec<i32>, i32)".into(),
            "keep:judge_shared::cycle_list({})",
            "{}",
        ),
        "Option<Rc<RefCell<Node>>>" => (
            "Vec<(i32, Option<i32>)>".into(),
            "keep:judge_shared::random_list({})",
            "judge_shared::copied({}, &{keep}, \"{method}\")",
        ),
        "Option<Rc<RefCell<GraphNode>>>" => (
            "Vec<Vec<i32>>".into(),
            "keep:judge_shared::graph({})",
            "judge_shared::cloned({}, &{keep}, \"{method}\")",
        ),
        "Option<Rc<RefCell<TreeNode>>>" => (
            "Vec<Option<i32>>".into(),
            "judge_nodes::tree({})",
            "judge_nodes::level({})",
        ),
        _ => (ty.trim().to_string(), "{}", "{}"),
    }
}

/// For a signature with lists or trees, the closure the judge's entry point is called with: it
/// builds the learner's nodes from the judge's values, calls the learner's method and reads the
/// answer back, iteratively, with the same loops as the reference pays for. An in-place method
/// (`head: &mut Option<Box<ListNode>>`, or `board: &mut Vec<Vec<char>>` without any nodes,
/// returning nothing) answers with the argument after the call.
///
/// `nodes_of_tree` names parameters that are nodes of the method's first other tree parameter
/// (lowest-common-ancestor's `p` and `q` in `root`): each crosses as its node's value and is handed
/// over as that very node, and a returned tree must be one of that tree's nodes (LeetCode compares
/// nodes, not values) and crosses as its value, `None` for no node.
///
/// `keeps_nodes` names a list parameter whose own nodes, with their values, the returned list must
/// be made of (checked by address, as for an in-place method).
fn node_entry(
    method: &Method,
    nodes_of_tree: &[String],
    keeps_nodes: Option<&str>,
) -> Option<String> {
    let uses_nodes = |ty: &str| {
        ty.contains("ListNode")
            || ty.contains("TreeNode")
            || ty.contains("RefCell<Node>")
            || ty.contains("GraphNode")
    };
    let in_place_only = method.returns.is_empty()
        && method
            .parameters
            .iter()
            .any(|(_, t)| t.trim().starts_with("&mut"));
    if !method.parameters.iter().any(|(_, t)| uses_nodes(t))
        && !uses_nodes(&method.returns)
        && !in_place_only
    {
        return None;
    }
    let mut parameters = Vec::new();
    let mut setup = String::new();
    let mut arguments = Vec::new();
    let mut in_place = None;
    // The keeper of the first parameter built with one: a returned copy is checked against it.
    let mut keep: Option<String> = None;
    let host = method
        .parameters
        .iter()
        .find(|(name, ty)| ty.contains("TreeNode") && !nodes_of_tree.contains(name))
        .map(|(name, _)| name.clone())
        .filter(|_| !nodes_of_tree.is_empty());
    if let Some(host) = &host {
        setup.push_str(&format!(
            "        let judge_tree = judge_nodes::tree({host});\n        let {host} = judge_tree.clone();\n"
        ));
    }
    for (name, ty) in &method.parameters {
        if host.is_some() && nodes_of_tree.contains(name) {
            parameters.push(format!("{name}: i32"));
            setup.push_str(&format!(
                "        let {name} = judge_nodes::find(&judge_tree, {name});\n"
            ));
            arguments.push(name.clone());
            continue;
        }
        if host.as_ref() == Some(name) {
            parameters.push(format!("{name}: Vec<Option<i32>>"));
            arguments.push(name.clone());
            continue;
        }
        let (by_mut, inner) = match ty.trim().strip_prefix("&mut") {
            Some(inner) => (true, inner.trim()),
            None => (false, ty.trim()),
        };
        let (judge_ty, into, out) = crossing(inner);
        parameters.push(format!("{name}: {judge_ty}"));
        if let Some(into) = into.strip_prefix("keep:") {
            keep.get_or_insert_with(|| format!("judge_keep_{name}"));
            setup.push_str(&format!(
                "        let ({name}, judge_keep_{name}) = {};\n",
                into.replace("{}", name)
            ));
        } else {
            setup.push_str(&format!(
                "        let mut {name} = {};\n",
                into.replace("{}", name)
            ));
        }
        if by_mut {
            arguments.push(format!("&mut {name}"));
            in_place = Some((name.clone(), judge_ty, out, inner.contains("ListNode")));
        } else {
            arguments.push(name.clone());
        }
    }
    let call = format!("Solution::{}({})", method.name, arguments.join(", "));
    let (returns, body) = if host.is_some() && method.returns.contains("TreeNode") {
        (
            "Option<i32>".to_string(),
            format!(
                "let judge_answer = judge_nodes::node_value(&judge_tree, {call}, \"{}\");\n        judge_nodes::level(judge_tree);\n        judge_answer",
                method.name
            ),
        )
    } else if let Some(name) = keeps_nodes.filter(|_| crossing(&method.returns).0 == "Vec<i32>") {
        (
            "Vec<i32>".to_string(),
            format!(
                "let judge_before = judge_nodes::fingerprint(&{name});\n        let judge_answer = {call};\n        judge_nodes::assert_same_nodes(judge_before, &judge_answer, \"{}\");\n        judge_nodes::values(judge_answer)",
                method.name
            ),
        )
    } else if !method.returns.is_empty() {
        let (judge_ty, _, out) = crossing(&method.returns);
        let out = out
            .replace("{keep}", keep.as_deref().unwrap_or("judge_no_keep"))
            .replace("{method}", &method.name);
        (judge_ty, out.replace("{}", &format!("({call})")))
    } else if let Some((name, judge_ty, out, list)) = in_place {
        // In place on a list: the answer must be made of the input's own nodes, with their values.
        let (before, after) = if list {
            (
                format!("let judge_before = judge_nodes::fingerprint(&{name});\n        "),
                format!(
                    "\n        judge_nodes::assert_same_nodes(judge_before, &{name}, \"{}\");",
                    method.name
                ),
            )
        } else {
            (String::new(), String::new())
        };
        (
            judge_ty,
            format!(
                "{before}{call};{after}\n        {}",
                out.replace("{}", &name)
            ),
        )
    } else {
        ("()".into(), call)
    };
    Some(format!(
        "|{}| -> {returns} {{\n{setup}        {body}\n    }}",
        parameters.join(", ")
    ))
}

/// The conversions between the judge's values and the learner's nodes (whichever `ListNode` and
/// `TreeNode` the learner's module sees: LeetCode's from the judge, or the file's own copy of
/// them). The same loops as `judge_engine::nodes`: iterative, so a 10^5-node list or a 10^4-deep
/// tree is built and read without recursion, and the learner's answer is freed node by node.
fn node_conversions(signature: &str) -> String {
    let shared = if signature.contains("SharedListNode")
        || signature.contains("RefCell<Node>")
        || signature.contains("GraphNode")
    {
        concat!(
            "#[doc(hidden)]\n#[allow(dead_code, unused_imports, clippy::all)]\npub mod judge_shared {\n",
            include_str!("../../engine/src/nodes/shared.rs"),
            "}\n"
        )
    } else {
        ""
    };
    let mut text = String::from("#[doc(hidden)]\npub mod judge_nodes {\n    #![allow(dead_code, unused_imports, clippy::all)]\n");
    if signature.contains("ListNode") {
        text.push_str("    use super::ListNode;\n\n    pub fn list(values: Vec<i32>) -> Option<Box<ListNode>> {\n        let mut head = None;\n        for &val in values.iter().rev() {\n            head = Some(Box::new(ListNode { val, next: head }));\n        }\n        head\n    }\n\n    pub fn values(mut list: Option<Box<ListNode>>) -> Vec<i32> {\n        let mut values = Vec::new();\n        while let Some(mut node) = list {\n            values.push(node.val);\n            list = node.next.take();\n        }\n        values\n    }\n\n    pub fn fingerprint(list: &Option<Box<ListNode>>) -> (usize, u64) {\n        let (mut count, mut sum) = (0usize, 0u64);\n        let mut node = list.as_deref();\n        while let Some(current) = node {\n            count += 1;\n            let address = current as *const ListNode as usize as u64;\n            sum = sum.wrapping_add(mix(address ^ mix(current.val as u32 as u64)));\n            node = current.next.as_deref();\n        }\n        (count, sum)\n    }\n\n    fn mix(mut z: u64) -> u64 {\n        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);\n        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);\n        z ^ (z >> 31)\n    }\n\n    pub fn assert_same_nodes(before: (usize, u64), list: &Option<Box<ListNode>>, method: &str) {\n        let after = fingerprint(list);\n        if after.0 == before.0 && after.1 != before.1 {\n            panic!(\"{method} must rearrange the list's own nodes and keep their values (LeetCode: do not modify the values in the list's nodes), but after the call the list holds nodes it made itself, or changed values\");\n        }\n    }\n");
    }
    if signature.contains("TreeNode") {
        text.push_str("    use super::TreeNode;\n    use ::std::cell::RefCell;\n    use ::std::collections::VecDeque;\n    use ::std::rc::Rc;\n\n    pub fn tree(order: Vec<Option<i32>>) -> Option<Rc<RefCell<TreeNode>>> {\n        let mut values = order.into_iter();\n        let root = match values.next() {\n            Some(Some(val)) => Rc::new(RefCell::new(TreeNode { val, left: None, right: None })),\n            _ => return None,\n        };\n        let mut waiting = VecDeque::from([Rc::clone(&root)]);\n        while let Some(parent) = waiting.pop_front() {\n            let mut child = |value: Option<Option<i32>>| {\n                let node = Rc::new(RefCell::new(TreeNode { val: value??, left: None, right: None }));\n                waiting.push_back(Rc::clone(&node));\n                Some(node)\n            };\n            let left = child(values.next());\n            let right = child(values.next());\n            let mut parent = parent.borrow_mut();\n            parent.left = left;\n            parent.right = right;\n        }\n        Some(root)\n    }\n\n    pub fn level(root: Option<Rc<RefCell<TreeNode>>>) -> Vec<Option<i32>> {\n        let mut out = Vec::new();\n        let mut queue = VecDeque::from([root]);\n        while let Some(entry) = queue.pop_front() {\n            match entry {\n                Some(node) => {\n                    let mut node = node.borrow_mut();\n                    out.push(Some(node.val));\n                    queue.push_back(node.left.take());\n                    queue.push_back(node.right.take());\n                }\n                None => out.push(None),\n            }\n        }\n        while out.last() == Some(&None) {\n            out.pop();\n        }\n        out\n    }\n");
        text.push_str(NODES_OF_A_TREE);
    }
    text.push_str("}\n");
    text.push_str(shared);
    text
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

    #[test]
    fn a_returned_list_can_be_held_to_the_inputs_own_nodes() {
        let method = parse_method(
            "pub fn reverse_k_group(head: Option<Box<ListNode>>, k: i32) -> Option<Box<ListNode>>",
        )
        .unwrap();
        let entry = node_entry(&method, &[], Some("head")).unwrap();
        let before = entry.find("fingerprint(&head)").expect("fingerprinted");
        let call = entry
            .find("Solution::reverse_k_group(head, k)")
            .expect("called");
        let check = entry
            .find("assert_same_nodes(judge_before, &judge_answer, \"reverse_k_group\")")
            .expect("checked");
        assert!(before < call && call < check, "{entry}");
        let unchecked = node_entry(&method, &[], None).unwrap();
        assert!(!unchecked.contains("fingerprint"), "{unchecked}");
    }

    #[test]
    fn lists_and_trees_cross_as_values() {
        let entry = |signature: &str| node_entry(&parse_method(signature).unwrap(), &[], None);
        assert_eq!(
            entry("pub fn two_sum(nums: Vec<i32>, target: i32) -> Vec<i32>"),
            None
        );
        let reverse =
            entry("pub fn reverse_list(head: Option<Box<ListNode>>) -> Option<Box<ListNode>>")
                .unwrap();
        assert!(
            reverse.starts_with("|head: Vec<i32>| -> Vec<i32> {"),
            "{reverse}"
        );
        assert!(
            reverse.contains("judge_nodes::values((Solution::reverse_list(head)))"),
            "{reverse}"
        );
        // In place: the argument after the call is the answer.
        let reorder = entry("pub fn reorder_list(head: &mut Option<Box<ListNode>>)").unwrap();
        assert!(
            reorder.contains("Solution::reorder_list(&mut head);"),
            "{reorder}"
        );
        assert!(reorder.contains("judge_nodes::values(head)"), "{reorder}");
        // In place on a grid: no nodes, the grid after the call is the answer.
        let grid = entry("pub fn solve(board: &mut Vec<Vec<char>>)").unwrap();
        assert!(
            grid.starts_with("|board: Vec<Vec<char>>| -> Vec<Vec<char>> {"),
            "{grid}"
        );
        assert!(grid.contains("Solution::solve(&mut board);"), "{grid}");
        assert!(!grid.contains("judge_nodes"), "{grid}");
        let merge = entry(
            "pub fn merge_k_lists(lists: Vec<Option<Box<ListNode>>>) -> Option<Box<ListNode>>",
        )
        .unwrap();
        assert!(
            merge.starts_with("|lists: Vec<Vec<i32>>| -> Vec<i32>"),
            "{merge}"
        );
        let nth = entry("pub fn remove_nth_from_end(head: Option<Box<ListNode>>, n: i32) -> Option<Box<ListNode>>").unwrap();
        assert!(
            nth.starts_with("|head: Vec<i32>, n: i32| -> Vec<i32>"),
            "{nth}"
        );
        let depth = entry("pub fn max_depth(root: Option<Rc<RefCell<TreeNode>>>) -> i32").unwrap();
        assert!(
            depth.starts_with("|root: Vec<Option<i32>>| -> i32"),
            "{depth}"
        );
        assert!(
            node_conversions("fn f(root: Option<Rc<RefCell<TreeNode>>>)").contains("pub fn level(")
        );
        assert!(
            !node_conversions("fn f(root: Option<Rc<RefCell<TreeNode>>>)").contains("pub fn list(")
        );
    }

    #[test]
    fn a_graph_crosses_as_its_adjacency_list_and_its_copy_is_checked() {
        let signature = "pub fn clone_graph(node: Option<Rc<RefCell<GraphNode>>>) -> Option<Rc<RefCell<GraphNode>>>";
        let entry = node_entry(&parse_method(signature).unwrap(), &[], None).unwrap();
        assert!(
            entry.starts_with("|node: Vec<Vec<i32>>| -> Vec<Vec<i32>>"),
            "{entry}"
        );
        assert!(entry.contains("judge_shared::graph(node)"), "{entry}");
        assert!(
            entry.contains("judge_shared::cloned((Solution::clone_graph(node)), &judge_keep_node, \"clone_graph\")"),
            "{entry}"
        );
        assert!(node_conversions(signature).contains("pub fn cloned("));
    }
}
