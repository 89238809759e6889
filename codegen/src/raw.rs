//! The spec as written: TOML read into structs that mirror the file, every value with its span.
//!
//! This stage checks only what a value *is* (a string, a bool, a known key); what values mean
//! together is `check.rs`'s job. We walk the spanned document (`doc.rs`) instead of deriving
//! serde so that every problem is reported in one pass, not the first one only.

use core::ops::Range;

use crate::diag::{Diagnostic, toml_key};
use crate::suggest::closest;
use link_errors_toml::{self as doc, Item, Key};

/// A value and where it was written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sp<T> {
    /// The value.
    pub value: T,
    /// Its byte range in the spec.
    pub span: Range<usize>,
}

/// A text: one string in the first locale, or a table of locale → string.
#[derive(Debug, Clone)]
pub enum Text {
    /// `message = "..."`: the first locale's text.
    Plain(String),
    /// `message = { en = "...", es = "..." }`.
    Locales(Vec<(Sp<String>, Sp<String>)>),
}

/// A value whose meaning depends on a declaration: a field's value or default.
#[derive(Debug, Clone)]
pub enum Value {
    Bool(bool),
    /// An integer; `None` when it does not even fit an `i128`.
    Int(Option<i128>),
    Str(String),
    /// A table of strings, such as `{ en = "...", es = "..." }`.
    Texts(Vec<(Sp<String>, Sp<String>)>),
    /// Anything else, by its TOML type name.
    Other(&'static str),
}

impl Value {
    /// What the value is, for "found ..." in messages.
    pub fn type_str(&self) -> &'static str {
        match self {
            Self::Bool(_) => "boolean",
            Self::Int(_) => "integer",
            Self::Str(_) => "string",
            Self::Texts(_) => "table",
            Self::Other(t) => t,
        }
    }
}

/// What a spec and an overlay can both declare: locales, fields, the translation opt-out.
#[derive(Debug, Default)]
pub struct RawDecls {
    pub locales: Option<Sp<Vec<Sp<String>>>>,
    pub allow_untranslated: Option<Sp<bool>>,
    pub fields: Vec<RawField>,
}

/// The whole file.
#[derive(Debug, Default)]
pub struct RawSpec {
    pub decls: RawDecls,
    pub link: RawLink,
    pub errors: Vec<RawError>,
    pub screens: Vec<RawScreen>,
    /// Where the document ends: empty-spec problems point here.
    pub end: usize,
}

/// An overlay file: declarations, and values and translations for the spec's codes and
/// screens.
#[derive(Debug, Default)]
pub struct RawOverlay {
    pub decls: RawDecls,
    /// `[codes.CODE]`, in file order.
    pub codes: Vec<RawEntry>,
    /// `[screens.NAME]`, in file order.
    pub screens: Vec<RawEntry>,
}

/// A `[codes.CODE]` or `[screens.NAME]` table of an overlay: every key with its value, read
/// as a [`Value`] because which keys exist depends on the declared fields.
#[derive(Debug)]
pub struct RawEntry {
    pub name: Sp<String>,
    pub entries: Vec<(Sp<String>, Sp<Value>)>,
}

/// One `[fields.NAME]` table.
#[derive(Debug)]
pub struct RawField {
    pub name: Sp<String>,
    pub keys: Vec<String>,
    pub ty: Option<Sp<String>>,
    pub default: Option<Sp<Value>>,
    pub optional: Option<Sp<bool>>,
    pub one_of: Option<Sp<Vec<Sp<String>>>>,
    pub doc: Option<Sp<String>>,
}

/// `[link]`.
#[derive(Debug, Default)]
pub struct RawLink {
    pub url: Option<Sp<String>>,
    pub token_param: Option<Sp<String>>,
    pub rollback_param: Option<Sp<String>>,
    pub rollback_all: Option<Sp<String>>,
    pub separator: Option<Sp<String>>,
    pub error_param: Option<Sp<String>>,
    pub reserved: Vec<Sp<String>>,
}

/// One `[[error]]` table.
#[derive(Debug)]
pub struct RawError {
    pub span: Range<usize>,
    /// Every key written, valid or not: a required key of the wrong type is not "missing".
    pub keys: Vec<String>,
    pub code: Option<Sp<String>>,
    pub message: Option<Sp<Text>>,
    pub variant: Option<Sp<String>>,
    pub aliases: Vec<Sp<String>>,
    /// `deprecated = "note"` or `deprecated = true`.
    pub deprecated: Option<Sp<Option<String>>>,
    pub screen_title: Option<Sp<Text>>,
    pub screen_text: Option<Sp<Text>>,
    pub exit_button: Option<Sp<bool>>,
    /// Keys that are not built in: declared fields, or typos (the checker knows which).
    pub others: Vec<(Sp<String>, Sp<Value>)>,
}

/// One `[[screen]]` table.
#[derive(Debug)]
pub struct RawScreen {
    pub span: Range<usize>,
    /// Every key written, valid or not.
    pub keys: Vec<String>,
    pub name: Option<Sp<String>>,
    pub title: Option<Sp<Text>>,
    pub text: Option<Sp<Text>>,
}

/// The keys each table accepts; anything else is a typo until proven otherwise.
pub const TOP_KEYS: &[&str] = &[
    "locales",
    "allow_untranslated",
    "fields",
    "link",
    "error",
    "screen",
];
pub const OVERLAY_KEYS: &[&str] = &[
    "locales",
    "allow_untranslated",
    "fields",
    "codes",
    "screens",
];
pub const FIELD_KEYS: &[&str] = &["type", "default", "optional", "one_of", "doc"];
pub const LINK_KEYS: &[&str] = &[
    "url",
    "token_param",
    "rollback_param",
    "rollback_all",
    "separator",
    "error_param",
    "reserved",
];
pub const ERROR_KEYS: &[&str] = &[
    "code",
    "message",
    "variant",
    "aliases",
    "deprecated",
    "screen_title",
    "screen_text",
    "exit_button",
];
pub const SCREEN_KEYS: &[&str] = &["name", "title", "text"];

/// Reads `source`, recording every problem in `diags`. What could be read is returned even
/// when there are problems, so that the caller can still generate a best-effort enum.
pub fn read(source: &str, diags: &mut Vec<Diagnostic>) -> RawSpec {
    let doc = parse(source, diags);
    let mut raw = RawSpec {
        end: source.len(),
        ..RawSpec::default()
    };
    let top = Table::new(&doc, "the spec", TOP_KEYS);
    raw.decls = read_decls(&top, diags);
    if let Some(link) = top.table("link", diags) {
        raw.link = read_link(&Table::new(link, "[link]", LINK_KEYS), diags);
    }
    for (i, (span, t)) in top.array_of_tables("error", diags).into_iter().enumerate() {
        let what = format!("[[error]] #{}", i + 1);
        raw.errors
            .push(read_error(span, &Table::new(t, &what, ERROR_KEYS), diags));
    }
    for (i, (span, t)) in top.array_of_tables("screen", diags).into_iter().enumerate() {
        let what = format!("[[screen]] #{}", i + 1);
        let table = Table::new(t, &what, SCREEN_KEYS);
        raw.screens.push(RawScreen {
            span,
            keys: table.keys(),
            name: table.string("name", diags),
            title: table.text("title", diags),
            text: table.text("text", diags),
        });
        table.finish(diags);
    }
    top.finish(diags);
    raw
}

/// Reads an overlay's `source`, recording every problem in `diags` (located in the overlay).
pub fn read_overlay(source: &str, diags: &mut Vec<Diagnostic>) -> RawOverlay {
    let doc = parse(source, diags);
    let top = Table::new(&doc, "the overlay", OVERLAY_KEYS);
    let mut raw = RawOverlay {
        decls: read_decls(&top, diags),
        ..RawOverlay::default()
    };
    for (key, out) in [("codes", &mut raw.codes), ("screens", &mut raw.screens)] {
        let Some(t) = top.table(key, diags) else {
            continue;
        };
        for (name, v) in in_written_order(t) {
            let name = sp_key(name);
            let what = format!("[{key}.{}]", toml_key(&name.value));
            let doc::Value::Table(entries) = &v.value else {
                diags.push(type_error(
                    &what,
                    &name.value,
                    "a table",
                    &v.value,
                    v.span.clone(),
                ));
                continue;
            };
            // A table of tables is not a text: most likely a dotted code written unquoted
            // (`[codes.E.TIMEOUT]`), which the checks name as such. Its insides are not read.
            let mut values = Vec::new();
            for (k, v) in entries.iter() {
                let value = match &v.value {
                    doc::Value::Table(t)
                        if t.values().any(|v| matches!(v.value, doc::Value::Table(_))) =>
                    {
                        Sp {
                            value: Value::Other("table"),
                            span: v.span.clone(),
                        }
                    }
                    _ => value(v, &what, &k.name, diags),
                };
                values.push((sp_key(k), value));
            }
            out.push(RawEntry {
                name,
                entries: values,
            });
        }
    }
    top.finish(diags);
    raw
}

fn read_decls(top: &Table<'_>, diags: &mut Vec<Diagnostic>) -> RawDecls {
    let locales = top.get("locales").and_then(|v| {
        let items = top.strings("locales", diags);
        matches!(&v.value, doc::Value::Array { .. }).then(|| Sp {
            value: items,
            span: v.span.clone(),
        })
    });
    let mut fields = Vec::new();
    if let Some(t) = top.table("fields", diags) {
        for (name, v) in in_written_order(t) {
            let name = sp_key(name);
            let what = format!("[fields.{}]", toml_key(&name.value));
            let doc::Value::Table(entries) = &v.value else {
                diags.push(
                    Diagnostic::new(
                        v.span.clone(),
                        format!("field `{}` must be a table", name.value),
                    )
                    .help(format!(
                        "declare it as `[fields.{}]` with `type = \"...\"`",
                        toml_key(&name.value)
                    )),
                );
                continue;
            };
            let table = Table::new(entries, &what, FIELD_KEYS);
            let one_of = table.get("one_of").and_then(|v| {
                let items = table.strings("one_of", diags);
                matches!(&v.value, doc::Value::Array { .. }).then(|| Sp {
                    value: items,
                    span: v.span.clone(),
                })
            });
            fields.push(RawField {
                keys: table.keys(),
                ty: table.string("type", diags),
                default: table
                    .get("default")
                    .map(|v| value(v, &what, "default", diags)),
                optional: table.boolean("optional", diags),
                one_of,
                doc: table.string("doc", diags),
                name,
            });
            table.finish(diags);
        }
    }
    RawDecls {
        locales,
        allow_untranslated: top.boolean("allow_untranslated", diags),
        fields,
    }
}

/// A table's entries in the order their names are written, which is the order of the spec's
/// fields and of an overlay's codes and screens: a table named on an earlier header's path
/// (`[codes.A.x]`) and then defined (`[codes.A]`) counts from its definition.
fn in_written_order(t: &doc::Table) -> Vec<(&Key, &Item)> {
    let mut entries: Vec<_> = t.iter().collect();
    entries.sort_by_key(|(k, _)| k.span.start);
    entries
}

fn sp_key(k: &Key) -> Sp<String> {
    Sp {
        value: k.name.clone(),
        span: k.span.clone(),
    }
}

/// Any value, for a key whose type depends on a declaration. A table must be one of strings
/// (a text by locale); a non-string in it is reported here.
fn value(v: &Item, what: &str, key: &str, diags: &mut Vec<Diagnostic>) -> Sp<Value> {
    let value = match &v.value {
        doc::Value::Boolean(b) => Value::Bool(*b),
        doc::Value::Integer(i) => Value::Int(*i),
        doc::Value::String(s) => Value::Str(s.clone()),
        doc::Value::Table(t) => Value::Texts(texts(t, what, key, diags)),
        other => Value::Other(other.type_str()),
    };
    Sp {
        value,
        span: v.span.clone(),
    }
}

/// The strings of a table of locale → text.
fn texts(
    t: &doc::Table,
    what: &str,
    key: &str,
    diags: &mut Vec<Diagnostic>,
) -> Vec<(Sp<String>, Sp<String>)> {
    let mut out = Vec::new();
    for (locale, v) in t.iter() {
        match &v.value {
            doc::Value::String(s) => out.push((
                sp_key(locale),
                Sp {
                    value: s.clone(),
                    span: v.span.clone(),
                },
            )),
            other => diags.push(type_error(
                what,
                &format!("{key}.{}", locale.name),
                "a string",
                other,
                v.span.clone(),
            )),
        }
    }
    out
}

fn read_link(t: &Table<'_>, diags: &mut Vec<Diagnostic>) -> RawLink {
    let link = RawLink {
        url: t.string("url", diags),
        token_param: t.string("token_param", diags),
        rollback_param: t.string("rollback_param", diags),
        rollback_all: t.string("rollback_all", diags),
        separator: t.string("separator", diags),
        error_param: t.string("error_param", diags),
        reserved: t.strings("reserved", diags),
    };
    t.finish(diags);
    link
}

fn read_error(span: Range<usize>, t: &Table<'_>, diags: &mut Vec<Diagnostic>) -> RawError {
    let deprecated = t.get("deprecated").and_then(|v| match &v.value {
        doc::Value::String(s) => Some(Sp {
            value: Some(s.clone()),
            span: v.span.clone(),
        }),
        doc::Value::Boolean(true) => Some(Sp {
            value: None,
            span: v.span.clone(),
        }),
        doc::Value::Boolean(false) => None,
        other => {
            diags.push(type_error(
                t.what,
                "deprecated",
                "a string (the note) or `true`",
                other,
                v.span.clone(),
            ));
            None
        }
    });
    let mut others = Vec::new();
    for (k, v) in t.entries.iter() {
        if !t.known.contains(&k.name.as_str()) {
            others.push((sp_key(k), value(v, t.what, &k.name, diags)));
        }
    }
    RawError {
        span,
        keys: t.keys(),
        code: t.string("code", diags),
        message: t.text("message", diags),
        variant: t.string("variant", diags),
        aliases: t.strings("aliases", diags),
        deprecated,
        screen_title: t.text("screen_title", diags),
        screen_text: t.text("screen_text", diags),
        exit_button: t.boolean("exit_button", diags),
        others,
    }
}

/// A table being read: remembers which keys were asked for, so that `finish` can report the
/// rest as unknown.
struct Table<'a> {
    entries: &'a doc::Table,
    what: &'a str,
    known: &'static [&'static str],
}

impl<'a> Table<'a> {
    fn new(entries: &'a doc::Table, what: &'a str, known: &'static [&'static str]) -> Self {
        Self {
            entries,
            what,
            known,
        }
    }

    fn keys(&self) -> Vec<String> {
        self.entries.iter().map(|(k, _)| k.name.clone()).collect()
    }

    fn get(&self, key: &str) -> Option<&'a Item> {
        debug_assert!(
            self.known.contains(&key),
            "`{key}` missing from the known keys"
        );
        self.entries.get(key)
    }

    fn string(&self, key: &str, diags: &mut Vec<Diagnostic>) -> Option<Sp<String>> {
        let v = self.get(key)?;
        match &v.value {
            doc::Value::String(s) => Some(Sp {
                value: s.clone(),
                span: v.span.clone(),
            }),
            other => {
                diags.push(type_error(
                    self.what,
                    key,
                    "a string",
                    other,
                    v.span.clone(),
                ));
                None
            }
        }
    }

    /// A string, or a table of locale → string.
    fn text(&self, key: &str, diags: &mut Vec<Diagnostic>) -> Option<Sp<Text>> {
        let v = self.get(key)?;
        let text = match &v.value {
            doc::Value::String(s) => Text::Plain(s.clone()),
            doc::Value::Table(t) => Text::Locales(texts(t, self.what, key, diags)),
            other => {
                diags.push(type_error(
                    self.what,
                    key,
                    "a string or a table of locale = \"text\"",
                    other,
                    v.span.clone(),
                ));
                return None;
            }
        };
        Some(Sp {
            value: text,
            span: v.span.clone(),
        })
    }

    fn boolean(&self, key: &str, diags: &mut Vec<Diagnostic>) -> Option<Sp<bool>> {
        let v = self.get(key)?;
        match &v.value {
            doc::Value::Boolean(b) => Some(Sp {
                value: *b,
                span: v.span.clone(),
            }),
            other => {
                diags.push(type_error(
                    self.what,
                    key,
                    "`true` or `false`",
                    other,
                    v.span.clone(),
                ));
                None
            }
        }
    }

    fn strings(&self, key: &str, diags: &mut Vec<Diagnostic>) -> Vec<Sp<String>> {
        let Some(v) = self.get(key) else {
            return Vec::new();
        };
        let doc::Value::Array { items, .. } = &v.value else {
            diags.push(type_error(
                self.what,
                key,
                "an array of strings",
                &v.value,
                v.span.clone(),
            ));
            return Vec::new();
        };
        let mut out = Vec::new();
        for item in items {
            match &item.value {
                doc::Value::String(s) => out.push(Sp {
                    value: s.clone(),
                    span: item.span.clone(),
                }),
                other => diags.push(type_error(
                    self.what,
                    key,
                    "an array of strings",
                    other,
                    item.span.clone(),
                )),
            }
        }
        out
    }

    fn table(&self, key: &str, diags: &mut Vec<Diagnostic>) -> Option<&'a doc::Table> {
        let v = self.get(key)?;
        match &v.value {
            doc::Value::Table(t) => Some(t),
            other => {
                diags.push(type_error(
                    self.what,
                    key,
                    &format!("a table (`[{key}]`)"),
                    other,
                    v.span.clone(),
                ));
                None
            }
        }
    }

    fn array_of_tables(
        &self,
        key: &str,
        diags: &mut Vec<Diagnostic>,
    ) -> Vec<(Range<usize>, &'a doc::Table)> {
        let Some(v) = self.get(key) else {
            return Vec::new();
        };
        let items = match &v.value {
            doc::Value::Array { items, .. } => items,
            doc::Value::Table(_) => {
                diags.push(
                    Diagnostic::new(
                        v.span.clone(),
                        format!("`{key}` must be an array of tables"),
                    )
                    .help(format!("write `[[{key}]]` (two brackets), one per entry")),
                );
                return Vec::new();
            }
            other => {
                diags.push(type_error(
                    self.what,
                    key,
                    &format!("`[[{key}]]` tables"),
                    other,
                    v.span.clone(),
                ));
                return Vec::new();
            }
        };
        let mut out = Vec::new();
        for item in items {
            match &item.value {
                doc::Value::Table(t) => out.push((item.span.clone(), t)),
                other => diags.push(type_error(
                    self.what,
                    key,
                    &format!("`[[{key}]]` tables"),
                    other,
                    item.span.clone(),
                )),
            }
        }
        out
    }

    /// Reports every key this table does not know, with the nearest known one.
    fn finish(&self, diags: &mut Vec<Diagnostic>) {
        for (key, _) in self.entries.iter() {
            let name = key.name.as_str();
            if self.known.contains(&name) {
                continue;
            }
            let d = Diagnostic::new(
                key.span.clone(),
                format!("unknown key `{name}` in {}", self.what),
            );
            diags.push(match closest(name, self.known.iter().copied()) {
                Some(k) => d.help(format!("did you mean `{k}`?")),
                None => d.help(format!(
                    "the keys of {} are: {}",
                    self.what,
                    self.known.join(", ")
                )),
            });
        }
    }
}

fn type_error(
    what: &str,
    key: &str,
    expected: &str,
    found: &doc::Value,
    span: Range<usize>,
) -> Diagnostic {
    Diagnostic::new(
        span,
        format!(
            "`{key}` in {what} must be {expected}, found {}",
            found.type_str()
        ),
    )
}

/// Parses `source`, reporting its syntax errors (and duplicate keys) in `diags`.
fn parse(source: &str, diags: &mut Vec<Diagnostic>) -> doc::Table {
    let (table, errors) = doc::parse(source);
    for e in errors {
        diags.push(Diagnostic::new(
            e.span,
            format!("invalid TOML: {}", e.message),
        ));
    }
    table
}
