//! `url` and `parse`: the runtime's link building and redirect parsing, for a spec read at
//! run time. The encoding, checks and errors are the runtime's own (`link_errors::untyped`,
//! the core of `LinkUrl` and `Callback`); this module only maps arguments and codes.

use std::fmt::Write as _;

use clap::ArgMatches;
use link_errors::untyped::{RollbackCodes, link_url, parse_redirect};
use link_errors::{LinkSpec, LinkUrlError};
use link_errors_codegen::{ErrorDef, Spec};
use serde_json::{Value, json};

use crate::codes::one_line;
use crate::{Failure, Output, arg};

/// The spec's `[link]` as the runtime's [`LinkSpec`], borrowing its strings; `reserved` holds
/// the reserved names ([`reserved`]).
pub(crate) fn link_spec<'a>(spec: &'a Spec, reserved: &'a [&'a str]) -> LinkSpec<'a> {
    let l = &spec.link;
    let mut link = LinkSpec::DEFAULT
        .with_token_param(&l.token_param)
        .with_rollback_param(&l.rollback_param)
        .with_rollback_all(&l.rollback_all)
        .with_separator(&l.separator)
        .with_error_param(&l.error_param)
        .with_reserved(reserved);
    if let Some(url) = &l.url {
        link = link.with_url(url);
    }
    link
}

/// The spec's reserved parameter names, for [`link_spec`].
pub(crate) fn reserved(spec: &Spec) -> Vec<&str> {
    spec.link.reserved.iter().map(String::as_str).collect()
}

/// Runs `f` with the spec's `[link]` as the runtime's [`LinkSpec`].
fn with_link_spec<T>(spec: &Spec, f: impl FnOnce(&LinkSpec<'_>) -> T) -> T {
    f(&link_spec(spec, &reserved(spec)))
}

/// The code whose wire string or alias is `s`, with its position in spec order.
pub(crate) fn lookup<'a>(spec: &'a Spec, s: &str) -> Option<(usize, &'a ErrorDef)> {
    spec.errors
        .iter()
        .enumerate()
        .find(|(_, e)| e.code == s || e.aliases.iter().any(|a| a == s))
}

/// The closest code, if close enough to be a likely typo: the suggester the compiler and the
/// generated enum's `ParseCodeError` use, over the same codes.
fn suggest<'a>(spec: &'a Spec, s: &str) -> Option<&'a str> {
    link_errors_wire::suggest::closest(s, spec.errors.iter().map(|e| e.code.as_str()))
}

fn unknown(spec: &Spec, code: &str) -> String {
    let mut msg = format!("`{code}` is not a code of the spec");
    if let Some(s) = suggest(spec, code) {
        let _ = write!(msg, "; did you mean `{s}`?");
    }
    msg
}

pub(crate) fn url(spec: &Spec, m: &ArgMatches) -> Result<Output, Failure> {
    let value = arg(m, "rollback").trim();
    // A code of the spec named `all` or `none` is that code; the words are keywords otherwise.
    let keyword = |k: &str| value == k && lookup(spec, k).is_none();
    let mut list: Vec<(usize, &str)> = Vec::new();
    if !(value.is_empty() || keyword("none") || keyword("all") || value == spec.link.rollback_all) {
        for item in value.split(',').map(str::trim).filter(|s| !s.is_empty()) {
            let (i, e) = lookup(spec, item).ok_or_else(|| {
                Failure::trouble(format!("error: --rollback: {}", unknown(spec, item)))
            })?;
            list.push((i, &e.code));
        }
        // As `Rollback::only`: spec order, once each.
        list.sort_unstable();
        list.dedup();
    }
    let codes: Vec<&str> = list.iter().map(|&(_, c)| c).collect();
    let rollback = if keyword("all") || value == spec.link.rollback_all {
        RollbackCodes::All
    } else if codes.is_empty() {
        RollbackCodes::None
    } else {
        RollbackCodes::Only(&codes)
    };
    let mut params = Vec::new();
    for p in m.get_many::<String>("param").into_iter().flatten() {
        let (name, value) = p.split_once('=').ok_or_else(|| {
            Failure::trouble(format!(
                "error: --param `{p}`: expected NAME=VALUE (VALUE may be empty)"
            ))
        })?;
        params.push((name.to_owned(), value.to_owned()));
    }
    let base = m.get_one::<String>("base").map(String::as_str);
    let token = arg(m, "token");
    with_link_spec(spec, |link| link_url(link, base, token, rollback, &params))
        .map(|url| format!("{url}\n").into())
        .map_err(|e| match e {
            LinkUrlError::MissingBase => Failure::problem(
                "error: the spec has no `[link] url`: give the link page's URL with --base URL",
            ),
            e => Failure::problem(format!("error: {e}")),
        })
}

pub(crate) fn parse(spec: &Spec, m: &ArgMatches) -> Result<Output, Failure> {
    let input = arg(m, "url");
    let redirect = with_link_spec(spec, |link| parse_redirect(link, input))
        .map_err(|e| Failure::problem(format!("error: {e}")))?;
    let param = &spec.link.error_param;
    let json = arg(m, "format") == "json";
    let mut out = String::new();
    let error = match &redirect.error {
        None => {
            if !json {
                let _ = writeln!(out, "result:  success (no `{param}` parameter)");
            }
            Value::Null
        }
        Some(sent) => match lookup(spec, sent) {
            Some((_, e)) => {
                let exit = e.exit_button;
                if !json {
                    let _ = write!(out, "result:  error {} (known", e.code);
                    if *sent != e.code {
                        let _ = write!(out, ", sent as its alias `{sent}`");
                    }
                    let _ = writeln!(out, "; variant {})", e.variant);
                    let _ = writeln!(out, "message: {}", one_line(&e.message));
                    if let Some(text) = &e.screen_text {
                        let title = e.screen_title.as_deref().unwrap_or("(no title)");
                        let _ = writeln!(out, "screen:  {title}: {}", one_line(text));
                    }
                    if exit {
                        out.push_str("exit:    the user pressed the EXIT button\n");
                    }
                }
                json!({
                    "sent": sent,
                    "known": true,
                    "code": e.code,
                    "variant": e.variant,
                    "message": e.message,
                    "screen_title": e.screen_title,
                    "screen_text": e.screen_text,
                    "exit": exit,
                })
            }
            None => {
                let suggestion = suggest(spec, sent);
                if !json {
                    let _ = write!(
                        out,
                        "result:  error {sent} (unknown: not in this spec; Callback gives \
                         Reported::Unknown"
                    );
                    if let Some(s) = suggestion {
                        let _ = write!(out, "; did you mean `{s}`?");
                    }
                    out.push_str(")\n");
                }
                json!({ "sent": sent, "known": false, "suggestion": suggestion })
            }
        },
    };
    if json {
        let extra: Vec<Value> = redirect.extra.iter().map(|(k, v)| json!([k, v])).collect();
        let doc = json!({ "error": error, "extra": extra });
        out = serde_json::to_string_pretty(&doc).expect("JSON of strings");
        out.push('\n');
    } else {
        for (k, v) in &redirect.extra {
            let _ = writeln!(out, "extra:   {k} = {v}");
        }
    }
    Ok(out.into())
}
