//! The checked spec: only valid values, ready for code generation (and for the CLI's
//! listings and diffs).

use link_errors_wire::link;

/// A spec that passed every check in `check.rs`. Plain data: reading and checking a spec
/// happen in the pipeline ([`Spec::parse_strict`], [`Spec::parse_best_effort`]).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Spec {
    /// The declared locales (BCP 47 tags), the language of plain strings first; empty when
    /// none are declared.
    pub locales: Vec<String>,
    /// The declared fields, spec's first, then the overlay's, each in file order.
    pub fields: Vec<FieldDef>,
    /// The `[link]` settings, defaults filled in.
    pub link: Link,
    /// The codes, in spec order (the enum's variant order).
    pub errors: Vec<ErrorDef>,
    /// On-screen errors without a code (`[[screen]]`).
    pub screens: Vec<ScreenDef>,
    /// How an HTTP API answers with the codes (`[problem]`), if either file says.
    pub problem: Option<Problem>,
}

/// `[problem]`: problem details (RFC 9457) for the codes and for the answers without one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// The `u16` field that gives each code's status (every code has a value, 400 to 599).
    pub status_field: String,
    /// The `text` or `string` field that gives each code's `detail`, if any.
    pub detail_field: Option<String>,
    /// `about:blank`, or an absolute URI in which `{code}` stands for the code.
    pub type_uri: String,
    /// The answer for a code the spec does not have.
    pub unknown: ProblemAnswer,
    /// The answer for a callback the strict parser refuses.
    pub malformed: ProblemAnswer,
}

/// An answer of `[problem]` that has no code of the spec.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProblemAnswer {
    /// The HTTP status, 400 to 599.
    pub status: u16,
    /// The `title`, one per locale (one when none are declared).
    pub title: Vec<String>,
    /// The `detail`, one per locale, if given.
    pub detail: Option<Vec<String>>,
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
            token_param: link::TOKEN_PARAM.into(),
            rollback_param: link::ROLLBACK_PARAM.into(),
            rollback_all: link::ROLLBACK_ALL.into(),
            separator: link::SEPARATOR.into(),
            error_param: link::ERROR_PARAM.into(),
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
    /// The texts in the locales after the first: `translations[i]` is `locales[i + 1]`'s.
    pub translations: Vec<Translation>,
    /// The value of each field of [`Spec::fields`], in that order.
    pub values: Vec<FieldValue>,
}

/// A code's texts in one locale.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Translation {
    /// The message.
    pub message: String,
    /// The screen's heading, if the code has one.
    pub screen_title: Option<String>,
    /// The screen's text, if the code has one.
    pub screen_text: Option<String>,
}

/// A screen-only error's texts in one locale.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ScreenTranslation {
    /// Heading, if any.
    pub title: Option<String>,
    /// Text.
    pub text: String,
}

/// A field declared in `[fields.NAME]`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldDef {
    /// Its name: the accessor's name.
    pub name: String,
    /// Its type.
    pub ty: FieldType,
    /// Whether a code may leave it unset (the accessor returns an `Option`).
    pub optional: bool,
    /// The value of a code that does not set it, if any.
    pub default: Option<FieldValue>,
    /// For `string` fields: the values allowed (empty: any).
    pub one_of: Vec<String>,
    /// What it means, for the accessor's docs.
    pub doc: Option<String>,
    /// Where it is declared.
    pub declared_in: crate::codegen::File,
}

/// The type of a field.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FieldType {
    /// `bool`.
    Bool,
    /// `u8`.
    U8,
    /// `u16`.
    U16,
    /// `u32`.
    U32,
    /// `u64`.
    U64,
    /// `i32`.
    I32,
    /// `i64`.
    I64,
    /// `f64`: a TOML float (or integer), finite.
    F64,
    /// `&'static str`, one value in every locale.
    String,
    /// `&'static str` with a translation per locale.
    Text,
}

impl FieldType {
    /// Every type, by the name a spec gives it.
    pub const ALL: [(&'static str, Self); 10] = [
        ("bool", Self::Bool),
        ("u8", Self::U8),
        ("u16", Self::U16),
        ("u32", Self::U32),
        ("u64", Self::U64),
        ("i32", Self::I32),
        ("i64", Self::I64),
        ("f64", Self::F64),
        ("string", Self::String),
        ("text", Self::Text),
    ];

    /// The names of [`ALL`](Self::ALL), in that order.
    pub(crate) const NAMES: [&'static str; 10] = {
        let mut names = [""; 10];
        let mut i = 0;
        while i < names.len() {
            names[i] = Self::ALL[i].0;
            i += 1;
        }
        names
    };

    /// The type's name in a spec.
    pub fn name(self) -> &'static str {
        for &(n, t) in &Self::ALL {
            if t == self {
                return n;
            }
        }
        ""
    }

    /// The type named `name` in a spec.
    pub fn from_name(name: &str) -> Option<Self> {
        for &(n, t) in &Self::ALL {
            if n == name {
                return Some(t);
            }
        }
        None
    }

    /// The smallest and largest value of an integer type.
    pub fn range(self) -> Option<(i128, i128)> {
        Some(match self {
            Self::U8 => (0, u8::MAX.into()),
            Self::U16 => (0, u16::MAX.into()),
            Self::U32 => (0, u32::MAX.into()),
            Self::U64 => (0, u64::MAX.into()),
            Self::I32 => (i32::MIN.into(), i32::MAX.into()),
            Self::I64 => (i64::MIN.into(), i64::MAX.into()),
            Self::Bool | Self::F64 | Self::String | Self::Text => return None,
        })
    }
}

/// A field's value on one code.
#[derive(Debug, Clone, PartialEq)]
pub enum FieldValue {
    /// A `bool` field's.
    Bool(bool),
    /// An integer field's, within its type's range.
    Int(i128),
    /// An `f64` field's: finite (the check refuses `inf` and `nan`).
    Float(f64),
    /// A `string` field's.
    Str(String),
    /// A `text` field's, one per locale (the first locale's first; one when no locales are
    /// declared).
    Text(Vec<String>),
    /// An optional field the code does not set.
    Absent,
}

/// Equality is an equivalence: a `Float` is never NaN.
impl Eq for FieldValue {}

impl core::fmt::Display for FieldValue {
    /// As it would be written in the spec (a text in its first locale).
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        match self {
            Self::Bool(b) => write!(f, "{b}"),
            Self::Int(i) => write!(f, "{i}"),
            // `{:?}` writes a float as TOML reads it back: `1.5`, `2.0`, `1e300`.
            Self::Float(x) => write!(f, "{x:?}"),
            Self::Str(s) => write!(f, "{s:?}"),
            Self::Text(t) => write!(f, "{:?}", t.first().map_or("", String::as_str)),
            Self::Absent => f.write_str("none"),
        }
    }
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
    /// The texts in the locales after the first: `translations[i]` is `locales[i + 1]`'s.
    pub translations: Vec<ScreenTranslation>,
}

impl Spec {
    /// How many texts each text has: the declared locales, or one.
    pub fn locale_count(&self) -> usize {
        self.locales.len().max(1)
    }

    /// The code marked `exit_button = true`, if any.
    pub fn exit_code(&self) -> Option<&ErrorDef> {
        self.errors.iter().find(|e| e.exit_button)
    }
}
