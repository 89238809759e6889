//! `codes`: every code of a spec with its message, on-screen text and rollback behaviour.

use std::fmt::Write as _;

use link_errors_codegen::{ErrorDef, Spec};
use serde_json::{Value, json};

use crate::Output;

pub(crate) fn run(spec: &Spec, format: &str) -> Output {
    match format {
        "markdown" => markdown(spec),
        "json" => {
            let mut s = serde_json::to_string_pretty(&to_json(spec)).expect("JSON of strings");
            s.push('\n');
            s
        }
        _ => table(spec),
    }
    .into()
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
            example.join(&link.separator),
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
    out
}

/// A table cell: one line, `|` escaped.
fn cell(s: &str) -> String {
    one_line(s).replace('|', "\\|")
}

fn markdown(spec: &Spec) -> String {
    let mut out = String::from(
        "| Code | Variant | Message | On screen | Rollback |\n|---|---|---|---|---|\n",
    );
    for e in &spec.errors {
        let mut code = format!("`{}`", e.code);
        for a in &e.aliases {
            let _ = write!(code, " (also `{a}`)");
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
        let _ = writeln!(
            out,
            "| {} | `{}` | {} | {} | {} |",
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
    let link = &spec.link;
    let codes: Vec<Value> = spec
        .errors
        .iter()
        .enumerate()
        .map(|(i, e)| {
            json!({
                "index": i,
                "code": e.code,
                "variant": e.variant,
                "message": e.message,
                "aliases": e.aliases,
                "deprecated": match &e.deprecated {
                    None => Value::Bool(false),
                    Some(None) => Value::Bool(true),
                    Some(Some(note)) => Value::String(note.clone()),
                },
                "screen_title": e.screen_title,
                "screen_text": e.screen_text,
                "exit_button": e.exit_button,
                "rollback": rollback(spec, e),
            })
        })
        .collect();
    let screens: Vec<Value> = spec
        .screens
        .iter()
        .map(|s| json!({ "name": s.name, "title": s.title, "text": s.text }))
        .collect();
    json!({
        "link": {
            "url": link.url,
            "token_param": link.token_param,
            "rollback_param": link.rollback_param,
            "rollback_all": link.rollback_all,
            "separator": link.separator,
            "error_param": link.error_param,
            "reserved": link.reserved,
        },
        "exit_code": spec.exit_code().map(|e| e.code.clone()),
        "codes": codes,
        "screen_only": screens,
        "rules": rules(spec),
    })
}
