//! The spec as written: TOML read into structs that mirror the file, every value with its span.
//!
//! This stage checks only what a value *is* (a string, a bool, a known key); what values mean
//! together is `check.rs`'s job. We walk the spanned document instead of deriving serde so
//! that every problem is reported in one pass, not the first one only.

use core::ops::Range;

use toml::Spanned;
use toml::de::{DeTable, DeValue};

use crate::diag::Diagnostic;
use crate::suggest::closest;

/// A value and where it was written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sp<T> {
    /// The value.
    pub value: T,
    /// Its byte range in the spec.
    pub span: Range<usize>,
}

/// The whole file.
#[derive(Debug, Default)]
pub struct RawSpec {
    pub link: RawLink,
    pub errors: Vec<RawError>,
    pub screens: Vec<RawScreen>,
    /// Where the document ends: empty-spec problems point here.
    pub end: usize,
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
    pub message: Option<Sp<String>>,
    pub variant: Option<Sp<String>>,
    pub aliases: Vec<Sp<String>>,
    /// `deprecated = "note"` or `deprecated = true`.
    pub deprecated: Option<Sp<Option<String>>>,
    pub screen_title: Option<Sp<String>>,
    pub screen_text: Option<Sp<String>>,
    pub exit_button: Option<Sp<bool>>,
}

/// One `[[screen]]` table.
#[derive(Debug)]
pub struct RawScreen {
    pub span: Range<usize>,
    /// Every key written, valid or not.
    pub keys: Vec<String>,
    pub name: Option<Sp<String>>,
    pub title: Option<Sp<String>>,
    pub text: Option<Sp<String>>,
}

/// The keys each table accepts; anything else is a typo until proven otherwise.
pub const TOP_KEYS: &[&str] = &["link", "error", "screen"];
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
    let (doc, errors) = DeTable::parse_recoverable(source);
    for e in &errors {
        let span = e.span().unwrap_or(0..0);
        diags.push(Diagnostic::new(
            span,
            format!("invalid TOML: {}", first_line(e.message())),
        ));
    }
    let mut raw = RawSpec {
        end: source.len(),
        ..RawSpec::default()
    };
    let top = Table::new(doc.get_ref(), "the spec", TOP_KEYS);
    if let Some(link) = top.table("link", diags) {
        raw.link = read_link(&Table::new(link.get_ref(), "[link]", LINK_KEYS), diags);
    }
    for (i, t) in top.array_of_tables("error", diags).into_iter().enumerate() {
        let what = format!("[[error]] #{}", i + 1);
        raw.errors.push(read_error(
            t.span(),
            &Table::new(t.get_ref(), &what, ERROR_KEYS),
            diags,
        ));
    }
    for (i, t) in top.array_of_tables("screen", diags).into_iter().enumerate() {
        let what = format!("[[screen]] #{}", i + 1);
        let table = Table::new(t.get_ref(), &what, SCREEN_KEYS);
        raw.screens.push(RawScreen {
            span: t.span(),
            keys: table.keys(),
            name: table.string("name", diags),
            title: table.string("title", diags),
            text: table.string("text", diags),
        });
        table.finish(diags);
    }
    top.finish(diags);
    raw
}

fn read_link(t: &Table<'_, '_>, diags: &mut Vec<Diagnostic>) -> RawLink {
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

fn read_error(span: Range<usize>, t: &Table<'_, '_>, diags: &mut Vec<Diagnostic>) -> RawError {
    let deprecated = t.get("deprecated").and_then(|v| match v.get_ref() {
        DeValue::String(s) => Some(Sp {
            value: Some(s.to_string()),
            span: v.span(),
        }),
        DeValue::Boolean(true) => Some(Sp {
            value: None,
            span: v.span(),
        }),
        DeValue::Boolean(false) => None,
        other => {
            diags.push(type_error(
                t.what,
                "deprecated",
                "a string (the note) or `true`",
                other,
                v.span(),
            ));
            None
        }
    });
    let error = RawError {
        span,
        keys: t.keys(),
        code: t.string("code", diags),
        message: t.string("message", diags),
        variant: t.string("variant", diags),
        aliases: t.strings("aliases", diags),
        deprecated,
        screen_title: t.string("screen_title", diags),
        screen_text: t.string("screen_text", diags),
        exit_button: t.boolean("exit_button", diags),
    };
    t.finish(diags);
    error
}

/// A table being read: remembers which keys were asked for, so that `finish` can report the
/// rest as unknown.
struct Table<'a, 'i> {
    entries: &'a DeTable<'i>,
    what: &'a str,
    known: &'static [&'static str],
}

impl<'a, 'i> Table<'a, 'i> {
    fn new(entries: &'a DeTable<'i>, what: &'a str, known: &'static [&'static str]) -> Self {
        Self {
            entries,
            what,
            known,
        }
    }

    fn keys(&self) -> Vec<String> {
        self.entries
            .iter()
            .map(|(k, _)| k.get_ref().to_string())
            .collect()
    }

    fn get(&self, key: &str) -> Option<&'a Spanned<DeValue<'i>>> {
        debug_assert!(
            self.known.contains(&key),
            "`{key}` missing from the known keys"
        );
        self.entries.get(key)
    }

    fn string(&self, key: &str, diags: &mut Vec<Diagnostic>) -> Option<Sp<String>> {
        let v = self.get(key)?;
        match v.get_ref() {
            DeValue::String(s) => Some(Sp {
                value: s.to_string(),
                span: v.span(),
            }),
            other => {
                diags.push(type_error(self.what, key, "a string", other, v.span()));
                None
            }
        }
    }

    fn boolean(&self, key: &str, diags: &mut Vec<Diagnostic>) -> Option<Sp<bool>> {
        let v = self.get(key)?;
        match v.get_ref() {
            DeValue::Boolean(b) => Some(Sp {
                value: *b,
                span: v.span(),
            }),
            other => {
                diags.push(type_error(
                    self.what,
                    key,
                    "`true` or `false`",
                    other,
                    v.span(),
                ));
                None
            }
        }
    }

    fn strings(&self, key: &str, diags: &mut Vec<Diagnostic>) -> Vec<Sp<String>> {
        let Some(v) = self.get(key) else {
            return Vec::new();
        };
        let DeValue::Array(items) = v.get_ref() else {
            diags.push(type_error(
                self.what,
                key,
                "an array of strings",
                v.get_ref(),
                v.span(),
            ));
            return Vec::new();
        };
        let mut out = Vec::new();
        for item in items {
            match item.get_ref() {
                DeValue::String(s) => out.push(Sp {
                    value: s.to_string(),
                    span: item.span(),
                }),
                other => diags.push(type_error(
                    self.what,
                    key,
                    "an array of strings",
                    other,
                    item.span(),
                )),
            }
        }
        out
    }

    fn table(&self, key: &str, diags: &mut Vec<Diagnostic>) -> Option<Spanned<DeTable<'i>>> {
        let v = self.get(key)?;
        match v.get_ref() {
            DeValue::Table(t) => Some(Spanned::new(v.span(), t.clone())),
            other => {
                diags.push(type_error(
                    self.what,
                    key,
                    "a table (`[link]`)",
                    other,
                    v.span(),
                ));
                None
            }
        }
    }

    fn array_of_tables(&self, key: &str, diags: &mut Vec<Diagnostic>) -> Vec<Spanned<DeTable<'i>>> {
        let Some(v) = self.get(key) else {
            return Vec::new();
        };
        let items = match v.get_ref() {
            DeValue::Array(items) => items,
            DeValue::Table(_) => {
                diags.push(
                    Diagnostic::new(v.span(), format!("`{key}` must be an array of tables"))
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
                    v.span(),
                ));
                return Vec::new();
            }
        };
        let mut out = Vec::new();
        for item in items {
            match item.get_ref() {
                DeValue::Table(t) => out.push(Spanned::new(item.span(), t.clone())),
                other => diags.push(type_error(
                    self.what,
                    key,
                    &format!("`[[{key}]]` tables"),
                    other,
                    item.span(),
                )),
            }
        }
        out
    }

    /// Reports every key this table does not know, with the nearest known one.
    fn finish(&self, diags: &mut Vec<Diagnostic>) {
        for (key, _) in self.entries {
            let name: &str = key.get_ref();
            if self.known.contains(&name) {
                continue;
            }
            let d = Diagnostic::new(key.span(), format!("unknown key `{name}` in {}", self.what));
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
    found: &DeValue<'_>,
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

/// The TOML parser's messages can span lines; the compile error keeps the first.
fn first_line(message: &str) -> &str {
    message.lines().next().unwrap_or(message).trim()
}
