//! Spec model, validation and code generation behind
//! [`link-errors`](https://docs.rs/link-errors): shared by its proc-macro, CLI and build.rs API,
//! so that all three read a spec the same way and emit the same code.
//!
//! This is an internal crate: its API serves the CLI and `link-errors-build`, which pin its
//! exact version, and changes with them, with no stability promise of its own. Depend on
//! `link-errors`, `link-errors-build` or the CLI instead.
//!
//! The pipeline changes type at each stage: text → a TOML tree (the crate's own reader,
//! `toml.rs`, with no dependency) → `raw` (what was written, with spans) → [`Spec`] (checked;
//! `check.rs`) → tokens ([`generate`]). An overlay is read the same way and checked with its
//! spec. [`expand_spec`] runs the whole sequence; [`Spec::parse_strict`] and
//! [`Spec::parse_best_effort`] stop at the model. Problems are [`Diagnostic`]s with byte spans
//! in the spec or the overlay ([`File`]); nothing here touches the file system or the compiler.
//!
//! Every key of the format is described once, in [`schema`]; `docs/contributing.md` says how a
//! key is added. The emitters write their fixed Rust as templates with holes (`template.rs`):
//! `expand` for the enum and its impls, `dispatch` for `from_code`'s perfect-hash lookup,
//! whose every decision is made in `dispatch/plan.rs`.
//!
//! ```
//! use link_errors_codegen::{EnumHead, Options, Sources, expand_spec};
//!
//! let source = "[[error]]\ncode = \"OOPS\"\nmessage = \"Oops.\"\n";
//! let head = EnumHead::named("MyError").unwrap();
//! let opts = Options::default();
//! let out = expand_spec(Sources::spec("spec.toml", source), &head, &opts);
//! assert!(out.diagnostics.is_empty(), "{}", out.render());
//! assert!(out.tokens.to_string().contains("Oops"));
//! ```
//!
//! The sources live in the macro crate (`macros/src/codegen`, linked here as `src/codegen`):
//! the macro compiles them itself, so that a user's build does not wait on one more crate.

mod codegen;

#[doc(hidden)]
pub use codegen::toml;
/// The attribute's arguments, which only the macro reads (it compiles these sources itself).
#[doc(hidden)]
pub use codegen::{Args, PathArg};
pub use codegen::{
    Diagnostic, EnumHead, ErrorDef, Expansion, FieldDef, FieldType, FieldValue, File, FromCode,
    InputError, Link, Location, Options, Parsed, ProblemCount, ScreenDef, ScreenTranslation,
    Sources, Spec, Translation, expand_spec, from_code, generate, render, schema,
};
