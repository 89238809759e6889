//! `codes`: every code of a spec with its message, on-screen text, fields and rollback
//! behaviour, in one locale (table, markdown) or all of them (json).

use std::fmt::Write as _;

use link_errors_codegen::{ErrorDef, FieldValue, Link, Spec, schema};
use serde_json::{Value, json};

use crate::Output;

pub(crate) fn run(spec: &Spec, format: &str, locale: Option<&str>) -> Output {
    let i = locale.map_or(0, |l| locale_index(spec, l));
    let shown = &localized(spec, i);
    match format {
        "markdown" => markdown(shown),
        "json" => {
            let mut s = serde_json::to_string_pretty(&to_json(spec)).expect("JSON of strings");
            s.push('\n');
            s
        }
        _ => table(shown),
    }
    .into()
}

/// The index of the locale that `tag` picks in `spec.locales`: the same lookup as the generated
/// `_in` methods (the tag, then the tag with subtags dropped, then the first locale).
pub(crate) fn locale_index(spec: &Spec, tag: &str) -> usize {
    let locales: Vec<&str> = spec.locales.iter().map(String::as_str).collect();
    link_errors_wire::locale::index(&locales, tag)
}

/// `spec` with its texts in locale `i` (0: the first, as written), every locale's texts kept
/// in `translations` for the JSON.
pub(crate) fn localized(spec: &Spec, i: usize) -> Spec {
    let mut out = spec.clone();
    if i == 0 {
        return out;
    }
    for e in &mut out.errors {
        let t = &e.translations[i - 1];
        e.message.clone_from(&t.message);
        e.screen_title.clone_from(&t.screen_title);
        e.screen_text.clone_from(&t.screen_text);
        for v in &mut e.values {
            if let FieldValue::Text(texts) = v {
                texts.swap(0, i);
            }
        }
    }
    for s in &mut out.screens {
        let t = &s.translations[i - 1];
        s.title.clone_from(&t.title);
        s.text.clone_from(&t.text);
    }
    out
}

/// A field's value as the spec would write it, in the shown locale.
fn field_text(v: &FieldValue) -> String {
    match v {
        FieldValue::Text(t) => one_line(t.first().map_or("", String::as_str)),
        FieldValue::Str(s) => one_line(s),
        other => other.to_string(),
    }
}

/// `name = value` for every field of a code.
fn fields_line(spec: &Spec, e: &ErrorDef) -> String {
    spec.fields
        .iter()
        .zip(&e.values)
        .map(|(f, v)| format!("{} = {}", f.name, field_text(v)))
        .collect::<Vec<_>>()
        .join("; ")
}

/// One line on what the rollback does with this code.
fn rollback(spec: &Spec, e: &ErrorDef) -> String {
    let link = &spec.link;
    if e.exit_button {
        format!(
            "when listed, every error not itself redirected shows an EXIT button, which \
             redirects with {}={}",
            link.error_param, e.code
        )
    } else {
        format!(
            "redirected when listed or with {}={}; otherwise shown on screen",
            link.rollback_param, link.rollback_all
        )
    }
}

/// The general rules, with the spec's own spelling.
fn rules(spec: &Spec) -> Vec<String> {
    let link = &spec.link;
    let example: Vec<_> = spec
        .errors
        .iter()
        .take(2)
        .map(|e| e.code.as_str())
        .collect();
    let mut rules = vec![
        format!(
            "By default every error is shown on the vendor's screen; the link's `{}` parameter \
             lists the codes to redirect to the application instead \
             (`{}={}`), or `{}={}` redirects every error, codes newer than this spec included.",
            link.rollback_param,
            link.rollback_param,
            // As a link writes it: a space separator is `+`.
            example.join(&link_errors_wire::form::separator(&link.separator)),
            link.rollback_param,
            link.rollback_all,
        ),
        format!(
            "A redirect carries the code as `{}=CODE`, with every extra parameter of the link.",
            link.error_param
        ),
    ];
    if let Some(exit) = spec.exit_code() {
        rules.push(format!(
            "EXIT: with `{}` in the rollback list, every error that is not itself redirected \
             shows an EXIT button; pressing it redirects with `{}={}`.",
            exit.code, link.error_param, exit.code
        ));
    }
    if !spec.screens.is_empty() {
        rules.push(
            "Screen-only errors have no code: they are never redirected (with an EXIT code \
             listed, they show the EXIT button)."
                .to_owned(),
        );
    }
    rules
}

pub(crate) fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn table(spec: &Spec) -> String {
    let headers = ["CODE", "VARIANT", "SCREEN TITLE", "MESSAGE"];
    let rows: Vec<[String; 4]> = spec
        .errors
        .iter()
        .map(|e| {
            let mut code = e.code.clone();
            if !e.aliases.is_empty() {
                let _ = write!(code, " (also {})", e.aliases.join(", "));
            }
            if e.exit_button {
                code.push_str(" (EXIT)");
            }
            if e.deprecated.is_some() {
                code.push_str(" (deprecated)");
            }
            [
                code,
                e.variant.clone(),
                e.screen_title.clone().unwrap_or_else(|| "-".into()),
                one_line(&e.message),
            ]
        })
        .collect();
    let width = |i: usize| {
        rows.iter()
            .map(|r| r[i].chars().count())
            .chain([headers[i].len()])
            .max()
            .unwrap_or(0)
    };
    let widths = [width(0), width(1), width(2)];
    let mut out = String::new();
    let mut line = |cells: [&str; 4]| {
        for (cell, w) in cells.iter().zip(widths) {
            let _ = write!(out, "{cell:<w$}  ");
        }
        out.push_str(cells[3]);
        out.push('\n');
    };
    line(headers);
    for r in &rows {
        line([&r[0], &r[1], &r[2], &r[3]]);
    }

    sections(&mut out, spec);
    out
}

/// The table's sections after the codes: screens, fields, screen-only errors, rollback.
fn sections(out: &mut String, spec: &Spec) {
    let with_screen: Vec<_> = spec
        .errors
        .iter()
        .filter(|e| e.screen_text.is_some())
        .collect();
    if !with_screen.is_empty() {
        out.push_str("\nOn screen:\n");
        for e in with_screen {
            let title = e.screen_title.as_deref().unwrap_or("(no title)");
            let _ = writeln!(out, "  {}: {title}", e.code);
            for para in e.screen_text.as_deref().unwrap_or("").split("\n\n") {
                let _ = writeln!(out, "    {}", one_line(para));
            }
        }
    }
    if !spec.fields.is_empty() {
        out.push_str("\nFields:\n");
        for e in &spec.errors {
            let _ = writeln!(out, "  {}: {}", e.code, fields_line(spec, e));
        }
    }
    if !spec.screens.is_empty() {
        out.push_str("\nScreen-only errors (no code, never redirected):\n");
        for s in &spec.screens {
            match &s.title {
                Some(t) => {
                    let _ = writeln!(out, "  {}: {t}: {}", s.name, one_line(&s.text));
                }
                None => {
                    let _ = writeln!(out, "  {}: {}", s.name, one_line(&s.text));
                }
            }
        }
    }
    out.push_str("\nRollback:\n");
    for rule in rules(spec) {
        let _ = writeln!(out, "  - {rule}");
    }
}

/// A table cell: one line, `|` escaped.
fn cell(s: &str) -> String {
    one_line(s).replace('|', "\\|")
}

fn markdown(spec: &Spec) -> String {
    let mut out = if spec.fields.is_empty() {
        String::from("| Code | Variant | Message | On screen | Rollback |\n|---|---|---|---|---|\n")
    } else {
        String::from(
            "| Code | Variant | Message | On screen | Fields | Rollback |\n|---|---|---|---|---|---|\n",
        )
    };
    for e in &spec.errors {
        let mut code = format!("`{}`", e.code);
        if !e.aliases.is_empty() {
            let quoted: Vec<_> = e.aliases.iter().map(|a| format!("`{a}`")).collect();
            let _ = write!(code, " (also {})", quoted.join(", "));
        }
        if let Some(note) = &e.deprecated {
            let _ = write!(
                code,
                " (deprecated{})",
                note.as_ref().map(|n| format!(": {n}")).unwrap_or_default()
            );
        }
        let screen = match (&e.screen_title, &e.screen_text) {
            (Some(t), Some(x)) => format!("**{}**: {}", cell(t), cell(x)),
            (None, Some(x)) => cell(x),
            _ => String::new(),
        };
        let fields = if spec.fields.is_empty() {
            String::new()
        } else {
            format!(" {} |", cell(&fields_line(spec, e)))
        };
        let _ = writeln!(
            out,
            "| {} | `{}` | {} | {} |{fields} {} |",
            cell(&code),
            e.variant,
            cell(&e.message),
            screen,
            cell(&rollback(spec, e)),
        );
    }
    if !spec.screens.is_empty() {
        out.push_str("\nScreen-only errors (no code, never redirected):\n\n| Name | On screen |\n|---|---|\n");
        for s in &spec.screens {
            let screen = match &s.title {
                Some(t) => format!("**{}**: {}", cell(t), cell(&s.text)),
                None => cell(&s.text),
            };
            let _ = writeln!(out, "| `{}` | {screen} |", s.name);
        }
    }
    out.push('\n');
    for rule in rules(spec) {
        let _ = writeln!(out, "- {rule}");
    }
    out
}

fn to_json(spec: &Spec) -> Value {
    let codes: Vec<Value> = spec
        .errors
        .iter()
        .enumerate()
        .map(|(i, e)| {
            let mut code = keys_json(&schema::ERROR, e, error_json);
            code.insert("index".into(), json!(i));
            code.insert("rollback".into(), json!(rollback(spec, e)));
            code.insert(
                "fields".into(),
                spec.fields
                    .iter()
                    .zip(&e.values)
                    .map(|(f, v)| (f.name.clone(), field_json(spec, v)))
                    .collect::<serde_json::Map<_, _>>()
                    .into(),
            );
            code.insert("translations".into(), translations_json(spec, e).into());
            Value::Object(code)
        })
        .collect();
    let screens: Vec<Value> = spec
        .screens
        .iter()
        .map(|s| json!({ "name": s.name, "title": s.title, "text": s.text }))
        .collect();
    let fields: Vec<Value> = spec
        .fields
        .iter()
        .map(|f| {
            json!({
                "name": f.name,
                "type": f.ty.name(),
                "optional": f.optional,
                "default": f.default.as_ref().map(|d| field_json(spec, d)),
                "one_of": f.one_of,
                "doc": f.doc,
            })
        })
        .collect();
    json!({
        "locales": spec.locales,
        "fields": fields,
        "link": keys_json(&schema::LINK, &spec.link, link_json),
        "exit_code": spec.exit_code().map(|e| e.code.clone()),
        "codes": codes,
        "screen_only": screens,
        "rules": rules(spec),
    })
}

/// An object of every key of `table` that `value` gives, named as the spec names it.
fn keys_json<T>(
    table: &schema::Table,
    of: &T,
    value: fn(&T, &str) -> Option<Value>,
) -> serde_json::Map<String, Value> {
    table
        .names()
        .filter_map(|k| Some((k.to_owned(), value(of, k)?)))
        .collect()
}

/// A key of `[[error]]` in JSON; every key has one (a test holds that).
fn error_json(e: &ErrorDef, key: &str) -> Option<Value> {
    Some(match key {
        "code" => json!(e.code),
        "variant" => json!(e.variant),
        "message" => json!(e.message),
        "aliases" => json!(e.aliases),
        "deprecated" => match &e.deprecated {
            None => Value::Bool(false),
            Some(None) => Value::Bool(true),
            Some(Some(note)) => Value::String(note.clone()),
        },
        "screen_title" => json!(e.screen_title),
        "screen_text" => json!(e.screen_text),
        "exit_button" => json!(e.exit_button),
        _ => return None,
    })
}

/// A key of `[link]` in JSON, its default filled in; every key has one (a test holds that).
fn link_json(link: &Link, key: &str) -> Option<Value> {
    Some(match key {
        "url" => json!(link.url),
        "token_param" => json!(link.token_param),
        "rollback_param" => json!(link.rollback_param),
        "rollback_all" => json!(link.rollback_all),
        "separator" => json!(link.separator),
        "error_param" => json!(link.error_param),
        "reserved" => json!(link.reserved),
        _ => return None,
    })
}

/// A code's texts in each locale after the first: locale → its translatable keys.
fn translations_json(spec: &Spec, e: &ErrorDef) -> serde_json::Map<String, Value> {
    spec.locales
        .iter()
        .skip(1)
        .zip(&e.translations)
        .map(|(l, t)| {
            let texts = json!({
                "message": t.message,
                "screen_title": t.screen_title,
                "screen_text": t.screen_text,
            });
            (l.clone(), texts)
        })
        .collect()
}

/// A field's value in JSON: a `text` field's as an object of locale → text when the spec has
/// locales.
fn field_json(spec: &Spec, v: &FieldValue) -> Value {
    match v {
        FieldValue::Bool(b) => json!(b),
        FieldValue::Int(i) => i64::try_from(*i).map_or_else(
            |_| u64::try_from(*i).map_or(Value::Null, |u| json!(u)),
            |i| json!(i),
        ),
        FieldValue::Float(x) => json!(x),
        FieldValue::Str(s) => json!(s),
        FieldValue::Text(t) if spec.locales.is_empty() => json!(t.first()),
        FieldValue::Text(t) => Value::Object(
            spec.locales
                .iter()
                .cloned()
                .zip(t.iter().map(|s| json!(s)))
                .collect(),
        ),
        FieldValue::Absent => Value::Null,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// How a test spec sets each key of `[[error]]`, and the text that shows it in a listing.
    fn sample(key: &str) -> (&'static str, &'static str) {
        match key {
            "code" => ("code = \"K_CODE\"", "K_CODE"),
            "message" => ("message = \"m-message\"", "m-message"),
            "variant" => ("variant = \"VVariant\"", "VVariant"),
            "aliases" => ("aliases = [\"A_ALIAS\"]", "A_ALIAS"),
            "deprecated" => ("deprecated = \"d-note\"", "deprecated"),
            "screen_title" => ("screen_title = \"t-title\"", "t-title"),
            "screen_text" => ("screen_text = \"x-text\"", "x-text"),
            "exit_button" => ("exit_button = true", "EXIT"),
            other => panic!("`{other}` of [[error]] (schema.rs) has no sample in codes.rs' tests"),
        }
    }

    /// The table and the markdown show every key of `[[error]]`, but for the ones listed here:
    /// a key added to the schema fails here until `codes` shows it (or it is listed).
    #[test]
    fn the_listings_show_every_key() {
        let not_in_table: [&str; 0] = [];
        let body: Vec<_> = schema::ERROR.names().map(|k| sample(k).0).collect();
        let spec = Spec::parse_strict(&format!("[[error]]\n{}\n", body.join("\n")), None).unwrap();
        let (table, markdown) = (table(&spec), markdown(&spec));
        for key in schema::ERROR.names() {
            let shown = sample(key).1;
            assert!(
                markdown.contains(shown),
                "`{key}` is not in the markdown:\n{markdown}"
            );
            assert_eq!(
                table.contains(shown),
                !not_in_table.contains(&key),
                "`{key}` in the table:\n{table}"
            );
        }
    }

    /// A code's aliases are beside it in both listings, as its other names on the wire.
    #[test]
    fn aliases_are_shown_beside_their_code() {
        let spec = Spec::parse_strict(
            "[[error]]\ncode = \"INVALID_SCA\"\naliases = [\"SCA_INVALID\", \"SCA_FAILED\"]\n\
             message = \"m\"\n",
            None,
        )
        .unwrap();
        assert!(
            table(&spec).contains("\nINVALID_SCA (also SCA_INVALID, SCA_FAILED)  InvalidSca"),
            "{}",
            table(&spec)
        );
        assert!(
            markdown(&spec).contains("| `INVALID_SCA` (also `SCA_INVALID`, `SCA_FAILED`) |"),
            "{}",
            markdown(&spec)
        );
    }

    /// The rules show the rollback list as a link writes it: a space separator as `+`.
    #[test]
    fn the_rules_write_the_separator_as_a_link_does() {
        let spec = Spec::parse_strict(
            "[link]\nseparator = \" \"\n[[error]]\ncode = \"A\"\nmessage = \"a\"\n\
             [[error]]\ncode = \"B\"\nmessage = \"b\"\n",
            None,
        )
        .unwrap();
        assert!(
            rules(&spec)[0].contains("(`rollback=A+B`)"),
            "{:?}",
            rules(&spec)
        );
    }

    /// Every key of `[[error]]` and `[link]` is in the JSON: a key added to the schema fails
    /// here until `error_json` or `link_json` gives it.
    #[test]
    fn the_json_has_every_key() {
        let spec = Spec::parse_strict("[[error]]\ncode = \"A\"\nmessage = \"a\"\n", None).unwrap();
        let json = to_json(&spec);
        for key in schema::ERROR.names() {
            assert!(
                json["codes"][0].get(key).is_some(),
                "`{key}` of [[error]] is in schema.rs but not in `codes --format json`"
            );
        }
        for key in schema::LINK.names() {
            assert!(
                json["link"].get(key).is_some(),
                "`{key}` of [link] is in schema.rs but not in `codes --format json`"
            );
        }
        // A code's translations hold exactly its translatable keys.
        let translatable: Vec<_> = schema::ERROR
            .keys
            .iter()
            .filter(|k| k.translatable())
            .map(|k| k.name)
            .collect();
        let spec = Spec::parse_strict(
            "locales = [\"en\", \"es\"]\n[[error]]\ncode = \"A\"\n\
             message = { en = \"a\", es = \"b\" }\n",
            None,
        )
        .unwrap();
        let es = translations_json(&spec, &spec.errors[0]);
        let mut keys: Vec<_> = es["es"].as_object().unwrap().keys().cloned().collect();
        keys.sort();
        let mut want: Vec<_> = translatable.iter().map(|k| (*k).to_owned()).collect();
        want.sort();
        assert_eq!(keys, want);
    }
}
