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
    // A mistake in the item or the arguments is reported, and the enum is still generated from
    // the spec whenever the spec can be read: what the user's code calls exists, so the mistake
    // is the only error.
    let mut errors = Errors::default();
    let head = match EnumHead::parse(item.clone()) {
        Ok(head) => head,
        // An enum with variants or generics: the enum as the spec makes it, without them.
        Err((e, Some(head))) => {
            errors.push(syn::Error::new(e.span, e.message));
            head
        }
        // Not an enum at all: say so and leave the item as it was.
        Err((e, None)) => {
            let mut tokens = syn::Error::new(e.span, e.message).to_compile_error();
            tokens.extend(item);
            return tokens;
        }
    };
    let (lit, overlay_lit) = match Args::parse.parse2(args) {
        Ok(args) => {
            errors.extend(args.errors);
            (args.spec, args.overlay)
        }
        Err(e) => return fallback(&head, &errors.with(e)),
    };
    let dir = std::env::var_os("CARGO_MANIFEST_DIR").map_or_else(PathBuf::new, PathBuf::from);
    let (name, path, source) = match read(&dir, &lit, "spec") {
        Ok(read) => read,
        Err(e) => return fallback(&head, &errors.with(e)),
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
    } = link_errors_codegen::expand_spec(sources, &head, &opts);
    // Every problem, each on the literal of its file and naming file:line:column; the
    // best-effort enum above keeps follow-on errors away.
    for d in &diagnostics {
        let at = match (d.file, &overlay) {
            (File::Overlay, Some((o, ..))) => o.span(),
            _ => lit.span(),
        };
        errors.push(syn::Error::new(at, d.message_in(&sources)));
    }
    if let Some(e) = errors.0 {
        tokens.extend(e.to_compile_error());
    }
    tokens
}

/// The errors found so far, combined into one `syn::Error` (each still its own message).
#[derive(Default)]
struct Errors(Option<syn::Error>);

impl Errors {
    fn push(&mut self, e: syn::Error) {
        match &mut self.0 {
            Some(all) => all.combine(e),
            None => self.0 = Some(e),
        }
    }

    fn extend(&mut self, errors: Vec<syn::Error>) {
        for e in errors {
            self.push(e);
        }
    }

    /// All of them, `e` last.
    fn with(mut self, e: syn::Error) -> syn::Error {
        self.push(e);
        self.0
            .unwrap_or_else(|| unreachable!("an error was just pushed"))
    }
}

/// `"spec.toml"` or `"spec.toml", overlay = "app.toml"`.
struct Args {
    spec: LitStr,
    overlay: Option<LitStr>,
    /// Mistakes after the spec's path: each argument in error is left out, and the rest read.
    errors: Vec<syn::Error>,
}

impl Args {
    fn parse(input: ParseStream<'_>) -> syn::Result<Self> {
        let usage = "expected the spec's path as a string literal, relative to Cargo.toml: \
                     `#[link_errors::spec(\"link-errors-spec.toml\")]`, optionally followed by \
                     `, overlay = \"link-errors-app.toml\"`";
        let spec: LitStr = input
            .parse()
            .map_err(|e| syn::Error::new(e.span(), usage))?;
        let mut args = Self {
            spec,
            overlay: None,
            errors: Vec::new(),
        };
        while !input.is_empty() {
            if let Err(e) = args.parse_next(input, usage) {
                args.errors.push(e);
                // Past the argument in error, to the next one.
                while !input.is_empty() && !input.peek(Token![,]) {
                    input.parse::<proc_macro2::TokenTree>()?;
                }
            }
        }
        Ok(args)
    }

    /// `, overlay = "..."` (or a trailing comma).
    fn parse_next(&mut self, input: ParseStream<'_>, usage: &str) -> syn::Result<()> {
        input
            .parse::<Token![,]>()
            .map_err(|e| syn::Error::new(e.span(), usage))?;
        if input.is_empty() {
            return Ok(());
        }
        let key: Ident = input.parse()?;
        if key != "overlay" || self.overlay.is_some() {
            return Err(syn::Error::new(
                key.span(),
                format!("unexpected argument `{key}`: the only other one is `overlay = \"...\"`"),
            ));
        }
        input.parse::<Token![=]>()?;
        self.overlay = Some(input.parse()?);
        Ok(())
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

/// The error, and the enum with no codes but its whole API, so that nothing else piles up:
/// for when there is no spec to read.
fn fallback(head: &EnumHead, error: &syn::Error) -> TokenStream2 {
    let mut tokens = generate(head, &Spec::default(), "", &Options::default());
    tokens.extend(error.to_compile_error());
    tokens
}
