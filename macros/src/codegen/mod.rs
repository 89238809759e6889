//! Spec model, validation and code generation: the sources of `link-errors-codegen`, which
//! this crate compiles as a module of its own rather than depending on that crate.
//!
//! A user's build then has one crate fewer between the macro and its dependencies, and cargo
//! (which starts first the units with the most crates waiting on them) no longer builds this
//! code ahead of the crates a web application's own dependencies wait for: BENCHMARKS.md's
//! "real application" section measures what that saves. `link-errors-codegen` links this
//! directory as its `src/codegen` (`serde_derive` shares its internals with
//! `serde_derive_internals` the same way) and gives it to the CLI, the build.rs API, the tests
//! and the fuzz targets; its crate docs describe the pipeline. (A crate that uses both the
//! macro and `link-errors-build` compiles these sources twice, once in each.) Paths in here
//! are written from `crate::codegen`, which names this module in both crates.

mod args;
mod case;
mod check;
mod diag;
mod dispatch;
mod expand;
mod head;
mod ident;
mod model;
mod one_of;
mod pipeline;
mod raw;
pub mod schema;
mod suggest;
mod template;
#[doc(hidden)]
pub mod toml;

pub use args::{Args, PathArg};
pub use diag::{Diagnostic, File, Location, ProblemCount, Sources};
pub use dispatch::from_code;
pub use expand::{FromCode, Options, generate};
pub use head::{EnumHead, InputError};
pub use model::{
    ErrorDef, FieldDef, FieldType, FieldValue, Link, ScreenDef, ScreenTranslation, Spec,
    Translation,
};
pub use pipeline::{Expansion, Parsed, expand_spec, render};
