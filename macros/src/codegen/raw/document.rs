//! The one reader of the TOML document API (`crate::codegen::toml`): a parsed file as tables to
//! read key by key, each value checked against the type the schema gives its key. Nothing
//! else in the crate names the document's types, so another TOML parser is a change to this
//! module alone.

use core::ops::Range;

use crate::codegen::toml::{self as doc, Item, Key};

use super::{Sp, Text, Value};
use crate::codegen::diag::{Diagnostic, list, stable_order, toml_key};
use crate::codegen::schema::{self, Type};
use crate::codegen::suggest::closest;

/// A parsed file.
pub(super) struct Document(doc::Table);

impl Document {
    /// Parses `source`, reporting its syntax errors (and duplicate keys) in `diags`.
    pub(super) fn parse(source: &str, diags: &mut Vec<Diagnostic>) -> Self {
        let (table, errors) = doc::parse(source);
        for e in &errors {
            diags.push(Diagnostic::new(
                e.span.clone(),
                format!("invalid TOML: {}", e.message),
            ));
        }
        Self(table)
    }

    /// The top level, read with the keys `file` may write there.
    pub(super) fn top(&self, what: &'static str, file: crate::codegen::File) -> View<'_> {
        View::new(&self.0, what.to_owned(), &schema::TOP, file)
    }
}

/// The problem of an entry of a table of named tables that is not a table: given its name, the
/// type it is instead and where it is.
pub(super) type NotTable<'f> = dyn Fn(&Sp<String>, &str, Range<usize>) -> Diagnostic + 'f;

/// One entry of a table of named tables (`[codes.CODE]`, `[fields.NAME]`).
pub(super) struct Named<'a> {
    /// The entry's name, where it is written.
    pub(super) name: Sp<String>,
    /// Its table, or `None` when the value is not a table (reported).
    pub(super) table: Option<View<'a>>,
}

/// A table being read: remembers its schema, so that `finish` can report the keys it does not
/// have as unknown.
pub(super) struct View<'a> {
    entries: &'a doc::Table,
    /// How messages name the table (`[[error]] #3`).
    pub(super) what: String,
    schema: &'static schema::Table,
    file: crate::codegen::File,
    known: Vec<&'static str>,
}

impl<'a> View<'a> {
    fn new(
        entries: &'a doc::Table,
        what: String,
        schema: &'static schema::Table,
        file: crate::codegen::File,
    ) -> Self {
        Self {
            entries,
            what,
            schema,
            file,
            known: schema.names_in(file),
        }
    }

    /// Every key written, valid or not.
    pub(super) fn keys(&self) -> Vec<String> {
        let mut keys = Vec::new();
        for (k, _) in self.entries.iter() {
            keys.push(k.name.clone());
        }
        keys
    }

    /// The schema's type of built-in key `key`.
    fn key_type(&self, key: &str) -> Option<Type> {
        self.schema.key(key).map(|k| k.ty)
    }

    /// The value of built-in key `key`, which the schema gives a type that the method named
    /// `reader` reads.
    fn get(&self, key: &str, reader: &str) -> Option<&'a Item> {
        debug_assert!(
            self.schema
                .key(key)
                .is_some_and(|k| reader_of(k.ty) == reader),
            "`{key}` is not a key of {} that `{reader}` reads in the schema",
            self.schema.header
        );
        if !self.known.contains(&key) {
            return None;
        }
        self.entries.get(key)
    }

    /// A problem with the value of `key`: it is not what the schema says it must be.
    fn wrong_type(&self, key: &str, found: &doc::Value, span: &Range<usize>) -> Diagnostic {
        let expected = self
            .schema
            .key(key)
            .and_then(|k| k.ty.expected(key))
            .unwrap_or_default();
        type_error(&self.what, key, &expected, found, span.clone())
    }

    /// A string.
    pub(super) fn string(&self, key: &str, diags: &mut Vec<Diagnostic>) -> Option<Sp<String>> {
        let v = self.get(key, "string")?;
        if let doc::Value::String(s) = &v.value {
            return Some(sp(s.clone(), &v.span));
        }
        diags.push(self.wrong_type(key, &v.value, &v.span));
        None
    }

    /// An integer; `None` inside when it does not even fit an `i128`.
    pub(super) fn integer(
        &self,
        key: &str,
        diags: &mut Vec<Diagnostic>,
    ) -> Option<Sp<Option<i128>>> {
        let v = self.get(key, "integer")?;
        if let doc::Value::Integer(i) = &v.value {
            return Some(sp(*i, &v.span));
        }
        diags.push(self.wrong_type(key, &v.value, &v.span));
        None
    }

    /// A string, or a table of locale → string.
    pub(super) fn text(&self, key: &str, diags: &mut Vec<Diagnostic>) -> Option<Sp<Text>> {
        let v = self.get(key, "text")?;
        let text = match &v.value {
            doc::Value::String(s) => Text::Plain(s.clone()),
            doc::Value::Table(t) => Text::Locales(texts(t, &self.what, key, diags)),
            other => {
                diags.push(self.wrong_type(key, other, &v.span));
                return None;
            }
        };
        Some(sp(text, &v.span))
    }

    /// `true` or `false`.
    pub(super) fn boolean(&self, key: &str, diags: &mut Vec<Diagnostic>) -> Option<Sp<bool>> {
        let v = self.get(key, "boolean")?;
        if let doc::Value::Boolean(b) = &v.value {
            return Some(sp(*b, &v.span));
        }
        diags.push(self.wrong_type(key, &v.value, &v.span));
        None
    }

    /// A string (the note) or `true`; `false` is as if the key were not there.
    pub(super) fn note_or_true(
        &self,
        key: &str,
        diags: &mut Vec<Diagnostic>,
    ) -> Option<Sp<Option<String>>> {
        let v = self.get(key, "note_or_true")?;
        match &v.value {
            doc::Value::String(s) => Some(sp(Some(s.clone()), &v.span)),
            doc::Value::Boolean(true) => Some(sp(None, &v.span)),
            doc::Value::Boolean(false) => None,
            other => {
                diags.push(self.wrong_type(key, other, &v.span));
                None
            }
        }
    }

    /// An array of strings, the strings in it that are strings (the others are reported).
    pub(super) fn strings(&self, key: &str, diags: &mut Vec<Diagnostic>) -> Vec<Sp<String>> {
        self.string_list(key, diags)
            .map(|l| l.value)
            .unwrap_or_default()
    }

    /// An array of strings, with where the array is written; `None` when the key is missing
    /// or is not an array.
    pub(super) fn string_list(
        &self,
        key: &str,
        diags: &mut Vec<Diagnostic>,
    ) -> Option<Sp<Vec<Sp<String>>>> {
        let v = self.get(key, "string_list")?;
        let doc::Value::Array { items, .. } = &v.value else {
            diags.push(self.wrong_type(key, &v.value, &v.span));
            return None;
        };
        let mut out = Vec::new();
        for item in items {
            match &item.value {
                doc::Value::String(s) => out.push(sp(s.clone(), &item.span)),
                other => diags.push(self.wrong_type(key, other, &item.span)),
            }
        }
        Some(sp(out, &v.span))
    }

    /// A value whose type depends on a declaration (a field's `default`).
    pub(super) fn any(&self, key: &str, diags: &mut Vec<Diagnostic>) -> Option<Sp<Value>> {
        let v = self.get(key, "any")?;
        Some(value(v, &self.what, key, diags))
    }

    /// The keys that are not built in, with their values: declared fields, or typos (the
    /// checks know which).
    pub(super) fn others(&self, diags: &mut Vec<Diagnostic>) -> Vec<(Sp<String>, Sp<Value>)> {
        let mut others = Vec::new();
        for (k, v) in self.entries.iter() {
            if !self.known.contains(&k.name.as_str()) {
                others.push((sp_key(k), value(v, &self.what, &k.name, diags)));
            }
        }
        others
    }

    /// A table (`[link]`), read with its own schema.
    pub(super) fn table(&self, key: &str, diags: &mut Vec<Diagnostic>) -> Option<View<'a>> {
        self.table_at(key, diags).map(|(_, view)| view)
    }

    /// A table, read with its own schema, and where it is written.
    pub(super) fn table_at(
        &self,
        key: &str,
        diags: &mut Vec<Diagnostic>,
    ) -> Option<(Range<usize>, View<'a>)> {
        let v = self.get(key, "table_at")?;
        let Some(Type::Table(schema)) = self.key_type(key) else {
            return None;
        };
        if let doc::Value::Table(t) = &v.value {
            let view = View::new(t, format!("[{key}]"), schema, self.file);
            return Some((v.span.clone(), view));
        }
        diags.push(self.wrong_type(key, &v.value, &v.span));
        None
    }

    /// An array of tables (`[[error]]`), each with where it is written, named `[[KEY]] #N`.
    pub(super) fn tables(
        &self,
        key: &str,
        diags: &mut Vec<Diagnostic>,
    ) -> Vec<(Range<usize>, View<'a>)> {
        let Some(v) = self.get(key, "tables") else {
            return Vec::new();
        };
        let Some(Type::Tables(schema)) = self.key_type(key) else {
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
                diags.push(self.wrong_type(key, other, &v.span));
                return Vec::new();
            }
        };
        let mut out = Vec::new();
        for item in items {
            match &item.value {
                doc::Value::Table(t) => {
                    let what = format!("[[{key}]] #{}", out.len() + 1);
                    out.push((item.span.clone(), View::new(t, what, schema, self.file)));
                }
                other => diags.push(self.wrong_type(key, other, &item.span)),
            }
        }
        out
    }

    /// A table of named tables (`[fields.NAME]`), in the order their names are written: a
    /// table named on an earlier header's path (`[codes.A.x]`) and then defined (`[codes.A]`)
    /// counts from its definition. `not_table` is the problem of an entry that is not a table.
    pub(super) fn named(
        &self,
        key: &str,
        diags: &mut Vec<Diagnostic>,
        not_table: &NotTable<'_>,
    ) -> Vec<Named<'a>> {
        let v = self.get(key, "named");
        let Some(Type::Named(schema)) = self.key_type(key) else {
            return Vec::new();
        };
        let Some(v) = v else {
            return Vec::new();
        };
        let doc::Value::Table(t) = &v.value else {
            diags.push(self.wrong_type(key, &v.value, &v.span));
            return Vec::new();
        };
        let entries: Vec<(&Key, &Item)> = t.iter().collect();
        let mut starts = Vec::with_capacity(entries.len());
        for (k, _) in &entries {
            starts.push((k.span.start, 0, 0));
        }
        let mut out = Vec::new();
        for &i in &stable_order(&starts) {
            let (name, v) = entries[i];
            let name = sp_key(name);
            let what = format!("[{key}.{}]", toml_key(&name.value));
            let table = if let doc::Value::Table(t) = &v.value {
                Some(View::new(t, what, schema, self.file))
            } else {
                diags.push(not_table(&name, v.value.type_str(), v.span.clone()));
                None
            };
            out.push(Named { name, table });
        }
        out
    }

    /// Every entry as a value, for a table whose keys depend on declarations (an overlay's
    /// `[codes.CODE]`). A table of tables is not a text: most likely a dotted code written
    /// unquoted (`[codes.E.TIMEOUT]`), which the checks name as such. Its insides are not read.
    pub(super) fn values(&self, diags: &mut Vec<Diagnostic>) -> Vec<(Sp<String>, Sp<Value>)> {
        let mut out = Vec::new();
        for (k, v) in self.entries.iter() {
            let value = match &v.value {
                doc::Value::Table(t)
                    if t.values().any(|v| matches!(v.value, doc::Value::Table(_))) =>
                {
                    sp(Value::Other("table"), &v.span)
                }
                _ => value(v, &self.what, &k.name, diags),
            };
            out.push((sp_key(k), value));
        }
        out
    }

    /// Reports every key this table does not have, with the nearest one it has.
    pub(super) fn finish(&self, diags: &mut Vec<Diagnostic>) {
        for (key, _) in self.entries.iter() {
            let name = key.name.as_str();
            if self.known.contains(&name) {
                continue;
            }
            diags.push(unknown_key(key.span.clone(), name, &self.what, &self.known));
        }
    }
}

/// The method of [`View`] that reads a value of type `ty`.
fn reader_of(ty: Type) -> &'static str {
    match ty {
        Type::String | Type::FieldType => "string",
        Type::Bool => "boolean",
        Type::Integer => "integer",
        Type::Strings => "string_list",
        Type::Text => "text",
        Type::NoteOrTrue => "note_or_true",
        Type::FieldValue => "any",
        Type::Table(_) => "table_at",
        Type::Tables(_) => "tables",
        Type::Named(_) => "named",
    }
}

/// An unknown key `name` in `what`, with the nearest of the `known` keys, or all of them.
pub(crate) fn unknown_key(
    span: Range<usize>,
    name: &str,
    what: &str,
    known: &[&str],
) -> Diagnostic {
    let d = Diagnostic::new(span, format!("unknown key `{name}` in {what}"));
    match closest(name, known.iter().copied()) {
        Some(k) => d.help(format!("did you mean `{k}`?")),
        None => {
            let keys = list(&mut known.iter().copied(), "");
            d.help(format!("the keys of {what} are: {keys}"))
        }
    }
}

fn sp<T>(value: T, span: &Range<usize>) -> Sp<T> {
    Sp {
        value,
        span: span.clone(),
    }
}

fn sp_key(k: &Key) -> Sp<String> {
    sp(k.name.clone(), &k.span)
}

/// Any value, for a key whose type depends on a declaration. A table must be one of strings
/// (a text by locale); a non-string in it is reported here.
fn value(v: &Item, what: &str, key: &str, diags: &mut Vec<Diagnostic>) -> Sp<Value> {
    let value = match &v.value {
        doc::Value::Boolean(b) => Value::Bool(*b),
        doc::Value::Integer(i) => Value::Int(*i),
        doc::Value::Float(x) => Value::Float(*x),
        doc::Value::String(s) => Value::Str(s.clone()),
        doc::Value::Table(t) => Value::Texts(texts(t, what, key, diags)),
        other => Value::Other(other.type_str()),
    };
    sp(value, &v.span)
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
            doc::Value::String(s) => out.push((sp_key(locale), sp(s.clone(), &v.span))),
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

fn type_error(
    what: &str,
    key: &str,
    expected: &str,
    found: &doc::Value,
    span: Range<usize>,
) -> Diagnostic {
    type_error_named(what, key, expected, found.type_str(), span)
}

/// "`key` in WHAT must be EXPECTED, found FOUND".
pub(super) fn type_error_named(
    what: &str,
    key: &str,
    expected: &str,
    found: &str,
    span: Range<usize>,
) -> Diagnostic {
    Diagnostic::new(
        span,
        format!("`{key}` in {what} must be {expected}, found {found}"),
    )
}
