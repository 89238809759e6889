//! The rules of a spec: raw values in, a checked [`Spec`] out.
//!
//! Type checks (is it a string, is the key known) happened while reading (`raw.rs`); here are
//! the rules about values and about entries together (characters of a code, duplicates,
//! variant names). Each rule has one sentence above it. An entry that breaks a rule is left out
//! of the spec, so the caller can still generate a best-effort enum.

use std::collections::HashMap;
use std::collections::hash_map::Entry;

use heck::ToUpperCamelCase;

use crate::diag::{Diagnostic, LineStarts};
use crate::model::{ErrorDef, Link, ScreenDef, Spec};
use crate::raw::{RawError, RawLink, RawScreen, RawSpec, Sp};

/// Names the generated enum already uses for associated items; a variant may not take them.
const ASSOCIATED: &[&str] = &[
    "ALL",
    "COUNT",
    "CODES",
    "EXIT_CODE",
    "SCREEN_ONLY",
    "index",
    "from_index",
    "code",
    "message",
    "aliases",
    "screen",
    "screen_title",
    "screen_text",
    "from_code",
];

pub fn check(source: &str, raw: RawSpec, diags: &mut Vec<Diagnostic>) -> Spec {
    let lines = LineStarts::new(source);
    let link = check_link(raw.link, diags);
    // A spec without codes generates an enum nothing can be done with.
    if raw.errors.is_empty() {
        diags.push(
            Diagnostic::new(raw.end..raw.end, "the spec has no `[[error]]` table").help(
                "add one per code: `[[error]]` with `code = \"...\"` and `message = \"...\"`",
            ),
        );
    }
    let mut wires: HashMap<String, Sp<()>> = HashMap::new();
    let mut variants: HashMap<String, Sp<String>> = HashMap::new();
    let mut exit: Option<Sp<String>> = None;
    let mut errors = Vec::new();
    for (i, e) in raw.errors.into_iter().enumerate() {
        let what = format!("[[error]] #{}", i + 1);
        if let Some(def) = check_error(
            &lines,
            &what,
            e,
            &mut wires,
            &mut variants,
            &mut exit,
            diags,
        ) {
            errors.push(def);
        }
    }
    // The "all" value of rollback must not read as a code, or `rollback=true` would be ambiguous.
    if let Some(w) = wires.get(&link.rollback_all) {
        diags.push(
            Diagnostic::new(
                w.span.clone(),
                format!(
                    "code `{}` is spelled like the rollback-all value",
                    link.rollback_all
                ),
            )
            .help("rename the code, or set a different `rollback_all` in `[link]`"),
        );
    }
    let screens = check_screens(&lines, raw.screens, diags);
    Spec {
        link,
        errors,
        screens,
    }
}

#[allow(clippy::too_many_lines)] // One rule after another, in the order of the keys.
fn check_error(
    lines: &LineStarts,
    what: &str,
    e: RawError,
    wires: &mut HashMap<String, Sp<()>>,
    variants: &mut HashMap<String, Sp<String>>,
    exit: &mut Option<Sp<String>>,
    diags: &mut Vec<Diagnostic>,
) -> Option<ErrorDef> {
    let before = diags.len();
    // `code` and `message` are required and not empty.
    let code = required(e.code, "code", what, &e.span, &e.keys, diags);
    let message = required(e.message, "message", what, &e.span, &e.keys, diags);
    let code = code?;
    // A code or alias is ASCII letters, digits, `_`, `-` and `.`: it travels in a URL query.
    let mut duplicate = false;
    for wire in std::iter::once(&code).chain(&e.aliases) {
        if let Some(d) = bad_wire(wire) {
            diags.push(d);
        } else {
            // A wire string means one code: codes and aliases are unique across the spec.
            match wires.entry(wire.value.clone()) {
                Entry::Occupied(first) => {
                    duplicate = true;
                    diags.push(
                        Diagnostic::new(
                            wire.span.clone(),
                            format!("duplicate code `{}`", wire.value),
                        )
                        .related("first defined", first.get().span.clone())
                        .help("a code or alias may appear once in a spec; remove or rename one"),
                    );
                }
                Entry::Vacant(slot) => {
                    slot.insert(Sp {
                        value: (),
                        span: wire.span.clone(),
                    });
                }
            }
        }
    }
    // An explicit `variant` is a Rust identifier, not a keyword, not a generated item's name;
    // the default is the code in UpperCamelCase, if that is an identifier.
    let variant = if let Some(v) = e.variant {
        if is_ident(&v.value) && !ASSOCIATED.contains(&v.value.as_str()) {
            Some(v)
        } else {
            diags.push(
                Diagnostic::new(
                    v.span.clone(),
                    format!("`variant = \"{}\"` is not a valid variant name", v.value),
                )
                .help("use a Rust identifier that is not a keyword, such as `InvalidCredentials`"),
            );
            None
        }
    } else {
        let name = code.value.to_upper_camel_case();
        if is_ident(&name) {
            Some(Sp {
                value: name,
                span: code.span.clone(),
            })
        } else {
            diags.push(
                Diagnostic::new(
                    code.span.clone(),
                    format!(
                        "code `{}` gives the variant name `{name}`, which is not a Rust identifier",
                        code.value
                    ),
                )
                .help(format!(
                    "add `variant = \"{}\"` to this `[[error]]`",
                    suggest_ident(&name)
                )),
            );
            None
        }
    };
    // Two codes may not become the same variant (`A_B` and `a-b` both give `AB`); a duplicate
    // code was reported as such already.
    if let Some(v) = variant.as_ref().filter(|_| !duplicate) {
        match variants.entry(v.value.clone()) {
            Entry::Occupied(first) => diags.push(
                Diagnostic::new(
                    v.span.clone(),
                    format!(
                        "code `{}` gives the variant name `{}`, which another code already has",
                        code.value, v.value
                    ),
                )
                .related(
                    format!("`{}` defined", first.get().value),
                    first.get().span.clone(),
                )
                .help("add `variant = \"...\"` with another name to this `[[error]]`"),
            ),
            Entry::Vacant(slot) => {
                slot.insert(Sp {
                    value: code.value.clone(),
                    span: v.span.clone(),
                });
            }
        }
    }
    // A deprecation note, when given, says something.
    if let Some(Sp {
        value: Some(note),
        span,
    }) = &e.deprecated
        && note.trim().is_empty()
    {
        diags.push(
            Diagnostic::new(span.clone(), "`deprecated` is empty")
                .help("say what to use instead, or write `deprecated = true`"),
        );
    }
    // Screen texts are not empty; a screen title needs the text under it.
    let screen_title = nonempty(e.screen_title, "screen_title", diags);
    let screen_text = nonempty(e.screen_text, "screen_text", diags);
    if let (Some(t), None) = (&screen_title, &screen_text) {
        diags.push(
            Diagnostic::new(
                t.span.clone(),
                format!("`screen_title` without `screen_text` in {what}"),
            )
            .help("add `screen_text` with what the screen says"),
        );
    }
    // One code at most arms the EXIT button: pressing it redirects with that one code.
    let exit_button = e.exit_button.as_ref().is_some_and(|b| b.value);
    if let Some(b) = e.exit_button.filter(|b| b.value) {
        match exit {
            Some(first) => diags.push(
                Diagnostic::new(
                    b.span,
                    format!(
                        "`exit_button = true` on `{}`, but `{}` has it already",
                        code.value, first.value
                    ),
                )
                .related("first set", first.span.clone())
                .help("keep `exit_button = true` on one code only"),
            ),
            None => {
                *exit = Some(Sp {
                    value: code.value.clone(),
                    span: b.span,
                });
            }
        }
    }
    if diags.len() > before {
        return None;
    }
    Some(ErrorDef {
        line: lines.line(code.span.start),
        code: code.value,
        message: message?.value,
        variant: variant?.value,
        aliases: e.aliases.into_iter().map(|a| a.value).collect(),
        deprecated: e.deprecated.map(|d| d.value),
        screen_title: screen_title.map(|t| t.value),
        screen_text: screen_text.map(|t| t.value),
        exit_button,
    })
}

fn check_link(raw: RawLink, diags: &mut Vec<Diagnostic>) -> Link {
    let defaults = Link::default();
    let mut param = |v: Option<Sp<String>>,
                     key: &str,
                     default: String|
     -> (String, Option<std::ops::Range<usize>>) {
        match nonempty(v, key, diags) {
            Some(v) => (v.value, Some(v.span)),
            None => (default, None),
        }
    };
    let (token_param, token_span) = param(raw.token_param, "token_param", defaults.token_param);
    let (rollback_param, rollback_span) = param(
        raw.rollback_param,
        "rollback_param",
        defaults.rollback_param,
    );
    let (error_param, error_span) = param(raw.error_param, "error_param", defaults.error_param);
    let (rollback_all, _) = param(raw.rollback_all, "rollback_all", defaults.rollback_all);
    let (separator, separator_span) = param(raw.separator, "separator", defaults.separator);
    // The link's own parameters are distinct, or one would overwrite another.
    let named = [
        (&token_param, token_span),
        (&rollback_param, rollback_span),
        (&error_param, error_span),
    ];
    for (i, (name, span)) in named.iter().enumerate() {
        if let (Some(span), true) = (span, named[..i].iter().any(|(n, _)| n == name)) {
            diags.push(
                Diagnostic::new(
                    span.clone(),
                    format!("parameter name `{name}` is used twice in `[link]`"),
                )
                .help("the token, rollback and error parameters need distinct names"),
            );
        }
    }
    // The separator cannot contain a character a code can contain, or splitting would be ambiguous.
    if let Some(span) = separator_span
        && separator.chars().any(is_wire_char)
    {
        diags.push(
            Diagnostic::new(
                span,
                format!("separator `{separator}` contains characters codes can contain"),
            )
            .help("use punctuation that is not `_`, `-` or `.`, such as `,`"),
        );
    }
    // The base URL is an absolute http(s) URL with a host.
    let url = raw.url.and_then(|u| {
        let rest = u
            .value
            .strip_prefix("https://")
            .or_else(|| u.value.strip_prefix("http://"));
        let host_ok = rest.is_some_and(|r| !r.is_empty() && !r.starts_with(['/', '?', '#']));
        if host_ok
            && !u
                .value
                .contains(|c: char| c.is_whitespace() || c.is_control())
        {
            Some(u.value)
        } else {
            diags.push(
                Diagnostic::new(
                    u.span,
                    format!("`url = \"{}\"` is not an absolute http(s) URL", u.value),
                )
                .help("write the link page's address, such as `https://platform.flanks.io/link`"),
            );
            None
        }
    });
    let reserved = raw
        .reserved
        .into_iter()
        .filter_map(|r| nonempty(Some(r), "reserved", diags))
        .map(|r| r.value)
        .collect();
    Link {
        url,
        token_param,
        rollback_param,
        rollback_all,
        separator,
        error_param,
        reserved,
    }
}

fn check_screens(
    lines: &LineStarts,
    raw: Vec<RawScreen>,
    diags: &mut Vec<Diagnostic>,
) -> Vec<ScreenDef> {
    let mut names: HashMap<String, std::ops::Range<usize>> = HashMap::new();
    let mut screens = Vec::new();
    for (i, s) in raw.into_iter().enumerate() {
        let what = format!("[[screen]] #{}", i + 1);
        let before = diags.len();
        // A screen-only error has a name and a text.
        let name = required(s.name, "name", &what, &s.span, &s.keys, diags);
        let text = required(s.text, "text", &what, &s.span, &s.keys, diags);
        let title = nonempty(s.title, "title", diags);
        // Screen names are unique: they are how code refers to them.
        if let Some(n) = &name {
            if let Some(first) = names.get(&n.value) {
                diags.push(
                    Diagnostic::new(
                        n.span.clone(),
                        format!("duplicate screen name `{}`", n.value),
                    )
                    .related("first defined", first.clone()),
                );
            } else {
                names.insert(n.value.clone(), n.span.clone());
            }
        }
        if let (Some(name), Some(text), true) = (name, text, diags.len() == before) {
            let line = lines.line(name.span.start);
            screens.push(ScreenDef {
                name: name.value,
                title: title.map(|t| t.value),
                text: text.value,
                line,
            });
        }
    }
    screens
}

/// A required string: missing and empty are both reported.
fn required(
    v: Option<Sp<String>>,
    key: &str,
    what: &str,
    table: &std::ops::Range<usize>,
    written: &[String],
    diags: &mut Vec<Diagnostic>,
) -> Option<Sp<String>> {
    // A key of the wrong type was reported while reading; it is not missing.
    if v.is_none() && !written.iter().any(|k| k == key) {
        diags.push(
            Diagnostic::new(table.clone(), format!("missing `{key}` in {what}"))
                .help(format!("add `{key} = \"...\"` to this table")),
        );
    }
    nonempty(v, key, diags)
}

/// An optional string that, when given, is not empty.
fn nonempty(v: Option<Sp<String>>, key: &str, diags: &mut Vec<Diagnostic>) -> Option<Sp<String>> {
    let v = v?;
    if v.value.trim().is_empty() {
        diags.push(
            Diagnostic::new(v.span, format!("`{key}` is empty"))
                .help(format!("give `{key}` a value, or remove the key")),
        );
        None
    } else {
        Some(v)
    }
}

fn is_wire_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '.')
}

fn bad_wire(wire: &Sp<String>) -> Option<Diagnostic> {
    let help = "codes are ASCII letters, digits, `_`, `-` and `.`";
    if wire.value.is_empty() {
        return Some(Diagnostic::new(wire.span.clone(), "empty code").help(help));
    }
    let bad = wire.value.chars().find(|&c| !is_wire_char(c))?;
    Some(
        Diagnostic::new(
            wire.span.clone(),
            format!(
                "invalid character {bad:?} in code `{}`",
                wire.value.escape_debug()
            ),
        )
        .help(help),
    )
}

/// Whether `name` can be written as an enum variant: an identifier and not a keyword.
fn is_ident(name: &str) -> bool {
    crate::ident::is_ident(name)
}

/// A valid name close to `name`, for the help line.
fn suggest_ident(name: &str) -> String {
    if name.is_empty() {
        "Unnamed".into()
    } else if name.starts_with(|c: char| c.is_ascii_digit()) {
        format!("E{name}")
    } else {
        format!("{name}Error")
    }
}
