//! The catalog as one JSON document, for any language: versioned, and described by a JSON
//! Schema ([`CATALOG_SCHEMA`]).

use link_errors_codegen::{ErrorDef, FieldDef, FieldValue, ScreenDef, Spec};
use serde_json::{Value, json};

use super::{Catalog, MAX_CODE_LEN, code_shape_pattern, texts};

/// The version of the document's format (`"version"`): it changes when a reader of an older
/// version could misread a newer document.
pub const FORMAT_VERSION: u32 = 1;

/// The JSON Schema (draft-07) of the document, with a description of every member.
pub const CATALOG_SCHEMA: &str = include_str!("catalog.schema.json");

/// The document, pretty-printed, keys in the order the schema lists them.
pub(super) fn document(catalog: &Catalog<'_>) -> String {
    let spec = catalog.spec;
    let doc = json!({
        "generated": catalog.generated_line(),
        "format": "link-errors-catalog",
        "version": FORMAT_VERSION,
        "name": catalog.name,
        "source": { "spec": catalog.spec_path, "overlay": catalog.overlay_path },
        "locales": spec.locales,
        "link": link(spec),
        "code_shape": { "pattern": code_shape_pattern(), "max_len": MAX_CODE_LEN },
        "exit_code": spec.errors.iter().find(|e| e.exit_button).map(|e| &e.code),
        "fields": spec.fields.iter().map(field).collect::<Vec<_>>(),
        "codes": spec.errors.iter().map(|e| code(spec, e)).collect::<Vec<_>>(),
        "screens": spec.screens.iter().map(screen).collect::<Vec<_>>(),
    });
    let mut text = serde_json::to_string_pretty(&doc).expect("a JSON value always serializes");
    text.push('\n');
    text
}

fn link(spec: &Spec) -> Value {
    let l = &spec.link;
    json!({
        "url": l.url,
        "token_param": l.token_param,
        "rollback_param": l.rollback_param,
        "rollback_all": l.rollback_all,
        "separator": l.separator,
        "error_param": l.error_param,
        "reserved": l.reserved,
    })
}

fn field(f: &FieldDef) -> Value {
    json!({
        "name": f.name,
        "type": f.ty.name(),
        "optional": f.optional,
        "default": f.default.as_ref().map_or(Value::Null, value),
        "one_of": f.one_of,
        "doc": f.doc,
    })
}

fn code(spec: &Spec, e: &ErrorDef) -> Value {
    let deprecated = match &e.deprecated {
        None => json!(false),
        Some(None) => json!(true),
        Some(Some(note)) => json!(note),
    };
    let screen = |first: Option<&String>,
                  get: fn(&link_errors_codegen::Translation) -> Option<&String>| {
        first.map(|first| {
            texts(
                first,
                e.translations.iter().map(|t| get(t).unwrap_or(first)),
            )
        })
    };
    let mut fields = serde_json::Map::new();
    for (f, v) in spec.fields.iter().zip(&e.values) {
        fields.insert(f.name.clone(), value(v));
    }
    json!({
        "code": e.code,
        "variant": e.variant,
        "aliases": e.aliases,
        "deprecated": deprecated,
        "exit_button": e.exit_button,
        "message": texts(&e.message, e.translations.iter().map(|t| &t.message)),
        "screen_title": screen(e.screen_title.as_ref(), |t| t.screen_title.as_ref()),
        "screen_text": screen(e.screen_text.as_ref(), |t| t.screen_text.as_ref()),
        "fields": fields,
    })
}

fn screen(s: &ScreenDef) -> Value {
    let title = s.title.as_ref().map(|first| {
        texts(
            first,
            s.translations
                .iter()
                .map(|t| t.title.as_ref().unwrap_or(first)),
        )
    });
    json!({
        "name": s.name,
        "title": title,
        "text": texts(&s.text, s.translations.iter().map(|t| &t.text)),
    })
}

/// A field's value: a boolean, an integer, a number, a string, a text in every locale, or
/// `null`.
fn value(v: &FieldValue) -> Value {
    match v {
        FieldValue::Bool(b) => json!(b),
        // The checks keep an integer within its field's type, `u64` or `i64` at the widest.
        FieldValue::Int(i) => i64::try_from(*i).map_or_else(
            |_| u64::try_from(*i).map_or(Value::Null, Value::from),
            Value::from,
        ),
        // Finite (checked), so JSON can write it.
        FieldValue::Float(x) => json!(x),
        FieldValue::Str(s) => json!(s),
        FieldValue::Text(t) => json!(t),
        FieldValue::Absent => Value::Null,
    }
}
