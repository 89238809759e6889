//! The whole sequence, text to tokens: read the spec (and its overlay), check them, generate
//! the enum, and hand back every problem with the texts to render it against. The macro, the
//! build.rs API, the CLI and the snapshot tests all go through here; each only reads the files
//! and shows the problems its own way.

use proc_macro2::TokenStream;

use crate::codegen::diag::{Diagnostic, Sources};
use crate::codegen::expand::{Options, generate};
use crate::codegen::head::EnumHead;
use crate::codegen::model::Spec;

/// The outcome of reading a spec: the valid part, and every problem found.
///
/// When `diagnostics` is not empty the spec is best-effort (entries with problems left out),
/// good for generating an enum that keeps follow-on errors away, not for use.
#[derive(Debug, Clone)]
pub struct Parsed {
    /// What passed the checks.
    pub spec: Spec,
    /// Every problem, the spec's first, each file's in file order.
    pub diagnostics: Vec<Diagnostic>,
}

impl Spec {
    /// Reads and checks a spec's text and, if given, an overlay's.
    ///
    /// # Errors
    /// Every problem in either file, the spec's first, each file's in file order
    /// ([`Diagnostic::file`] says which).
    pub fn parse_strict(source: &str, overlay: Option<&str>) -> Result<Self, Vec<Diagnostic>> {
        let parsed = Self::parse_best_effort(source, overlay);
        if parsed.diagnostics.is_empty() {
            Ok(parsed.spec)
        } else {
            Err(parsed.diagnostics)
        }
    }

    /// Reads and checks a spec's text and, if given, an overlay's, keeping what is valid even
    /// when something is not.
    pub fn parse_best_effort(source: &str, overlay: Option<&str>) -> Parsed {
        let mut diagnostics = Vec::new();
        let raw = crate::codegen::raw::read(source, &mut diagnostics);
        let overlay = overlay.map(|text| {
            let mut in_overlay = Vec::new();
            let raw = crate::codegen::raw::read_overlay(text, &mut in_overlay);
            for d in in_overlay {
                diagnostics.push(d.in_overlay());
            }
            (text, raw)
        });
        let spec = crate::codegen::check::check(source, raw, overlay, &mut diagnostics);
        crate::codegen::diag::sort(&mut diagnostics);
        Parsed { spec, diagnostics }
    }
}

/// What [`expand_spec`] makes of a spec.
#[derive(Debug, Clone)]
pub struct Expansion<'a> {
    /// The enum and its API. When there are diagnostics, it is generated from what passed the
    /// checks (entries with problems left out), so that the problems are the only errors a
    /// compiler shows.
    pub tokens: TokenStream,
    /// Every problem, the spec's first, each file's in file order.
    pub diagnostics: Vec<Diagnostic>,
    /// The texts the diagnostics point into, with the names they give the files.
    pub sources: Sources<'a>,
}

impl Expansion<'_> {
    /// Every problem rendered like rustc's ([`render`]).
    pub fn render(&self) -> String {
        render(&self.diagnostics, &self.sources)
    }
}

/// Reads and checks the spec and overlay of `sources`, and generates the enum declared by
/// `head`: the variants' docs cite the spec by its name in `sources`.
///
/// ```
/// use link_errors_codegen::{EnumHead, Options, Sources, expand_spec};
///
/// let source = "[[error]]\ncode = \"OOPS\"\nmessage = \"Oops.\"\n";
/// let head = EnumHead::named("MyError").unwrap();
/// let opts = Options::default();
/// let out = expand_spec(Sources::spec("spec.toml", source), &head, &opts);
/// assert!(out.diagnostics.is_empty());
/// assert!(out.tokens.to_string().contains("Oops"));
///
/// let out = expand_spec(Sources::spec("spec.toml", "[[error]]\n"), &head, &opts);
/// assert!(out.render().contains(" --> spec.toml:1:1"));
/// ```
pub fn expand_spec<'a>(sources: Sources<'a>, head: &EnumHead, opts: &Options<'_>) -> Expansion<'a> {
    let (spec_name, source) = sources.spec;
    let parsed = Spec::parse_best_effort(source, sources.overlay.map(|(_, text)| text));
    Expansion {
        tokens: generate(head, &parsed.spec, spec_name, opts),
        diagnostics: parsed.diagnostics,
        sources,
    }
}

/// Every problem rendered like rustc's ([`Diagnostic::render_in`]), separated by blank lines.
pub fn render(diagnostics: &[Diagnostic], sources: &Sources<'_>) -> String {
    let mut rendered = String::new();
    for (i, d) in diagnostics.iter().enumerate() {
        if i > 0 {
            rendered.push('\n');
        }
        rendered.push_str(&d.render_in(sources));
    }
    rendered
}
