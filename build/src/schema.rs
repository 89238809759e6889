//! JSON Schemas (draft-07, which taplo and most editors read) of the files link-errors reads
//! and writes: the spec and the overlay, generated from the one description of the format
//! (`link_errors_codegen::schema`), so that an editor completes every key, shows its doc on
//! hover and underlines a mistake as it is typed; and the exported catalog.

use link_errors_codegen::schema::{self as format, Key, Table, Type};
use link_errors_codegen::{FieldType, File};
use serde_json::{Map, Value, json};

use crate::export::CATALOG_SCHEMA;

/// A file link-errors reads or writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum Schema {
    /// A spec (`link-errors-spec.toml`).
    Spec,
    /// An overlay (`link-errors-app.toml`).
    Overlay,
    /// The JSON catalog `link-errors export --format json` writes.
    Catalog,
}

impl Schema {
    /// Every schema, in the order `link-errors schema` lists them.
    pub const ALL: [Self; 3] = [Self::Spec, Self::Overlay, Self::Catalog];

    /// Its name on the command line: `spec`, `overlay` or `catalog`.
    #[must_use]
    pub fn name(self) -> &'static str {
        match self {
            Self::Spec => "spec",
            Self::Overlay => "overlay",
            Self::Catalog => "catalog",
        }
    }

    /// The schema named `name`.
    #[must_use]
    pub fn from_name(name: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|s| s.name() == name)
    }

    /// The schema, pretty-printed, ending in a newline.
    ///
    /// # Panics
    /// Never for the format as it is: a default in `link_errors_codegen::schema` that is not
    /// JSON would be a bug there, which this crate's tests catch.
    #[must_use]
    pub fn json(self) -> String {
        let file = match self {
            Self::Spec => File::Spec,
            Self::Overlay => File::Overlay,
            Self::Catalog => return CATALOG_SCHEMA.to_owned(),
        };
        let mut schema = Map::new();
        schema.insert(
            "$schema".into(),
            "http://json-schema.org/draft-07/schema#".into(),
        );
        schema.insert(
            "title".into(),
            format!("link-errors {}", self.name()).into(),
        );
        let Value::Object(top) = table(&format::TOP, file) else {
            unreachable!("a table's schema is an object")
        };
        schema.extend(top);
        schema.insert(
            "description".into(),
            match file {
                File::Spec => "A link-errors spec: the vendor's error codes (SPEC.md).",
                File::Overlay => {
                    "A link-errors overlay: what each code of a spec means to an application \
                     (fields, locales, values and translations; SPEC.md, \"Overlays\")."
                }
            }
            .into(),
        );
        let mut text = serde_json::to_string_pretty(&Value::Object(schema))
            .expect("a JSON value always serializes");
        text.push('\n');
        text
    }
}

/// The schema of one table as `file` may write it: its keys, which of them are required, and
/// what else it takes (the declared fields' values, where it takes them; nothing otherwise).
fn table(t: &Table, file: File) -> Value {
    let keys: Vec<&Key> = t.keys.iter().filter(|k| k.files.allow(file)).collect();
    let mut properties = Map::new();
    for k in &keys {
        properties.insert(k.name.into(), key(k, file));
    }
    let required: Vec<&str> = (keys.iter())
        .filter(|k| k.required)
        .map(|k| k.name)
        .collect();
    let mut schema = json!({
        "type": "object",
        "description": t.doc,
        "properties": properties,
    });
    if !required.is_empty() {
        schema["required"] = json!(required);
    }
    schema["additionalProperties"] = if t.takes_fields {
        field_value("A declared field's value (`[fields.NAME]`).")
    } else {
        Value::Bool(false)
    };
    schema
}

/// The schema of one key's value, with its doc and default.
fn key(k: &Key, file: File) -> Value {
    let mut schema = match k.ty {
        Type::String => json!({ "type": "string" }),
        Type::Bool => json!({ "type": "boolean" }),
        Type::Integer => json!({ "type": "integer" }),
        Type::Strings => json!({ "type": "array", "items": { "type": "string" } }),
        Type::Text => text(),
        Type::NoteOrTrue => json!({ "anyOf": [{ "type": "string" }, { "const": true }] }),
        Type::FieldType => {
            let names: Vec<&str> = FieldType::ALL.iter().map(|(name, _)| *name).collect();
            json!({ "type": "string", "enum": names })
        }
        Type::FieldValue => field_value(k.doc),
        Type::Table(t) => table(t, file),
        Type::Tables(t) => json!({ "type": "array", "items": table(t, file) }),
        Type::Named(t) => json!({ "type": "object", "additionalProperties": table(t, file) }),
    };
    schema["description"] = k.doc.into();
    if let Some(default) = k.default {
        let default: Value =
            serde_json::from_str(default).expect("the format's defaults are written as JSON is");
        schema["default"] = default;
    }
    schema
}

/// A text: a string in the first locale, or a table of locale to string.
fn text() -> Value {
    json!({
        "anyOf": [
            { "type": "string" },
            { "type": "object", "additionalProperties": { "type": "string" } },
        ]
    })
}

/// What a field's value may be before its declaration is known: a boolean, a number (an
/// integer or a float), a string, or a text per locale.
fn field_value(doc: &str) -> Value {
    json!({
        "description": doc,
        "anyOf": [
            { "type": "boolean" },
            { "type": "number" },
            { "type": "string" },
            { "type": "object", "additionalProperties": { "type": "string" } },
        ]
    })
}
