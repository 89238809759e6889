//! The checked spec: only valid values, ready for code generation (and for the CLI's
//! listings and diffs).

use crate::diag::Diagnostic;

/// A spec that passed every check in `check.rs`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Spec {
    /// The `[link]` settings, defaults filled in.
    pub link: Link,
    /// The codes, in spec order (the enum's variant order).
    pub errors: Vec<ErrorDef>,
    /// On-screen errors without a code (`[[screen]]`).
    pub screens: Vec<ScreenDef>,
}

/// How the link page and the redirect are spelled.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Link {
    /// Base URL of the link page, if the spec gives one.
    pub url: Option<String>,
    /// Query parameter of the token (default `token`).
    pub token_param: String,
    /// Query parameter of the rollback list (default `rollback`).
    pub rollback_param: String,
    /// Rollback value that redirects every error (default `true`).
    pub rollback_all: String,
    /// Separator of the rollback list (default `,`).
    pub separator: String,
    /// Query parameter of the code on the redirect (default `error`).
    pub error_param: String,
    /// Further parameter names extra link parameters may not use (default none).
    pub reserved: Vec<String>,
}

impl Default for Link {
    fn default() -> Self {
        Self {
            url: None,
            token_param: "token".into(),
            rollback_param: "rollback".into(),
            rollback_all: "true".into(),
            separator: ",".into(),
            error_param: "error".into(),
            reserved: Vec::new(),
        }
    }
}

/// One error code.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ErrorDef {
    /// The wire string.
    pub code: String,
    /// The description (the `Display` text).
    pub message: String,
    /// The Rust variant name: a valid identifier, unique in the spec.
    pub variant: String,
    /// Extra wire strings accepted when parsing.
    pub aliases: Vec<String>,
    /// `Some(None)` for a plain `#[deprecated]`, `Some(Some(note))` with a note.
    pub deprecated: Option<Option<String>>,
    /// Heading shown on the vendor's screen.
    pub screen_title: Option<String>,
    /// Text shown on the vendor's screen.
    pub screen_text: Option<String>,
    /// Whether this code, in the rollback list, arms the EXIT button.
    pub exit_button: bool,
    /// Line of the `code` key in the spec (1-based), for the variant's docs.
    pub line: usize,
}

/// An on-screen error without a code.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ScreenDef {
    /// Its name in the spec.
    pub name: String,
    /// Heading, if any.
    pub title: Option<String>,
    /// Text.
    pub text: String,
    /// Line of the `name` key in the spec (1-based).
    pub line: usize,
}

/// The outcome of reading a spec: the valid part, and every problem found.
///
/// When `diagnostics` is not empty the spec is best-effort (entries with problems left out),
/// good for generating an enum that keeps follow-on errors away, not for use.
#[derive(Debug, Clone)]
pub struct Parsed {
    /// What passed the checks.
    pub spec: Spec,
    /// Every problem, in the order they occur in the file.
    pub diagnostics: Vec<Diagnostic>,
}

impl Spec {
    /// Reads and checks a spec's text.
    ///
    /// # Errors
    /// Every problem in the spec, in file order.
    pub fn parse(source: &str) -> Result<Self, Vec<Diagnostic>> {
        let parsed = Self::parse_best_effort(source);
        if parsed.diagnostics.is_empty() {
            Ok(parsed.spec)
        } else {
            Err(parsed.diagnostics)
        }
    }

    /// Reads and checks a spec's text, keeping what is valid even when something is not.
    pub fn parse_best_effort(source: &str) -> Parsed {
        let mut diagnostics = Vec::new();
        let raw = crate::raw::read(source, &mut diagnostics);
        let spec = crate::check::check(source, raw, &mut diagnostics);
        diagnostics.sort_by_key(|d| (d.span.start, d.span.end));
        Parsed { spec, diagnostics }
    }

    /// The code marked `exit_button = true`, if any.
    pub fn exit_code(&self) -> Option<&ErrorDef> {
        self.errors.iter().find(|e| e.exit_button)
    }
}
