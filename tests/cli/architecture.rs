//! The layers of ARCHITECTURE.md hold: each layer uses only those below it,
//! nothing outside `cli/` and `main.rs` reaches into `cli`, and no module
//! depends on itself through others (the module graph has no cycle).

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// The layers, lowest first; a layer may use itself and lower ranks only.
/// `delivery` and `output` share a rank and do not use each other; so do
/// `store` and `online`.
const LAYERS: &[(&str, u8)] = &[
    ("error", 0),
    ("util", 1),
    ("domain", 2),
    ("store", 3),
    ("online", 3),
    ("ops", 4),
    ("delivery", 5),
    ("output", 5),
    ("cli", 6),
];

fn rank(layer: &str) -> Option<u8> {
    LAYERS.iter().find(|(l, _)| *l == layer).map(|(_, r)| *r)
}

fn src() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src")
}

/// Every `.rs` file under `dir`, with its module path (`ops::invitations`).
fn modules(dir: &Path, prefix: &[String], out: &mut Vec<(Vec<String>, PathBuf)>) {
    let mut entries: Vec<_> = std::fs::read_dir(dir)
        .expect("src folder")
        .map(|e| e.expect("entry").path())
        .collect();
    entries.sort();
    for path in entries {
        let name = path
            .file_stem()
            .expect("file name")
            .to_string_lossy()
            .into_owned();
        if path.is_dir() {
            let mut p = prefix.to_vec();
            p.push(name);
            modules(&path, &p, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            let mut p = prefix.to_vec();
            if name != "mod" && !(prefix.is_empty() && (name == "lib" || name == "main")) {
                p.push(name);
            }
            out.push((p, path));
        }
    }
}

/// The module paths a file names through `crate::a::b…` (or `csp::` from
/// the binary) and `super::x`, cut to the modules that exist.
fn references(
    module: &[String],
    text: &str,
    is_binary: bool,
    known: &BTreeSet<Vec<String>>,
) -> BTreeSet<Vec<String>> {
    let mut found = BTreeSet::new();
    let roots: &[&str] = if is_binary { &["csp::"] } else { &["crate::"] };
    let code: String = text
        .lines()
        .filter(|l| !l.trim_start().starts_with("//"))
        .collect::<Vec<_>>()
        .join("\n");
    let mut add = |path: Vec<String>| {
        // The longest prefix that is a module.
        for n in (1..=path.len()).rev() {
            if known.contains(&path[..n].to_vec()) {
                found.insert(path[..n].to_vec());
                return;
            }
        }
    };
    for root in roots {
        for (i, _) in code.match_indices(root) {
            let before = code[..i].chars().last();
            if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
                continue;
            }
            add(segments(&code[i + root.len()..]));
        }
    }
    // `super::x` from a file in module `a::b` means `a::x` (from a mod.rs of
    // `a::b` it means `a::x` too: the module path of mod.rs is its folder).
    for (i, _) in code.match_indices("super::") {
        if code[..i].ends_with("super::") || module.is_empty() {
            continue;
        }
        let parent = &module[..module.len() - 1];
        let mut path = parent.to_vec();
        let rest = segments(&code[i + "super::".len()..]);
        if rest.first().is_some_and(|s| s == "*") {
            continue;
        }
        path.extend(rest);
        add(path);
    }
    found.remove(module);
    found
}

fn segments(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = text;
    loop {
        let end = rest
            .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
            .unwrap_or(rest.len());
        if end == 0 {
            break;
        }
        out.push(rest[..end].to_string());
        rest = &rest[end..];
        match rest.strip_prefix("::") {
            Some(r) => rest = r,
            None => break,
        }
    }
    out
}

fn graph() -> BTreeMap<Vec<String>, BTreeSet<Vec<String>>> {
    let mut files = Vec::new();
    modules(&src(), &[], &mut files);
    let known: BTreeSet<Vec<String>> = files.iter().map(|(m, _)| m.clone()).collect();
    let mut graph = BTreeMap::new();
    for (module, path) in &files {
        let text = std::fs::read_to_string(path).expect("source file");
        let is_binary = path.ends_with("main.rs");
        let key = if is_binary {
            vec!["main".to_string()]
        } else {
            module.clone()
        };
        graph
            .entry(key)
            .or_insert_with(BTreeSet::new)
            .extend(references(module, &text, is_binary, &known));
    }
    graph
}

#[test]
fn each_layer_uses_only_the_layers_below_it() {
    let mut wrong = Vec::new();
    for (module, uses) in graph() {
        let Some(layer) = module.first().filter(|l| *l != "main") else {
            continue;
        };
        if module.is_empty() {
            continue; // lib.rs declares the layers
        }
        let own = rank(layer).unwrap_or_else(|| panic!("{layer} is no layer of ARCHITECTURE.md"));
        for used in uses {
            let Some(target) = used.first() else { continue };
            let theirs = rank(target).unwrap_or_else(|| panic!("{target} is no layer"));
            let sibling = target != layer && theirs == own;
            if theirs > own || sibling {
                wrong.push(format!("{} uses {}", module.join("::"), used.join("::")));
            }
        }
    }
    assert!(
        wrong.is_empty(),
        "layers pointing up or sideways:\n  {}",
        wrong.join("\n  ")
    );
}

#[test]
fn only_cli_and_the_binary_use_cli() {
    let mut wrong = Vec::new();
    for (module, uses) in graph() {
        let inside = module.first().is_some_and(|m| m == "cli" || m == "main");
        if inside || module.is_empty() {
            continue;
        }
        for used in uses
            .iter()
            .filter(|u| u.first().is_some_and(|m| m == "cli"))
        {
            wrong.push(format!("{} uses {}", module.join("::"), used.join("::")));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn the_module_graph_has_no_cycle() {
    let graph = graph();
    // Depth-first search with colours: reaching a grey module is a cycle.
    fn visit<'g>(
        node: &'g Vec<String>,
        graph: &'g BTreeMap<Vec<String>, BTreeSet<Vec<String>>>,
        colour: &mut BTreeMap<&'g Vec<String>, u8>,
        stack: &mut Vec<&'g Vec<String>>,
    ) -> Option<Vec<String>> {
        match colour.get(node) {
            Some(2) => return None,
            Some(1) => {
                let start = stack.iter().position(|n| *n == node).unwrap_or(0);
                let mut cycle: Vec<String> = stack[start..].iter().map(|n| n.join("::")).collect();
                cycle.push(node.join("::"));
                return Some(cycle);
            }
            _ => {}
        }
        colour.insert(node, 1);
        stack.push(node);
        for next in graph.get(node).into_iter().flatten() {
            // A module using its own parent (`super`, `mod.rs` re-exports) is
            // one module spread over files, not a cycle.
            if node.starts_with(next) || next.starts_with(node) {
                continue;
            }
            if let Some(cycle) = visit(next, graph, colour, stack) {
                return Some(cycle);
            }
        }
        stack.pop();
        colour.insert(node, 2);
        None
    }
    let mut colour = BTreeMap::new();
    for node in graph.keys() {
        let mut stack = Vec::new();
        if let Some(cycle) = visit(node, &graph, &mut colour, &mut stack) {
            panic!("module cycle: {}", cycle.join(" -> "));
        }
    }
}

#[test]
fn the_checker_sees_references() {
    // The checks above are only as good as this parser: it must find the
    // references a real file makes.
    let graph = graph();
    let invitations = graph
        .get(&vec!["ops".to_string(), "invitations".to_string()])
        .expect("ops::invitations is a module");
    assert!(invitations.contains(&vec!["store".to_string()]));
    assert!(invitations
        .iter()
        .any(|m| m.first().is_some_and(|l| l == "domain")));
    let main = graph.get(&vec!["main".to_string()]).expect("main.rs");
    assert!(main.iter().any(|m| m.first().is_some_and(|l| l == "cli")));
}
