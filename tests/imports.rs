//! The modules import one another without a circle: each file of `src/` uses only files
//! below it (the stages' order is in `src/pipeline.rs`). The graph is read from the source:
//! every `crate::`, `super::` and `self::` path outside `#[cfg(test)]` code, and each
//! `use child::...` of a module's own children, points from its file to the file that
//! defines the module the path names (the longest prefix of it that is a module).

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

type Module = Vec<String>;

/// Every `.rs` file under `dir`, by the module path it defines.
fn modules(src: &Path) -> BTreeMap<Module, PathBuf> {
    let mut found = BTreeMap::new();
    let mut stack = vec![src.to_path_buf()];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let rel = path.strip_prefix(src).unwrap().with_extension("");
                let mut module: Module = rel.iter().map(|p| p.to_string_lossy().into_owned()).collect();
                if matches!(module.last().map(String::as_str), Some("mod" | "lib" | "main")) {
                    module.pop();
                }
                found.insert(module, path);
            }
        }
    }
    found
}

/// The code of a file without comments and without its tests.
fn code(text: &str) -> String {
    let text = text.split("#[cfg(test)]").next().unwrap_or("");
    text.lines().map(|line| line.split("//").next().unwrap_or("")).collect::<Vec<_>>().join("\n")
}

/// The paths a `use` tree stands for: `a::{b, c::{d, e}}` is `a::b`, `a::c::d`, `a::c::e`.
fn expand(tree: &str) -> Vec<String> {
    let tree: String = tree.chars().filter(|c| !c.is_whitespace()).collect();
    let Some(open) = tree.find('{') else { return vec![tree] };
    let (head, rest) = tree.split_at(open);
    let mut depth = 0;
    let mut close = rest.len();
    for (i, c) in rest.char_indices() {
        match c {
            '{' => depth += 1,
            '}' => {
                depth -= 1;
                if depth == 0 {
                    close = i;
                    break;
                }
            }
            _ => {}
        }
    }
    let inner = &rest[1..close];
    let mut parts = Vec::new();
    let (mut depth, mut start) = (0, 0);
    for (i, c) in inner.char_indices() {
        match c {
            '{' => depth += 1,
            '}' => depth -= 1,
            ',' if depth == 0 => {
                parts.push(&inner[start..i]);
                start = i + 1;
            }
            _ => {}
        }
    }
    parts.push(&inner[start..]);
    parts.into_iter().filter(|p| !p.is_empty()).flat_map(|p| expand(&format!("{head}{p}"))).collect()
}

/// The path that starts at byte `at` of `code`: identifiers, `::`, and a `{...}` group.
fn path_at(code: &str, at: usize) -> &str {
    let bytes = code.as_bytes();
    let mut end = at;
    let mut depth = 0;
    while end < bytes.len() {
        let c = bytes[end];
        match c {
            b'{' => depth += 1,
            b'}' if depth > 0 => depth -= 1,
            b'}' => break,
            _ if depth > 0 => {}
            c if c.is_ascii_alphanumeric() || c == b'_' || c == b':' => {}
            _ => break,
        }
        end += 1;
        if depth == 0 && bytes[end - 1] == b'}' {
            break;
        }
    }
    &code[at..end]
}

/// `path` (`super::c::call`, `inner::Thing`) read from inside module `base`.
fn join(base: &[String], path: &str) -> Module {
    let mut parts = base.to_vec();
    for part in path.split("::").filter(|p| !p.is_empty() && *p != "self" && *p != "*") {
        if part == "super" {
            parts.pop();
        } else {
            parts.push(part.to_string());
        }
    }
    parts
}

fn graph(src: &Path) -> BTreeMap<PathBuf, BTreeSet<PathBuf>> {
    let modules = modules(src);
    let resolve = |parts: &[String]| (1..=parts.len()).rev().find_map(|n| modules.get(&parts[..n]));
    let mut edges: BTreeMap<PathBuf, BTreeSet<PathBuf>> = BTreeMap::new();
    for (module, file) in &modules {
        let code = code(&std::fs::read_to_string(file).unwrap());
        let mut paths: Vec<Module> = Vec::new();
        let starts_word = |i: usize| i == 0 || !code.as_bytes()[i - 1].is_ascii_alphanumeric() && code.as_bytes()[i - 1] != b'_' && code.as_bytes()[i - 1] != b':';
        for (root, base) in [("crate::", Vec::new()), ("super::", module[..module.len().saturating_sub(1)].to_vec()), ("self::", module.clone())] {
            for (i, _) in code.match_indices(root).filter(|&(i, _)| starts_word(i)) {
                for path in expand(path_at(&code, i + root.len())) {
                    paths.push(join(&base, &path));
                }
            }
        }
        // `use child::Item;` in a module with children.
        for (i, _) in code.match_indices("use ").filter(|&(i, _)| starts_word(i)) {
            let tree = path_at(&code, i + 4);
            let first = tree.split("::").next().unwrap_or("");
            let mut child = module.clone();
            child.push(first.to_string());
            if modules.contains_key(&child) {
                for path in expand(tree) {
                    paths.push(join(module, &path));
                }
            }
        }
        let targets = edges.entry(file.clone()).or_default();
        for parts in paths {
            if let Some(target) = resolve(&parts).filter(|t| *t != file) {
                targets.insert(target.clone());
            }
        }
    }
    edges
}

/// A circle in `edges`, as the files around it, if there is one.
fn find_circle(edges: &BTreeMap<PathBuf, BTreeSet<PathBuf>>) -> Option<Vec<PathBuf>> {
    #[derive(Clone, Copy, PartialEq)]
    enum Mark {
        Open,
        Done,
    }
    fn visit(file: &PathBuf, edges: &BTreeMap<PathBuf, BTreeSet<PathBuf>>, marks: &mut BTreeMap<PathBuf, Mark>, trail: &mut Vec<PathBuf>) -> Option<Vec<PathBuf>> {
        match marks.get(file) {
            Some(Mark::Done) => return None,
            Some(Mark::Open) => {
                let start = trail.iter().position(|f| f == file).unwrap();
                let mut circle = trail[start..].to_vec();
                circle.push(file.clone());
                return Some(circle);
            }
            None => {}
        }
        marks.insert(file.clone(), Mark::Open);
        trail.push(file.clone());
        for next in edges.get(file).into_iter().flatten() {
            if let Some(circle) = visit(next, edges, marks, trail) {
                return Some(circle);
            }
        }
        trail.pop();
        marks.insert(file.clone(), Mark::Done);
        None
    }
    let mut marks = BTreeMap::new();
    edges.keys().find_map(|file| visit(file, edges, &mut marks, &mut Vec::new()))
}

#[test]
fn no_module_imports_one_that_imports_it_back() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let edges = graph(&src);
    if let Some(circle) = find_circle(&edges) {
        let names: Vec<String> = circle.iter().map(|f| f.strip_prefix(&src).unwrap().display().to_string()).collect();
        panic!("these modules import one another in a circle: {}\nmove what they share into a module below both", names.join(" -> "));
    }
}

#[test]
fn the_graph_sees_each_kind_of_import() {
    let dir = tempfile::tempdir().unwrap();
    let src = dir.path();
    let write = |rel: &str, text: &str| {
        let path = src.join(rel);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    };
    write("lib.rs", "pub mod a;\npub mod b;\npub mod c;\n");
    write("a/mod.rs", "mod inner;\nuse inner::{Thing, other::{X, Y}};\n");
    write("a/inner.rs", "use crate::b::{self, B};\nfn f() { super::super::c::call(); }\n");
    write("b.rs", "// crate::a::nothing\nfn f() -> crate::c::C { todo!() }\n#[cfg(test)]\nmod tests { use crate::a::Thing; }\n");
    write("c.rs", "use std::fmt;\n");
    let edges = graph(src);
    let of = |rel: &str| edges[&src.join(rel)].iter().map(|f| f.strip_prefix(src).unwrap().display().to_string()).collect::<Vec<_>>();
    assert_eq!(of("a/mod.rs"), ["a/inner.rs"]);
    assert_eq!(of("a/inner.rs"), ["b.rs", "c.rs"]);
    assert_eq!(of("b.rs"), ["c.rs"], "comments and tests are left out");
    assert!(of("c.rs").is_empty());
    assert!(find_circle(&edges).is_none());

    write("c.rs", "use crate::a::Thing;\n");
    let edges = graph(src);
    let circle = find_circle(&edges).expect("c.rs now imports a/mod.rs, which leads back to c.rs");
    assert_eq!(circle.first(), circle.last(), "{circle:?}");
    assert!(circle.windows(2).all(|pair| edges[&pair[0]].contains(&pair[1])), "{circle:?}");
    assert!(circle.contains(&src.join("c.rs")) && circle.contains(&src.join("a/mod.rs")), "{circle:?}");
}
