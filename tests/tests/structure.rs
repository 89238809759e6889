//! The layout rules of the library crates, checked on their sources as `syn` parses them (test
//! modules left out):
//!
//! - no import circle: a module may use its descendants, and its own ancestors' items, but no
//!   two other modules of a crate may each, directly or through others, use the other; a
//!   circle means one item is in the wrong module;
//! - no function longer than [`MAX_FN_LINES`], so that each reads on one screen (a generator's
//!   one long `quote!` is a construct of its own module, split by what it emits); counted on
//!   the rustfmt-formatted text.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use syn::visit::Visit;

/// The crates users depend on, and the crates behind them.
const CRATES: &[&str] = &["wire", "core", "runtime", "codegen", "macros", "build"];

/// The longest a function may be, signature and body, in lines.
const MAX_FN_LINES: usize = 80;

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .unwrap()
        .to_owned()
}

/// A crate's modules by path (`""` for the crate root, `"check::fields"`), each with its
/// parsed file.
fn modules(krate: &str) -> BTreeMap<String, syn::File> {
    sources(krate)
        .into_iter()
        .map(|(module, path)| {
            let text = std::fs::read_to_string(&path).unwrap();
            let file = syn::parse_file(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            (module, file)
        })
        .collect()
}

/// A crate's modules by path, each with its file.
fn sources(krate: &str) -> BTreeMap<String, PathBuf> {
    let src = root().join(krate).join("src");
    let mut out = BTreeMap::new();
    let mut stack = vec![src.clone()];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
                continue;
            }
            if path.extension().is_none_or(|e| e != "rs") {
                continue;
            }
            let rel = path.strip_prefix(&src).unwrap().with_extension("");
            let mut parts: Vec<String> = (rel.iter())
                .map(|p| p.to_string_lossy().into_owned())
                .collect();
            if matches!(
                parts.last().map(String::as_str),
                Some("lib" | "main" | "mod")
            ) {
                parts.pop();
            }
            out.insert(parts.join("::"), path);
        }
    }
    out
}

/// `#[test]` or `#[cfg(test)]`.
fn is_test(attrs: &[syn::Attribute]) -> bool {
    attrs.iter().any(|a| {
        a.path().is_ident("test")
            || (a.path().is_ident("cfg")
                && a.meta
                    .require_list()
                    .is_ok_and(|l| l.tokens.to_string() == "test"))
    })
}

/// The paths a module names (`use` trees and paths in code), outside its test modules.
#[derive(Default)]
struct Paths(Vec<Vec<String>>);

impl Paths {
    fn use_tree(&mut self, prefix: &mut Vec<String>, tree: &syn::UseTree) {
        match tree {
            syn::UseTree::Path(p) => {
                prefix.push(p.ident.to_string());
                self.use_tree(prefix, &p.tree);
                prefix.pop();
            }
            syn::UseTree::Name(n) => self.push(prefix, &n.ident),
            syn::UseTree::Rename(r) => self.push(prefix, &r.ident),
            syn::UseTree::Glob(_) => self.0.push(prefix.clone()),
            syn::UseTree::Group(g) => {
                for t in &g.items {
                    self.use_tree(prefix, t);
                }
            }
        }
    }

    fn push(&mut self, prefix: &[String], last: &syn::Ident) {
        let mut path = prefix.to_vec();
        path.push(last.to_string());
        self.0.push(path);
    }
}

impl<'a> Visit<'a> for Paths {
    fn visit_item_mod(&mut self, m: &'a syn::ItemMod) {
        if !is_test(&m.attrs) {
            syn::visit::visit_item_mod(self, m);
        }
    }

    fn visit_item_fn(&mut self, f: &'a syn::ItemFn) {
        if !is_test(&f.attrs) {
            syn::visit::visit_item_fn(self, f);
        }
    }

    fn visit_item_use(&mut self, u: &'a syn::ItemUse) {
        if !is_test(&u.attrs) {
            self.use_tree(&mut Vec::new(), &u.tree);
        }
    }

    fn visit_path(&mut self, p: &'a syn::Path) {
        self.0
            .push(p.segments.iter().map(|s| s.ident.to_string()).collect());
        syn::visit::visit_path(self, p);
    }
}

/// The module of the crate that `path`, named in module `from`, points into; `None` for
/// paths outside the crate.
fn target(from: &str, path: &[String], known: &BTreeSet<String>) -> Option<String> {
    let mut here: Vec<&str> = if from.is_empty() {
        Vec::new()
    } else {
        from.split("::").collect()
    };
    let mut rest = path;
    match rest.first().map(String::as_str) {
        Some("crate") => {
            here.clear();
            rest = &rest[1..];
        }
        Some("super") => {
            while rest.first().is_some_and(|s| s == "super") {
                here.pop();
                rest = &rest[1..];
            }
        }
        Some("self") => rest = &rest[1..],
        // A child module named without `self::`, as `mod child; use child::Item;` does.
        Some(first) if known.contains(&join(&here, first)) => {}
        _ => return None,
    }
    let mut best = here.join("::");
    let mut current = here.clone();
    for seg in rest {
        current.push(seg);
        let name = current.join("::");
        if known.contains(&name) {
            best = name;
        } else {
            break;
        }
    }
    Some(best)
}

fn join(here: &[&str], last: &str) -> String {
    let mut v = here.to_vec();
    v.push(last);
    v.join("::")
}

/// `b` is `a` or one of its ancestors.
fn is_ancestor_or_self(b: &str, a: &str) -> bool {
    b.is_empty() || a == b || a.starts_with(&format!("{b}::"))
}

/// The circles of the directed graph `edges`, each as the modules on it.
fn circles(edges: &BTreeMap<String, BTreeSet<String>>) -> Vec<Vec<String>> {
    // Tarjan's strongly connected components; a component of two or more modules is a circle.
    struct State<'g> {
        edges: &'g BTreeMap<String, BTreeSet<String>>,
        index: BTreeMap<&'g str, usize>,
        low: BTreeMap<&'g str, usize>,
        stack: Vec<&'g str>,
        on_stack: BTreeSet<&'g str>,
        out: Vec<Vec<String>>,
    }
    fn visit<'g>(s: &mut State<'g>, v: &'g str) {
        let i = s.index.len();
        s.index.insert(v, i);
        s.low.insert(v, i);
        s.stack.push(v);
        s.on_stack.insert(v);
        for w in s.edges.get(v).into_iter().flatten() {
            let w = w.as_str();
            if !s.index.contains_key(w) {
                visit(s, w);
                let lw = s.low[w];
                let lv = s.low.get_mut(v).unwrap();
                *lv = (*lv).min(lw);
            } else if s.on_stack.contains(w) {
                let iw = s.index[w];
                let lv = s.low.get_mut(v).unwrap();
                *lv = (*lv).min(iw);
            }
        }
        if s.low[v] == s.index[v] {
            let mut component = Vec::new();
            while let Some(w) = s.stack.pop() {
                s.on_stack.remove(w);
                component.push(w.to_owned());
                if w == v {
                    break;
                }
            }
            if component.len() > 1 {
                component.sort();
                s.out.push(component);
            }
        }
    }
    let mut s = State {
        edges,
        index: BTreeMap::new(),
        low: BTreeMap::new(),
        stack: Vec::new(),
        on_stack: BTreeSet::new(),
        out: Vec::new(),
    };
    for v in edges.keys() {
        if !s.index.contains_key(v.as_str()) {
            visit(&mut s, v);
        }
    }
    s.out
}

#[test]
fn no_import_circle_between_modules() {
    let mut found = Vec::new();
    for krate in CRATES {
        let modules = modules(krate);
        let known: BTreeSet<String> = modules.keys().cloned().collect();
        let mut edges: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
        for (name, file) in &modules {
            let mut paths = Paths::default();
            paths.visit_file(file);
            let out = edges.entry(name.clone()).or_default();
            for path in &paths.0 {
                match target(name, path, &known) {
                    Some(to) if !is_ancestor_or_self(&to, name) => {
                        out.insert(to);
                    }
                    _ => {}
                }
            }
        }
        for circle in circles(&edges) {
            found.push(format!("{krate}: {}", circle.join(" ↔ ")));
        }
    }
    assert!(found.is_empty(), "import circles:\n{}", found.join("\n"));
}

/// The functions of a file outside its test modules, as (name, first line, lines). The
/// sources are rustfmt's (CI checks it), so an item ends at the first line that is its
/// opening line's indentation and a `}`.
fn functions(text: &str) -> Vec<(String, usize, usize)> {
    let lines: Vec<&str> = text.lines().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        let line = lines[i];
        let indent = line.len() - line.trim_start().len();
        let closes = |j: &usize| {
            let l = lines[*j];
            l.len() - l.trim_start().len() == indent && l.trim_start().starts_with('}')
        };
        if line.trim() == "#[cfg(test)]" && lines.get(i + 1).is_some_and(|l| l.contains("mod ")) {
            // Skip the test module whole.
            i = (i + 1..lines.len())
                .find(|j| closes(j))
                .unwrap_or(lines.len());
        } else if let Some(name) = fn_name(line) {
            if line.trim_end().ends_with(';') {
                i += 1;
                continue;
            }
            let end = (i..lines.len()).find(|j| closes(j)).unwrap_or(i);
            out.push((name, i + 1, end + 1 - i));
        }
        i += 1;
    }
    out
}

/// The name of the function a line declares, if it declares one.
fn fn_name(line: &str) -> Option<String> {
    let mut words = line.split_whitespace();
    while let Some(word) = words.next() {
        match word {
            "fn" => {
                let rest = words.next()?;
                let end = rest.find(|c: char| !(c.is_alphanumeric() || c == '_'))?;
                return Some(rest[..end].to_owned());
            }
            "pub" | "const" | "async" | "unsafe" | "extern" | "default" => {}
            w if w.starts_with("pub(") || w.starts_with('"') => {}
            _ => return None,
        }
    }
    None
}

#[test]
fn no_long_functions() {
    let mut long = Vec::new();
    for krate in CRATES {
        for (module, path) in sources(krate) {
            let text = std::fs::read_to_string(&path).unwrap();
            for (name, line, lines) in functions(&text) {
                if lines > MAX_FN_LINES {
                    long.push(format!(
                        "{krate}/{module} `{name}` (line {line}): {lines} lines"
                    ));
                }
            }
        }
    }
    assert!(
        long.is_empty(),
        "functions over {MAX_FN_LINES} lines:\n{}",
        long.join("\n")
    );
}
