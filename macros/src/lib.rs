//! The `#[spec]` attribute of [`link-errors`](https://docs.rs/link-errors). Depend on
//! `link-errors`, which re-exports it and documents it.
//!
//! This crate is the thin shell: it reads the file (the only I/O in the pipeline) and turns
//! `link-errors-codegen`'s diagnostics into compile errors on the path literal.

use std::path::{Path, PathBuf};

use link_errors_codegen::{EnumHead, Expansion, File, Options, Sources, Spec, generate};
use proc_macro::TokenStream;
use proc_macro2::TokenStream as TokenStream2;
use syn::parse::{ParseStream, Parser as _};
use syn::{Ident, LitStr, Token};

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
    let (lit, overlay_lit) = match Args::parse.parse2(args) {
        Ok(Args { spec, overlay }) => (spec, overlay),
        Err(e) => return fallback(&head, &e),
    };
    let dir = std::env::var_os("CARGO_MANIFEST_DIR").map_or_else(PathBuf::new, PathBuf::from);
    let (name, path, source) = match read(&dir, &lit, "spec") {
        Ok(read) => read,
        Err(e) => return fallback(&head, &e),
    };
    let overlay = match overlay_lit
        .as_ref()
        .map(|o| read(&dir, o, "overlay"))
        .transpose()
    {
        Ok(overlay) => overlay,
        Err(e) => return fallback(&head, &e),
    };
    let track = path.to_string_lossy();
    let track_overlay = overlay.as_ref().map(|(_, p, _)| p.to_string_lossy());
    let opts = Options {
        track: Some(&track),
        track_overlay: track_overlay.as_deref(),
        ..options()
    };
    let sources = Sources {
        spec: (&name, &source),
        overlay: overlay.as_ref().map(|(n, _, s)| (n.as_str(), s.as_str())),
    };
    let Expansion {
        mut tokens,
        diagnostics,
        sources,
    } = link_errors_codegen::expand_spec(sources, &head, &opts);
    // Every problem, each on the literal of its file and naming file:line:column; the
    // best-effort enum above keeps follow-on errors away.
    let errors = diagnostics
        .iter()
        .map(|d| {
            let at = match (d.file, &overlay_lit) {
                (File::Overlay, Some(o)) => o.span(),
                _ => lit.span(),
            };
            syn::Error::new(at, d.message_in(&sources))
        })
        .reduce(|mut all, e| {
            all.combine(e);
            all
        });
    if let Some(errors) = errors {
        tokens.extend(errors.to_compile_error());
    }
    tokens
}

/// `"spec.toml"` or `"spec.toml", overlay = "app.toml"`.
struct Args {
    spec: LitStr,
    overlay: Option<LitStr>,
}

impl Args {
    fn parse(input: ParseStream<'_>) -> syn::Result<Self> {
        let usage = "expected the spec's path as a string literal, relative to Cargo.toml: \
                     `#[link_errors::spec(\"link-errors-spec.toml\")]`, optionally followed by \
                     `, overlay = \"link-errors-app.toml\"`";
        let spec: LitStr = input
            .parse()
            .map_err(|e| syn::Error::new(e.span(), usage))?;
        let mut overlay = None;
        while input.parse::<Option<Token![,]>>()?.is_some() && !input.is_empty() {
            let key: Ident = input.parse()?;
            if key != "overlay" || overlay.is_some() {
                return Err(syn::Error::new(
                    key.span(),
                    format!(
                        "unexpected argument `{key}`: the only other one is `overlay = \"...\"`"
                    ),
                ));
            }
            input.parse::<Token![=]>()?;
            overlay = Some(input.parse()?);
        }
        if !input.is_empty() {
            return Err(input.error(usage));
        }
        Ok(Self { spec, overlay })
    }
}

/// The file a literal names, relative to the crate's `Cargo.toml`: its name as written, its
/// path, its text. `kind` is "spec" or "overlay", for the error.
fn read(dir: &Path, lit: &LitStr, kind: &str) -> syn::Result<(String, PathBuf, String)> {
    let name = lit.value();
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
            Err(syn::Error::new(lit.span(), msg))
        }
    }
}

/// Options with the perfect-hash lookup of `link-errors-dispatch`.
fn options() -> Options<'static> {
    Options::new(link_errors_dispatch::from_code)
}

/// The error, and the enum with no codes but its whole API, so that nothing else piles up.
fn fallback(head: &EnumHead, error: &syn::Error) -> TokenStream2 {
    let mut tokens = generate(head, &Spec::default(), "", &options());
    tokens.extend(error.to_compile_error());
    tokens
}
