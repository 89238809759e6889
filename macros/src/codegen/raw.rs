//! The spec as written: TOML read into structs that mirror the file, every value with its span.
//!
//! This stage checks only what a value *is* (a string, a bool, a known key); what values mean
//! together is `check.rs`'s job. We walk the spanned document (`raw/document.rs`, the one reader of
//! the TOML document API) instead of deriving serde so that every problem is reported in one
//! pass, not the first one only. Which keys a table has, and what type each value must be, is
//! the schema's (`schema.rs`).

use core::ops::Range;

mod document;

use crate::codegen::File;
use crate::codegen::diag::Diagnostic;

use self::document::{Document, View, type_error_named};

pub(crate) use self::document::unknown_key;

/// A value and where it was written.
#[derive(Clone)]
#[cfg_attr(test, derive(Debug, PartialEq, Eq))]
pub struct Sp<T> {
    /// The value.
    pub value: T,
    /// Its byte range in the spec.
    pub span: Range<usize>,
}

/// A text: one string in the first locale, or a table of locale → string.
#[cfg_attr(test, derive(Debug))]
pub enum Text {
    /// `message = "..."`: the first locale's text.
    Plain(String),
    /// `message = { en = "...", es = "..." }`.
    Locales(Vec<(Sp<String>, Sp<String>)>),
}

/// A value whose meaning depends on a declaration: a field's value or default.
#[cfg_attr(test, derive(Debug))]
pub enum Value {
    Bool(bool),
    /// An integer; `None` when it does not even fit an `i128`.
    Int(Option<i128>),
    Float(f64),
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
            Self::Float(_) => "float",
            Self::Str(_) => "string",
            Self::Texts(_) => "table",
            Self::Other(t) => t,
        }
    }
}

/// What a spec and an overlay can both declare: locales, fields, the translation opt-out,
/// the problem details.
#[derive(Default)]
#[cfg_attr(test, derive(Debug))]
pub struct RawDecls {
    pub locales: Option<Sp<Vec<Sp<String>>>>,
    pub allow_untranslated: Option<Sp<bool>>,
    pub fields: Vec<RawField>,
    pub problem: Option<RawProblem>,
}

/// `[problem]`.
#[cfg_attr(test, derive(Debug))]
pub struct RawProblem {
    /// Where the table is written.
    pub span: Range<usize>,
    /// Every key written, valid or not.
    pub keys: Vec<String>,
    pub status_field: Option<Sp<String>>,
    pub detail_field: Option<Sp<String>>,
    pub type_uri: Option<Sp<String>>,
    pub unknown_status: Option<Sp<Option<i128>>>,
    pub unknown_title: Option<Sp<Text>>,
    pub unknown_detail: Option<Sp<Text>>,
    pub malformed_status: Option<Sp<Option<i128>>>,
    pub malformed_title: Option<Sp<Text>>,
    pub malformed_detail: Option<Sp<Text>>,
}

/// The whole file.
#[derive(Default)]
#[cfg_attr(test, derive(Debug))]
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
#[derive(Default)]
#[cfg_attr(test, derive(Debug))]
pub struct RawOverlay {
    pub decls: RawDecls,
    /// `[codes.CODE]`, in file order.
    pub codes: Vec<RawEntry>,
    /// `[screens.NAME]`, in file order.
    pub screens: Vec<RawEntry>,
}

/// A `[codes.CODE]` or `[screens.NAME]` table of an overlay: every key with its value, read
/// as a [`Value`] because which keys exist depends on the declared fields.
#[cfg_attr(test, derive(Debug))]
pub struct RawEntry {
    pub name: Sp<String>,
    pub entries: Vec<(Sp<String>, Sp<Value>)>,
}

/// One `[fields.NAME]` table.
#[cfg_attr(test, derive(Debug))]
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
#[derive(Default)]
#[cfg_attr(test, derive(Debug))]
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
#[cfg_attr(test, derive(Debug))]
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
#[cfg_attr(test, derive(Debug))]
pub struct RawScreen {
    pub span: Range<usize>,
    /// Every key written, valid or not.
    pub keys: Vec<String>,
    pub name: Option<Sp<String>>,
    pub title: Option<Sp<Text>>,
    pub text: Option<Sp<Text>>,
}

/// Reads `source`, recording every problem in `diags`. What could be read is returned even
/// when there are problems, so that the caller can still generate a best-effort enum.
pub fn read(source: &str, diags: &mut Vec<Diagnostic>) -> RawSpec {
    let doc = Document::parse(source, diags);
    let mut raw = RawSpec {
        end: source.len(),
        ..RawSpec::default()
    };
    let top = doc.top("the spec", File::Spec);
    raw.decls = read_decls(&top, diags);
    if let Some(link) = top.table("link", diags) {
        raw.link = read_link(&link, diags);
    }
    for (span, t) in top.tables("error", diags) {
        raw.errors.push(read_error(span, &t, diags));
    }
    for (span, table) in top.tables("screen", diags) {
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
    let doc = Document::parse(source, diags);
    let top = doc.top("the overlay", File::Overlay);
    let mut raw = RawOverlay {
        decls: read_decls(&top, diags),
        ..RawOverlay::default()
    };
    for (key, out) in [("codes", &mut raw.codes), ("screens", &mut raw.screens)] {
        let not_table = |name: &Sp<String>, found: &str, span| {
            let what = format!("[{key}.{}]", crate::codegen::diag::toml_key(&name.value));
            type_error_named(&what, &name.value, "a table", found, span)
        };
        for entry in top.named(key, diags, &not_table) {
            let Some(table) = entry.table else {
                continue;
            };
            out.push(RawEntry {
                name: entry.name,
                entries: table.values(diags),
            });
        }
    }
    top.finish(diags);
    raw
}

fn read_decls(top: &View<'_>, diags: &mut Vec<Diagnostic>) -> RawDecls {
    let locales = top.string_list("locales", diags);
    let not_table = |name: &Sp<String>, _: &str, span| {
        Diagnostic::new(span, format!("field `{}` must be a table", name.value)).help(format!(
            "declare it as `[fields.{}]` with `type = \"...\"`",
            crate::codegen::diag::toml_key(&name.value)
        ))
    };
    let mut fields = Vec::new();
    for entry in top.named("fields", diags, &not_table) {
        let Some(table) = entry.table else {
            continue;
        };
        fields.push(RawField {
            keys: table.keys(),
            ty: table.string("type", diags),
            default: table.any("default", diags),
            optional: table.boolean("optional", diags),
            one_of: table.string_list("one_of", diags),
            doc: table.string("doc", diags),
            name: entry.name,
        });
        table.finish(diags);
    }
    RawDecls {
        locales,
        allow_untranslated: top.boolean("allow_untranslated", diags),
        fields,
        problem: top
            .table_at("problem", diags)
            .map(|(span, t)| read_problem(span, &t, diags)),
    }
}

fn read_problem(span: Range<usize>, t: &View<'_>, diags: &mut Vec<Diagnostic>) -> RawProblem {
    let problem = RawProblem {
        span,
        keys: t.keys(),
        status_field: t.string("status_field", diags),
        detail_field: t.string("detail_field", diags),
        type_uri: t.string("type", diags),
        unknown_status: t.integer("unknown_status", diags),
        unknown_title: t.text("unknown_title", diags),
        unknown_detail: t.text("unknown_detail", diags),
        malformed_status: t.integer("malformed_status", diags),
        malformed_title: t.text("malformed_title", diags),
        malformed_detail: t.text("malformed_detail", diags),
    };
    t.finish(diags);
    problem
}

fn read_link(t: &View<'_>, diags: &mut Vec<Diagnostic>) -> RawLink {
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

/// An `[[error]]`: its built-in keys, and the others as values (declared fields, or typos:
/// the checks know which, and report the unknown ones).
fn read_error(span: Range<usize>, t: &View<'_>, diags: &mut Vec<Diagnostic>) -> RawError {
    RawError {
        span,
        keys: t.keys(),
        code: t.string("code", diags),
        message: t.text("message", diags),
        variant: t.string("variant", diags),
        aliases: t.strings("aliases", diags),
        deprecated: t.note_or_true("deprecated", diags),
        screen_title: t.text("screen_title", diags),
        screen_text: t.text("screen_text", diags),
        exit_button: t.boolean("exit_button", diags),
        others: t.others(diags),
    }
}

#[cfg(test)]
mod tests {
    use super::{read, read_overlay};
    use crate::codegen::File;
    use crate::codegen::diag::Diagnostic;
    use crate::codegen::schema::{self, Type};

    /// Reads `doc` as `file` reads it.
    fn problems(file: File, doc: &str) -> Vec<Diagnostic> {
        let mut diags = Vec::new();
        match file {
            File::Spec => drop(read(doc, &mut diags)),
            File::Overlay => drop(read_overlay(doc, &mut diags)),
        }
        diags
    }

    /// The reader reads every key the schema gives, with the schema's type: a float, which no
    /// key takes, is refused as what the schema says the key must be. A key added to the
    /// schema and not read by `raw.rs` fails here.
    #[test]
    fn every_key_is_read_with_its_schema_type() {
        let tables: [(&schema::Table, &str, &str, File); 8] = [
            (&schema::TOP, "", "the spec", File::Spec),
            (&schema::TOP, "", "the overlay", File::Overlay),
            (&schema::LINK, "[link]\n", "[link]", File::Spec),
            (&schema::PROBLEM, "[problem]\n", "[problem]", File::Spec),
            (&schema::PROBLEM, "[problem]\n", "[problem]", File::Overlay),
            (&schema::ERROR, "[[error]]\n", "[[error]] #1", File::Spec),
            (&schema::SCREEN, "[[screen]]\n", "[[screen]] #1", File::Spec),
            (&schema::FIELD, "[fields.x]\n", "[fields.x]", File::Overlay),
        ];
        for (table, header, what, file) in tables {
            for key in table.keys.iter().filter(|k| k.files.allow(file)) {
                let Some(expected) = key.ty.expected(key.name) else {
                    assert_eq!(key.ty, Type::FieldValue);
                    continue;
                };
                let doc = format!("{header}{} = 1.5\n", key.name);
                let messages: Vec<_> = problems(file, &doc)
                    .into_iter()
                    .map(|d| d.message)
                    .collect();
                assert_eq!(
                    messages,
                    [format!(
                        "`{}` in {what} must be {expected}, found float",
                        key.name
                    )],
                    "{doc}"
                );
            }
        }
    }

    /// A key a file may not have is unknown there, with the nearest key it may have.
    #[test]
    fn keys_of_the_other_file_are_unknown() {
        let messages: Vec<_> = problems(File::Spec, "[codes.A]\nmessage = \"x\"\n")
            .into_iter()
            .map(|d| (d.message, d.help))
            .collect();
        assert_eq!(
            messages,
            [(
                "unknown key `codes` in the spec".to_owned(),
                Some(
                    "the keys of the spec are: locales, allow_untranslated, fields, link, error, \
                     screen, problem"
                        .to_owned()
                )
            )]
        );
    }
}
