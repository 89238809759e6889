//! `[problem]`: the rules about how an HTTP API answers with the codes (RFC 9457 problem
//! details). The table is read once the fields are declared, since it names two of them.

use std::ops::Range;

use super::Checker;
use super::fields::FieldSlot;
use super::sink::{Owner, Sink};
use crate::codegen::diag::{Diagnostic, File};
use crate::codegen::model::{FieldDef, FieldType, FieldValue, Problem, ProblemAnswer};
use crate::codegen::raw::{RawProblem, Sp, Text};
use crate::codegen::suggest::closest;

/// The `type` of a problem that names no type of its own.
const ABOUT_BLANK: &str = "about:blank";

/// The status a problem may have: a client or a server error.
const STATUSES: core::ops::RangeInclusive<i128> = 400..=599;

/// The default texts of the answers without a code, in every locale: a spec that wants them in
/// its users' languages translates them.
const UNKNOWN_TITLE: &str = "Unknown error";
const MALFORMED_TITLE: &str = "Invalid callback";
const UNKNOWN_STATUS: u16 = 502;
const MALFORMED_STATUS: u16 = 400;

impl Checker<'_> {
    /// The `[problem]` of the spec or the overlay, checked; `None` when neither has one, or
    /// when it names no usable status field (reported).
    pub(super) fn problem(
        &self,
        spec: Option<RawProblem>,
        overlay: Option<RawProblem>,
    ) -> Option<Problem> {
        let (file, raw) = one_table(self.sink(File::Spec), spec, overlay)?;
        let out = self.sink(file);
        let owner = Owner::Table("[problem]".to_owned());
        if let Some(i) = self.decls.field_index("problem") {
            let f = &self.decls.fields[i];
            let span = self.decls.field_spans[&f.name].clone();
            self.sink(f.declared_in).push(
                Diagnostic::new(
                    span,
                    "field `problem` clashes with `problem()`, which `[problem]` generates",
                )
                .help("rename the field"),
            );
        }
        let status_field = match &raw.status_field {
            Some(name) => self.status_field(out, name),
            None => {
                // A misspelt `status_field` has its own error, which says "did you mean".
                let misspelt = raw.keys.iter().any(|k| {
                    k != "status_field" && closest(k, ["status_field"].iter().copied()).is_some()
                });
                if !misspelt {
                    missing_status_field(out, &raw.span, &self.decls.fields);
                }
                None
            }
        };
        let detail_field = match &raw.detail_field {
            Some(name) => self.detail_field(out, name),
            None => None,
        };
        let type_uri = match raw.type_uri {
            Some(t) if is_uri_template(&t.value) => t.value,
            Some(t) => {
                not_a_uri(out, &t);
                ABOUT_BLANK.to_owned()
            }
            None => ABOUT_BLANK.to_owned(),
        };
        let unknown = ProblemAnswer {
            status: status(out, "unknown_status", raw.unknown_status, UNKNOWN_STATUS),
            title: self
                .text(out, "unknown_title", raw.unknown_title, &owner)
                .unwrap_or_else(|| self.same_text(UNKNOWN_TITLE)),
            detail: self.text(out, "unknown_detail", raw.unknown_detail, &owner),
        };
        let malformed = ProblemAnswer {
            status: status(
                out,
                "malformed_status",
                raw.malformed_status,
                MALFORMED_STATUS,
            ),
            title: self
                .text(out, "malformed_title", raw.malformed_title, &owner)
                .unwrap_or_else(|| self.same_text(MALFORMED_TITLE)),
            detail: self.text(out, "malformed_detail", raw.malformed_detail, &owner),
        };
        Some(Problem {
            status_field: status_field?,
            detail_field,
            type_uri,
            unknown,
            malformed,
        })
    }

    /// A code's status is a client or a server error: a problem is an error, and a 200 or a
    /// 302 with a problem body would mislead every client and cache on the way.
    pub(super) fn code_status(&self, slots: &[FieldSlot], code: &str) {
        let Some(problem) = &self.problem else {
            return;
        };
        let Some(i) = self.decls.field_index(&problem.status_field) else {
            return;
        };
        let Some((file, span, FieldValue::Int(v))) = slots.get(i).and_then(FieldSlot::given) else {
            return;
        };
        if !STATUSES.contains(v) {
            self.sink(file).push(
                Diagnostic::new(
                    span.clone(),
                    format!(
                        "code `{code}` has status {v} (`{}`), not a client or server error \
                         (400 to 599)",
                        problem.status_field
                    ),
                )
                .help(status_help(&problem.status_field)),
            );
        }
    }

    /// `status_field` names a declared `u16` field that every code has, whose default (if
    /// any) is a client or server error.
    fn status_field(&self, out: Sink<'_>, name: &Sp<String>) -> Option<String> {
        let f = self.named_field(out, name, "status_field", "u16")?;
        if f.ty != FieldType::U16 {
            out.push(
                Diagnostic::new(
                    name.span.clone(),
                    format!(
                        "`status_field` names `{}`, a `{}` field; a status is a `u16` field",
                        f.name,
                        f.ty.name()
                    ),
                )
                .help(format!(
                    "declare `[fields.{}]` with `type = \"u16\"`, or name a `u16` field",
                    f.name
                )),
            );
            return None;
        }
        if f.optional {
            out.push(
                Diagnostic::new(
                    name.span.clone(),
                    format!(
                        "`status_field` names `{}`, an optional field: every code needs a status",
                        f.name
                    ),
                )
                .help(format!(
                    "give `[fields.{}]` a `default` (such as `default = 500`) instead of \
                     `optional = true`",
                    f.name
                )),
            );
            return None;
        }
        if let Some(FieldValue::Int(v)) = f.default
            && !STATUSES.contains(&v)
        {
            let span = self.decls.field_spans[&f.name].clone();
            self.sink(f.declared_in).push(
                Diagnostic::new(
                    span,
                    format!(
                        "the `default` of `{}` is {v}, not a client or server error (400 to 599)",
                        f.name
                    ),
                )
                .help(status_help(&f.name)),
            );
        }
        Some(f.name.clone())
    }

    /// `detail_field` names a declared `text` or `string` field.
    fn detail_field(&self, out: Sink<'_>, name: &Sp<String>) -> Option<String> {
        let f = self.named_field(out, name, "detail_field", "text")?;
        if matches!(f.ty, FieldType::Text | FieldType::String) {
            return Some(f.name.clone());
        }
        out.push(
            Diagnostic::new(
                name.span.clone(),
                format!(
                    "`detail_field` names `{}`, a `{}` field; a detail is a `text` or `string` \
                     field",
                    f.name,
                    f.ty.name()
                ),
            )
            .help("name a `text` field (translated like a message)"),
        );
        None
    }

    /// The declared field `name` names; a problem when there is none (a field declared with a
    /// problem of its own is not reported again).
    fn named_field(
        &self,
        out: Sink<'_>,
        name: &Sp<String>,
        key: &str,
        ty: &str,
    ) -> Option<&FieldDef> {
        if let Some(i) = self.decls.field_index(&name.value) {
            return Some(&self.decls.fields[i]);
        }
        if self.decls.declared_field_names.contains(&name.value) {
            return None;
        }
        let mut names = Vec::with_capacity(self.decls.fields.len());
        for f in &self.decls.fields {
            names.push(f.name.as_str());
        }
        let near = closest(&name.value, names.iter().copied());
        let help = match near {
            Some(near) => format!("did you mean `{near}`?"),
            None => format!(
                "declare it: `[fields.{}]` with `type = \"{ty}\"`",
                crate::codegen::diag::toml_key(&name.value)
            ),
        };
        out.push(
            Diagnostic::new(
                name.span.clone(),
                format!(
                    "`{key}` names `{}`, which is not a declared field",
                    name.value
                ),
            )
            .help(help),
        );
        None
    }

    /// A text of `[problem]`, in every locale, if given.
    fn text(
        &self,
        out: Sink<'_>,
        key: &str,
        text: Option<Sp<Text>>,
        owner: &Owner,
    ) -> Option<Vec<String>> {
        let mut slot = self.decls.slot(key);
        self.decls.put_text(out, &mut slot, text?, owner);
        self.decls.finish_text(out, &slot, owner)
    }

    /// `text` in every locale.
    fn same_text(&self, text: &str) -> Vec<String> {
        vec![text.to_owned(); self.decls.locales.len().max(1)]
    }
}

/// `[problem]` is in one file: two would leave the reader guessing which one answers.
fn one_table(
    out: Sink<'_>,
    spec: Option<RawProblem>,
    overlay: Option<RawProblem>,
) -> Option<(File, RawProblem)> {
    match (spec, overlay) {
        (Some(spec), Some(overlay)) => {
            let d = Diagnostic::new(overlay.span, "`[problem]` is declared in the spec already")
                .related_in("the spec's", File::Spec, spec.span.clone())
                .help("declare `[problem]` in one file only");
            out.of(File::Overlay).push_related(d);
            Some((File::Spec, spec))
        }
        (Some(spec), None) => Some((File::Spec, spec)),
        (None, Some(overlay)) => Some((File::Overlay, overlay)),
        (None, None) => None,
    }
}

/// `[problem]` says which field gives the status: without one there is no answer to build.
fn missing_status_field(out: Sink<'_>, span: &Range<usize>, fields: &[FieldDef]) {
    let mut u16s = Vec::new();
    for f in fields {
        if f.ty == FieldType::U16 {
            u16s.push(f.name.as_str());
        }
    }
    let help = match u16s.as_slice() {
        [one] => format!("add `status_field = \"{one}\"`"),
        _ => "add `status_field = \"NAME\"`, naming a `u16` field that gives each code's HTTP \
              status"
            .to_owned(),
    };
    out.push(Diagnostic::new(span.clone(), "missing `status_field` in [problem]").help(help));
}

/// A status of `[problem]` is a client or a server error; its default when it is not given.
fn status(out: Sink<'_>, key: &str, v: Option<Sp<Option<i128>>>, default: u16) -> u16 {
    let Some(v) = v else {
        return default;
    };
    if let Some(s) = v.value
        && STATUSES.contains(&s)
        && let Ok(status) = u16::try_from(s)
    {
        return status;
    }
    let shown = match v.value {
        Some(s) => s.to_string(),
        None => "out of range".to_owned(),
    };
    out.push(
        Diagnostic::new(
            v.span,
            format!("`{key}` is {shown}, not a client or server error (400 to 599)"),
        )
        .help(format!(
            "give `{key}` a status from 400 to 599, such as `{key} = {default}`"
        )),
    );
    default
}

fn status_help(field: &str) -> String {
    format!(
        "a problem's status is 400 to 599: give `{field}` such a value, such as `{field} = 400`"
    )
}

fn not_a_uri(out: Sink<'_>, t: &Sp<String>) {
    out.push(
        Diagnostic::new(
            t.span.clone(),
            format!(
                "`type` in [problem] is not a URI: `{}`",
                t.value.escape_debug()
            ),
        )
        .help(
            "write an absolute URI, in which `{code}` stands for the code \
             (`https://errors.example/{code}`), or `about:blank`",
        ),
    );
}

/// An absolute URI (RFC 3986: a scheme, `:`, then only the characters a URI may have, `%`
/// followed by two hex digits), once each `{code}` in it is a code.
fn is_uri_template(t: &str) -> bool {
    // `{code}` becomes `c` by hand: `str::replace` with a `&str` pattern compiles a substring
    // searcher for this one line.
    let mut uri = String::with_capacity(t.len());
    let mut rest = t;
    while let Some(c) = rest.chars().next() {
        if let Some(after) = rest.strip_prefix("{code}") {
            uri.push('c');
            rest = after;
        } else {
            uri.push(c);
            rest = &rest[c.len_utf8()..];
        }
    }
    let Some((scheme, rest)) = uri.split_once(':') else {
        return false;
    };
    let mut scheme_chars = scheme.chars();
    if !scheme_chars.next().is_some_and(|c| c.is_ascii_alphabetic())
        || !scheme_chars.all(|c| c.is_ascii_alphanumeric() || "+-.".contains(c))
        || rest.is_empty()
    {
        return false;
    }
    let bytes = rest.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if b == b'%' {
            if !(bytes.get(i + 1).is_some_and(u8::is_ascii_hexdigit)
                && bytes.get(i + 2).is_some_and(u8::is_ascii_hexdigit))
            {
                return false;
            }
            i += 3;
            continue;
        }
        if !(b.is_ascii_alphanumeric() || b"-._~:/?#[]@!$&'()*+,;=".contains(&b)) {
            return false;
        }
        i += 1;
    }
    true
}

#[cfg(test)]
mod tests {
    use super::is_uri_template;

    #[test]
    fn uri_templates() {
        for ok in [
            "about:blank",
            "https://errors.example/{code}",
            "https://errors.example/e?c={code}#x",
            "urn:example:{code}",
            "https://errors.example/%20{code}",
            "tag:example.com,2026:{code}",
            "x{code}:{code}{code}",
        ] {
            assert!(is_uri_template(ok), "{ok}");
        }
        for bad in [
            "",
            "errors/{code}",
            "/errors/{code}",
            "https://errors.example/{codes}",
            "https://errors example/{code}",
            "https://errors.example/%zz",
            "1http://a",
            "https:",
            "https://errors.example/é",
            "https://errors.example/\"",
            "https://errors.example/{code",
            "https://errors.example/é{code}",
        ] {
            assert!(!is_uri_template(bad), "{bad}");
        }
    }
}
