//! Spec model, validation and code generation behind
//! [`link-errors`](https://docs.rs/link-errors): shared by its proc-macro, CLI and build.rs API,
//! so that all three read a spec the same way and emit the same code.
//!
//! This is an internal crate, like `thiserror-impl`: its API serves those three and changes
//! with them, with no stability promise of its own (they pin its exact version). Depend on
//! `link-errors`, `link-errors-build` or the CLI instead.
//!
//! The pipeline changes type at each stage: text → `raw` (what was written, with spans) →
//! [`Spec`] (checked; `check.rs`) → tokens ([`generate`]). An overlay is read the same way and
//! checked with its spec ([`Spec::parse_with_overlay`]). Problems are [`Diagnostic`]s with byte
//! spans in the spec or the overlay ([`File`]); nothing here touches the file system or the
//! compiler.
//!
//! ```
//! use link_errors_codegen::{EnumHead, Options, Spec, generate};
//!
//! let spec = Spec::parse("[[error]]\ncode = \"OOPS\"\nmessage = \"Oops.\"\n").unwrap();
//! let head = EnumHead::named("MyError").unwrap();
//! let opts = Options {
//!     spec_name: "spec.toml",
//!     ..Options::new(link_errors_dispatch::from_code)
//! };
//! let tokens = generate(&head, &spec, &opts);
//! assert!(tokens.to_string().contains("Oops"));
//! ```

mod case;
mod check;
mod diag;
mod expand;
mod head;
mod ident;
mod model;
mod raw;
pub mod schema;
mod suggest;

pub use diag::{Diagnostic, File, Location, ProblemCount, Sources};
pub use expand::{FromCode, Options, generate};
pub use head::{EnumHead, HeadError};
pub use model::{
    ErrorDef, FieldDef, FieldType, FieldValue, Link, Parsed, ScreenDef, ScreenTranslation, Spec,
    Translation,
};
