//! A TOML document as a tree of spanned values, read by this module's own lexer and parser.
//!
//! A lexer cuts the text into tokens, a recursive-descent parser reads them as key-values,
//! headers, arrays and inline tables, and the tree gives those TOML's meaning: dotted keys,
//! `[table]` and `[[array]]` headers, inline tables closed to later extension, duplicate keys
//! and redefined tables as errors. Every key and value keeps its span. Reading keeps what is
//! valid and reports every problem, each with a message and the span of what is wrong, so that
//! the spec reader can report them all in one pass. Arrays and inline tables nest at most 80
//! deep and a dotted key has at most 80 parts (as in `toml`); reading never panics and takes
//! time linear in the input.
//!
//! Tables keep their keys in the order they were first written.
//!
//! It reads TOML as `toml` 1.2 does, TOML 1.1: newlines, comments and a trailing comma in
//! inline tables, `\e` and `\xHH` escapes, times without seconds. Its tests hold it to `toml`
//! as the oracle, on generated documents valid and broken, and to the toml-test suite. Where
//! `toml`'s `DeTable` takes for an integer what is none (`0x`, `1_0"0`), which `toml::from_str`
//! then refuses, this module reports it.
//!
//! Public only for this crate's tests and the `toml_oracle` fuzz target (hidden from the
//! docs): the spec reader in `raw` is its one user.
//!
//! # Why it parses TOML itself
//!
//! Build speed. Everything codegen depends on is compiled on the way to every user's first
//! build. `toml`'s spanned `DeTable` (`parse_recoverable`, features `parse` and
//! `preserve_order`) gives the same tree, but brings `indexmap`, `hashbrown`,
//! `toml_datetime`, `serde_spanned` and `serde` onto that path: a user's cold build of a crate
//! with one enum took about a fifth longer with it. `toml_parser`, the event parser under
//! `toml`, still made a chain of three crates (`winnow`, `toml_parser`, then the tree built on
//! its events) that ended well after codegen's other dependencies, `proc-macro2` and `quote`,
//! were built, and put the cold build past thiserror's. Reading TOML here, with no
//! dependency, compiles in less than half the CPU time those three took. It is a module, not
//! a crate of its own: as a crate it let a cold build compile it beside `quote`, which gained
//! too little to keep a crate for. `benches/cold-build.sh` and `benches/real-app.sh` measure
//! both builds, comparing commits when given several; BENCHMARKS.md has their figures.

use core::ops::Range;

mod datetime;
mod index;
mod lexer;
mod parser;
mod scalar;
mod strings;
mod tree;

/// How deep arrays, inline tables and dotted keys may nest.
pub(crate) const NESTING_LIMIT: u32 = 80;
/// Tables of up to this many keys find a key by comparing each: quicker than hashing it, and
/// no index to build for each of a spec's thousands of `[[error]]` tables.
const SCAN: usize = 16;

/// A problem in the document: what is wrong, and where.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Error {
    /// What is wrong: what was found, and what was expected instead.
    pub message: String,
    /// Where: what is wrong, or, when something is missing at the end of the input, the empty
    /// span there. Always inside the input, on character boundaries.
    pub span: Range<usize>,
}

/// A key and where it was written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Key {
    /// The key, decoded (quotes and escapes resolved).
    pub name: String,
    /// The key as written, quotes included.
    pub span: Range<usize>,
}

/// A value and where it was written.
#[derive(Debug, Clone, PartialEq)]
pub struct Item {
    /// The value.
    pub value: Value,
    /// A scalar, array or inline table: the value as written. A `[table]` or one `[[table]]`:
    /// its header; their array: its first header. A table made by a dotted key or a header
    /// path: the key that first named it.
    pub span: Range<usize>,
}

/// A TOML value. Date-times are only classified: the spec has no use for them.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    /// A string, decoded.
    String(String),
    /// An integer; `None` when it does not fit an `i128`.
    Integer(Option<i128>),
    /// A float (`inf` and `nan` included, as TOML writes them).
    Float(f64),
    /// `true` or `false`.
    Boolean(bool),
    /// An offset or local date-time, date or time.
    Datetime,
    /// An array.
    Array {
        /// Its values, in order.
        items: Vec<Item>,
        /// Written as `[[key]]` headers, not as `key = [...]`.
        of_tables: bool,
    },
    /// A table.
    Table(Table),
}

impl Value {
    /// The TOML type name, for "found ..." in messages.
    pub fn type_str(&self) -> &'static str {
        match self {
            Self::String(_) => "string",
            Self::Integer(_) => "integer",
            Self::Float(_) => "float",
            Self::Boolean(_) => "boolean",
            Self::Datetime => "datetime",
            Self::Array { .. } => "array",
            Self::Table(_) => "table",
        }
    }
}

/// A table: its entries in file order, and how it was defined (which decides how it may be
/// extended).
#[derive(Debug, Clone, Default)]
pub struct Table {
    entries: Vec<(Key, Item)>,
    /// Where each key is in `entries`, once there are more than [`SCAN`] (a spec may have
    /// thousands); the small tables, which are most of them, are scanned and need none.
    index: index::Index,
    /// Only named by a header path or a dotted key so far, not defined by its own header.
    implicit: bool,
    /// Made by a dotted key: a `[header]` may no longer define it.
    dotted: bool,
    /// Written `{ ... }`: closed once written.
    inline: bool,
}

/// Tables are equal when their entries are: how they were defined does not matter.
impl PartialEq for Table {
    fn eq(&self, other: &Self) -> bool {
        self.entries == other.entries
    }
}

impl Table {
    /// The entries, in the order their keys were first written.
    pub fn iter(&self) -> impl Iterator<Item = (&Key, &Item)> {
        self.entries.iter().map(|(k, v)| (k, v))
    }

    /// The values, in the order their keys were first written.
    pub fn values(&self) -> impl Iterator<Item = &Item> {
        self.entries.iter().map(|(_, v)| v)
    }

    /// The value of `key`.
    pub fn get(&self, key: &str) -> Option<&Item> {
        self.position(key).map(|i| &self.entries[i].1)
    }

    /// Where `key` is in `entries`.
    fn position(&self, key: &str) -> Option<usize> {
        if self.entries.len() <= SCAN {
            self.entries.iter().position(|(k, _)| k.name == key)
        } else {
            self.index.get(&self.entries, key)
        }
    }

    /// Adds an entry for a new key: its position.
    fn push(&mut self, key: Key, item: Item) -> usize {
        let at = self.entries.len();
        self.entries.push((key, item));
        if at >= SCAN {
            self.index.add_last(&self.entries);
        }
        at
    }
}

/// Reads `source` into its root table, with every problem found. What is valid is kept even
/// when there are problems.
pub fn parse(source: &str) -> (Table, Vec<Error>) {
    let (root, errors) = parser::parse(source);
    (root, errors.0)
}

/// `text` in backticks for a message, its first 24 characters only when it is longer.
fn shown(text: &str) -> String {
    match text.char_indices().nth(24) {
        Some((cut, _)) => format!("`{}...`", &text[..cut]),
        None => format!("`{text}`"),
    }
}

/// How many bytes at the start of `bytes` `keep` keeps. Every scan of bytes in this crate is
/// this one loop, taking a function pointer, so that the crate compiles one copy of it rather
/// than an iterator adapter chain for each closure.
fn count_while(bytes: &[u8], keep: fn(u8) -> bool) -> usize {
    let mut n = 0;
    while n < bytes.len() && keep(bytes[n]) {
        n += 1;
    }
    n
}

/// Whether `keep` keeps every byte of `bytes`.
fn all(bytes: &[u8], keep: fn(u8) -> bool) -> bool {
    count_while(bytes, keep) == bytes.len()
}

/// An ASCII digit: the one `keep` of the scans for digits, as a function of its own (a closure
/// passed as a function pointer compiles to its body and a shim, one pair per closure).
fn is_digit(b: u8) -> bool {
    b.is_ascii_digit()
}

/// The problems found so far.
#[derive(Default)]
struct Errors(Vec<Error>);

impl Errors {
    /// Reports `message` at `span`.
    fn push(&mut self, message: impl Into<String>, span: Range<usize>) {
        self.0.push(Error {
            message: message.into(),
            span,
        });
    }
}

#[cfg(test)]
mod tests {
    use core::fmt::Write as _;

    use super::*;

    fn parse_ok(doc: &str) -> Table {
        let (table, errors) = parse(doc);
        assert_eq!(errors, [], "{doc}");
        table
    }

    #[test]
    fn keys_are_found_in_small_and_large_tables_alike() {
        for n in [1, SCAN - 1, SCAN, SCAN + 1, 3 * SCAN, 20 * SCAN] {
            let mut doc = String::new();
            for i in 0..n {
                let _ = writeln!(doc, "k{i} = {i}");
            }
            let t = parse_ok(&doc);
            for i in 0..n {
                let want = Value::Integer(Some(i128::try_from(i).unwrap()));
                assert_eq!(t.get(&format!("k{i}")).unwrap().value, want, "{n} keys");
            }
            assert_eq!(t.get("k"), None);
            // A duplicate of the first key and of the last is found either way.
            let _ = write!(doc, "k0 = 0\nk{} = 0\n", n - 1);
            assert_eq!(parse(&doc).1.len(), 2, "{n} keys");
        }
    }
}
