//! The `#[spec]` attribute of [`link-errors`](https://docs.rs/link-errors). Depend on
//! `link-errors`, which re-exports it and documents it.
//!
//! This crate is the thin shell: it reads the file (the only I/O in the pipeline) and turns
//! `link-errors-codegen`'s diagnostics into compile errors on the path literal.

use std::path::PathBuf;

use link_errors_codegen::{EnumHead, Options, Spec, generate};
use proc_macro::TokenStream;
use proc_macro2::TokenStream as TokenStream2;
use syn::LitStr;

/// Fills an empty enum with one variant per code of a TOML spec and generates its API.
///
/// The path is relative to the using crate's `Cargo.toml`. See the `link-errors` crate.
#[proc_macro_attribute]
pub fn spec(args: TokenStream, item: TokenStream) -> TokenStream {
    expand(args.into(), item.into()).into()
}

fn expand(args: TokenStream2, item: TokenStream2) -> TokenStream2 {
    let head = match EnumHead::parse(item.clone()) {
        Ok(head) => head,
        // An enum with variants or generics: the error, and the enum as the spec would make it.
        Err((e, Some(head))) => return fallback(&head, &syn::Error::new(e.span, e.message)),
        // Not an enum at all: say so and leave the item as it was.
        Err((e, None)) => {
            let e = syn::Error::new(e.span, e.message);
            return [e.to_compile_error(), item].into_iter().collect();
        }
    };
    let lit: LitStr = match syn::parse2(args) {
        Ok(lit) => lit,
        Err(e) => {
            let e = syn::Error::new(
                e.span(),
                "expected the spec's path as a string literal, relative to Cargo.toml: \
                 `#[link_errors::spec(\"link-errors-spec.toml\")]`",
            );
            return fallback(&head, &e);
        }
    };
    let name = lit.value();
    let dir = std::env::var_os("CARGO_MANIFEST_DIR").map_or_else(PathBuf::new, PathBuf::from);
    let path = dir.join(&name);
    let source = match std::fs::read_to_string(&path) {
        Ok(source) => source,
        Err(e) => {
            let msg = if e.kind() == std::io::ErrorKind::NotFound {
                format!(
                    "spec file `{name}` not found: looked for `{}` (the path is relative to \
                     the crate's Cargo.toml)",
                    path.display()
                )
            } else {
                format!(
                    "cannot read spec file `{name}` at `{}`: {e}",
                    path.display()
                )
            };
            return fallback(&head, &syn::Error::new(lit.span(), msg));
        }
    };
    let parsed = Spec::parse_best_effort(&source);
    let track = path.to_string_lossy();
    let opts = Options {
        spec_name: &name,
        track: Some(&track),
    };
    let mut tokens = generate(&head, &parsed.spec, &opts);
    // Every problem, each on the literal and naming file:line:column; the best-effort enum
    // above keeps follow-on errors away.
    let errors = parsed
        .diagnostics
        .iter()
        .map(|d| syn::Error::new(lit.span(), d.message_at(&source, &name)))
        .reduce(|mut all, e| {
            all.combine(e);
            all
        });
    if let Some(errors) = errors {
        tokens.extend(errors.to_compile_error());
    }
    tokens
}

/// The error, and the enum with no codes but its whole API, so that nothing else piles up.
fn fallback(head: &EnumHead, error: &syn::Error) -> TokenStream2 {
    let mut tokens = generate(head, &Spec::default(), &Options::default());
    tokens.extend(error.to_compile_error());
    tokens
}
