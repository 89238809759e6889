//! `[problem]`: the runtime's `ProblemDetails` for the enum, as tables only (the status and
//! detail accessors it reads, the `type` template, the answers without a code), and the
//! inherent `problem(locale)`. Building and writing a problem is the runtime's. A spec without
//! `[problem]` gets nothing from here.

use proc_macro2::{Ident, Literal, TokenStream};
use quote::{format_ident, quote};

use super::tokens::{List, Paths};
use crate::codegen::model::{FieldType, Problem, ProblemAnswer, Spec};

/// `impl ProblemDetails` and `problem()` for the enum `ident`, when the spec has `[problem]`.
pub(super) fn problem(spec: &Spec, ident: &Ident, p: &Paths) -> TokenStream {
    let Some(problem) = &spec.problem else {
        return TokenStream::new();
    };
    let status = format_ident!("{}", problem.status_field);
    let detail = detail(spec, problem, p);
    let unknown = answer(&problem.unknown, p);
    let malformed = answer(&problem.malformed, p);
    p.fill(
        r"
        #[automatically_derived]
        impl #rt::ProblemDetails for #ident {
            const PROBLEM: &'static #rt::ProblemSpec = &#rt::ProblemSpec {
                type_template: #template,
                unknown: #unknown,
                malformed: #malformed,
            };

            #[inline]
            fn problem_status(self) -> #u16_ {
                self.#status()
            }

            #[inline]
            fn problem_detail_in(self, locale: &#str_) -> #option<&'static #str_> {
                #detail
            }

            #[inline]
            fn problem_title_in(self, locale: &#str_) -> &'static #str_ {
                self.message_in(locale)
            }
        }

        impl #ident {
            /// This code's problem details (RFC 9457) in `locale`, as the spec's `[problem]`
            /// says: its status, its `type` URI, its message as `title`, its detail, and the
            /// code as the extension member `code`. With the `axum` feature it is a response.
            #[must_use]
            pub fn problem(self, locale: &#str_) -> #rt::Problem {
                <Self as #rt::ProblemDetails>::problem(self, locale)
            }
        }
        ",
        &[
            ("ident", ident),
            ("template", &problem.type_uri),
            ("unknown", &unknown),
            ("malformed", &malformed),
            ("u16_", &Paths::primitive("u16")),
            ("status", &status),
            ("detail", &detail),
        ],
    )
}

/// The body of `problem_detail_in`: the detail field's value in `locale`, if there is one.
fn detail(spec: &Spec, problem: &Problem, p: &Paths) -> TokenStream {
    let field = match &problem.detail_field {
        Some(name) => spec.fields.iter().find(|f| &f.name == name),
        None => None,
    };
    let Some(f) = field else {
        return p.fill("{ let _ = (self, locale); #option::None }", &[]);
    };
    let value = if f.ty == FieldType::Text {
        let name_in = format_ident!("{}_in", f.name);
        quote!(self.#name_in(locale))
    } else {
        let name = format_ident!("{}", f.name);
        p.fill("{ let _ = locale; self.#name() }", &[("name", &name)])
    };
    if f.optional {
        value
    } else {
        p.fill("#option::Some(#value)", &[("value", &value)])
    }
}

/// A `ProblemText`: a status and its texts per locale.
fn answer(a: &ProblemAnswer, p: &Paths) -> TokenStream {
    let status = Literal::u16_suffixed(a.status);
    let (mut title, mut detail) = (List::default(), List::default());
    for t in &a.title {
        title.push(t);
    }
    for d in a.detail.as_deref().unwrap_or_default() {
        detail.push(d);
    }
    p.fill(
        r"
        #rt::ProblemText {
            status: #status,
            title: &#title,
            detail: &#detail,
        }
        ",
        &[("status", &status), ("title", &title), ("detail", &detail)],
    )
}
