//! The `#[spec]` attribute of [`link-errors`](https://docs.rs/link-errors). Depend on
//! `link-errors`, which re-exports it and documents it.
//!
//! This file is the thin shell: it reads the file (the only I/O in the pipeline) and turns the
//! diagnostics into compile errors on the path literal. Everything else is
//! `link-errors-codegen`'s sources, which this crate compiles as its module `codegen` (see
//! there why) and which take strings and tokens only.

// The tests of these sources run in `link-errors-codegen`, with its dev-dependencies (no test
// target here). Whatever builds this crate with `cfg(test)` anyway (rust-analyzer does) finds
// nothing to build rather than tests without their dependencies.
#![cfg(not(test))]

// What only the CLI, build.rs and the tests use is unused here; `link-errors-codegen`, which
// compiles the same sources as a library, is where they are checked for dead code. Its public
// API's shape is decided there too, where clippy leaves exported names alone.
#[allow(
    dead_code,
    unused_imports,
    clippy::option_option,
    clippy::enum_variant_names
)]
mod codegen;

use std::path::{Path, PathBuf};

use codegen::{
    Args, EnumHead, Expansion, File, InputError, Options, PathArg, Sources, Spec, generate,
};
use proc_macro::TokenStream;
use proc_macro2::TokenStream as TokenStream2;

/// Fills an empty enum with one variant per code of a TOML spec and generates its API.
///
/// The path is relative to the using crate's `Cargo.toml`; `overlay = "app.toml"` adds an
/// overlay (fields, locales, values and translations for the spec's codes). See the
/// `link-errors` crate.
#[proc_macro_attribute]
pub fn spec(args: TokenStream, item: TokenStream) -> TokenStream {
    expand(args.into(), item.into()).into()
}

fn expand(args: TokenStream2, item: TokenStream2) -> TokenStream2 {
    // A mistake in the item or the arguments is reported, and the enum is still generated from
    // the spec whenever the spec can be read: what the user's code calls exists, so the mistake
    // is the only error.
    let mut errors = Vec::new();
    let head = match EnumHead::parse(item.clone()) {
        Ok(head) => head,
        // An enum with variants or generics: the enum as the spec makes it, without them.
        Err((e, Some(head))) => {
            errors.push(e);
            head
        }
        // Not an enum at all: say so and leave the item as it was.
        Err((e, None)) => {
            let mut tokens = e.to_compile_error();
            tokens.extend(item);
            return tokens;
        }
    };
    let (lit, overlay_lit) = match Args::parse(args) {
        Ok(args) => {
            errors.extend(args.errors);
            (args.spec, args.overlay)
        }
        Err(e) => return fallback(&head, errors, e),
    };
    let dir = std::env::var_os("CARGO_MANIFEST_DIR").map_or_else(PathBuf::new, PathBuf::from);
    let (name, path, source) = match read(&dir, &lit, "spec") {
        Ok(read) => read,
        Err(e) => return fallback(&head, errors, e),
    };
    // An overlay that cannot be read is left out: the enum as the spec alone makes it.
    let overlay = overlay_lit.and_then(|o| match read(&dir, &o, "overlay") {
        Ok((name, path, text)) => Some((o, name, path, text)),
        Err(e) => {
            errors.push(e);
            None
        }
    });
    let track = path.to_string_lossy();
    let track_overlay = overlay.as_ref().map(|(_, _, p, _)| p.to_string_lossy());
    let opts = Options {
        track: Some(&track),
        track_overlay: track_overlay.as_deref(),
        ..Options::default()
    };
    let sources = Sources {
        spec: (&name, &source),
        overlay: overlay
            .as_ref()
            .map(|(_, n, _, t)| (n.as_str(), t.as_str())),
    };
    let Expansion {
        mut tokens,
        diagnostics,
        sources,
    } = codegen::expand_spec(sources, &head, &opts);
    // Every problem, each on the literal of its file and naming file:line:column; the
    // best-effort enum above keeps follow-on errors away.
    for d in &diagnostics {
        let at = match (d.file, &overlay) {
            (File::Overlay, Some((o, ..))) => o.span,
            _ => lit.span,
        };
        errors.push(InputError::new(at, d.message_in(&sources)));
    }
    tokens.extend(errors.iter().map(InputError::to_compile_error));
    tokens
}

/// The file a literal names, relative to the crate's `Cargo.toml`: its name as written, its
/// path, its text. `kind` is "spec" or "overlay", for the error.
fn read(dir: &Path, lit: &PathArg, kind: &str) -> Result<(String, PathBuf, String), InputError> {
    let name = lit.value.clone();
    let path = dir.join(&name);
    match std::fs::read_to_string(&path) {
        Ok(source) => Ok((name, path, source)),
        Err(e) => {
            let msg = if e.kind() == std::io::ErrorKind::NotFound {
                format!(
                    "{kind} file `{name}` not found: looked for `{}` (the path is relative to \
                     the crate's Cargo.toml)",
                    path.display()
                )
            } else {
                format!(
                    "cannot read {kind} file `{name}` at `{}`: {e}",
                    path.display()
                )
            };
            Err(InputError::new(lit.span, msg))
        }
    }
}

/// The errors (`last` last), and the enum with no codes but its whole API, so that nothing else piles up:
/// for when there is no spec to read.
fn fallback(head: &EnumHead, mut errors: Vec<InputError>, last: InputError) -> TokenStream2 {
    errors.push(last);
    let mut tokens = generate(head, &Spec::default(), "", &Options::default());
    tokens.extend(errors.iter().map(InputError::to_compile_error));
    tokens
}
