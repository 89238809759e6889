//! The spec format, described once: every table and key of a spec and of an overlay, what its
//! value is, whether it is required, what it defaults to, what it means and what changing it
//! means to `link-errors diff`.
//!
//! Everything that knows keys reads this: the reader (`raw.rs`: which keys a table has, what
//! type each value must be, the unknown-key check and its "did you mean"), the checks (the
//! built-in keys a field may not take, the keys an overlay may set), the CLI's `diff` and
//! `codes`, and SPEC.md's key tables ([`markdown`], held equal to SPEC.md by a test). The data
//! is plain `const`s, so reading it costs nothing at run time.
//!
//! Adding a key is adding an entry here, its use in the model and in generation, and its
//! tests: see `docs/contributing.md`.

use core::fmt::Write as _;

/// Which files a key may be written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Files {
    /// The vendor's spec only.
    Spec,
    /// The application's overlay only.
    Overlay,
    /// Either, or both where the key's own rules allow it.
    Both,
}

impl Files {
    /// Whether a key of these files may be written in `file`.
    pub fn allow(self, file: crate::codegen::File) -> bool {
        match (self, file) {
            (Self::Both, _) | (Self::Spec, crate::codegen::File::Spec) => true,
            (Self::Overlay, f) => f == crate::codegen::File::Overlay,
            (Self::Spec, crate::codegen::File::Overlay) => false,
        }
    }

    fn describe(self) -> &'static str {
        match self {
            Self::Spec => "spec",
            Self::Overlay => "overlay",
            Self::Both => "spec or overlay",
        }
    }
}

/// What a key's value must be.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Type {
    /// A string.
    String,
    /// `true` or `false`.
    Bool,
    /// An integer (an HTTP status, say).
    Integer,
    /// An array of strings.
    Strings,
    /// A text: a string in the first locale, or a table of locale → string. Translatable.
    Text,
    /// `deprecated`: a string (the note) or `true`.
    NoteOrTrue,
    /// The name of a field type (`bool`, `u16`, `text`, ...).
    FieldType,
    /// A value of the field's own type: what it must be depends on the declaration.
    FieldValue,
    /// A table (`[link]`).
    Table(&'static Table),
    /// An array of tables (`[[error]]`).
    Tables(&'static Table),
    /// A table of tables named by their key (`[fields.NAME]`, `[codes.CODE]`).
    Named(&'static Table),
}

impl Type {
    /// The type as SPEC.md names it.
    pub fn describe(self) -> &'static str {
        match self {
            Self::String => "string",
            Self::Bool => "bool",
            Self::Integer => "integer",
            Self::Strings => "array of strings",
            Self::Text => "text",
            Self::NoteOrTrue => "string or `true`",
            Self::FieldType => "type name",
            Self::FieldValue => "the field's type",
            Self::Table(_) => "table",
            Self::Tables(_) => "array of tables",
            Self::Named(_) => "tables by name",
        }
    }

    /// What a value must be, for "`key` in TABLE must be ..., found ..." messages; `None` for
    /// a value whose type depends on a declaration.
    pub fn expected(self, key: &str) -> Option<String> {
        Some(match self {
            Self::String | Self::FieldType => "a string".to_owned(),
            Self::Bool => "`true` or `false`".to_owned(),
            Self::Integer => "an integer".to_owned(),
            Self::Strings => "an array of strings".to_owned(),
            Self::Text => "a string or a table of locale = \"text\"".to_owned(),
            Self::NoteOrTrue => "a string (the note) or `true`".to_owned(),
            Self::Table(_) | Self::Named(_) => format!("a table (`[{key}]`)"),
            Self::Tables(_) => format!("`[[{key}]]` tables"),
            Self::FieldValue => return None,
        })
    }
}

/// What a change of the key's value means to `link-errors diff`, which compares two versions
/// of a spec.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Diff {
    /// Entries are matched across the versions by it: a changed one is an entry removed and
    /// one added (or a rename).
    Identity,
    /// Shown as a change, and breaking when it changes the set of the enum's variant names.
    Variants,
    /// Shown as a change; never breaking.
    Shown,
    /// Breaking: the field's accessor returns another type.
    Accessor,
    /// Decides whether a new field must be set on every code, which breaks an overlay that
    /// does not set it.
    Requirement,
    /// The table's entries are compared by their own keys.
    Entries,
    /// Not compared.
    Ignored,
}

impl Diff {
    fn describe(self) -> &'static str {
        match self {
            Self::Identity => "matches entries across versions",
            Self::Variants => "shown; breaking when variant names change",
            Self::Shown => "shown",
            Self::Accessor => "breaking (accessor type)",
            Self::Requirement => "breaking when a new field becomes required",
            Self::Entries => "compared entry by entry",
            Self::Ignored => "not compared",
        }
    }
}

/// One key of a table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Key {
    /// The key as written.
    pub name: &'static str,
    /// Which files may have it.
    pub files: Files,
    /// What its value must be.
    pub ty: Type,
    /// Whether every table of its kind must have it.
    pub required: bool,
    /// Its default as TOML would write it, if it has one: `true`, `false`, a number, a
    /// basic string or `[]`, each of which JSON writes the same way (so an editor schema can
    /// carry it as it is).
    pub default: Option<&'static str>,
    /// What it means: one line, shown in SPEC.md and by editors.
    pub doc: &'static str,
    /// What changing it means to `link-errors diff`.
    pub diff: Diff,
}

impl Key {
    /// Whether its value may be given per locale.
    pub fn translatable(&self) -> bool {
        self.ty == Type::Text
    }
}

/// A table of the format.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Table {
    /// How the docs write its header (`[[error]]`), or `top level`.
    pub header: &'static str,
    /// What it is, one line.
    pub doc: &'static str,
    /// Its built-in keys, in the order messages list them.
    pub keys: &'static [Key],
    /// Whether the declared fields may be set in it besides its built-in keys.
    pub takes_fields: bool,
}

impl Table {
    /// The key named `name`.
    pub fn key(&self, name: &str) -> Option<&'static Key> {
        self.keys.iter().find(|k| k.name == name)
    }

    /// The names of the keys `file` may write, in order.
    pub fn names_in(&self, file: crate::codegen::File) -> Vec<&'static str> {
        let mut names = Vec::with_capacity(self.keys.len());
        for k in self.keys {
            if k.files.allow(file) {
                names.push(k.name);
            }
        }
        names
    }

    /// The names of every built-in key, in order, as strings of their own.
    pub(crate) fn owned_names(&self) -> Vec<String> {
        let mut names = Vec::with_capacity(self.keys.len());
        for k in self.keys {
            names.push(k.name.to_owned());
        }
        names
    }

    /// The names of every built-in key, in order.
    pub fn names(&self) -> impl Iterator<Item = &'static str> {
        self.keys.iter().map(|k| k.name)
    }

    /// Whether `name` is a built-in key.
    pub fn has(&self, name: &str) -> bool {
        self.key(name).is_some()
    }
}

const fn key(name: &'static str, ty: Type, doc: &'static str) -> Key {
    Key {
        name,
        files: Files::Spec,
        ty,
        required: false,
        default: None,
        doc,
        diff: Diff::Shown,
    }
}

const fn required(mut k: Key) -> Key {
    k.required = true;
    k
}

const fn default(mut k: Key, value: &'static str) -> Key {
    k.default = Some(value);
    k
}

const fn files(mut k: Key, files: Files) -> Key {
    k.files = files;
    k
}

const fn diff(mut k: Key, diff: Diff) -> Key {
    k.diff = diff;
    k
}

/// The top level of a spec or an overlay.
pub const TOP: Table = Table {
    header: "top level",
    doc: "The file itself.",
    takes_fields: false,
    keys: &[
        diff(
            files(
                key(
                    "locales",
                    Type::Strings,
                    "The languages of the texts, as BCP 47 tags (`en`, `es`, `pt-BR`). The first \
                     is the language of plain strings, of `message()`, `Display`, \
                     `screen_title()`, `screen_text()`, `SCREEN_ONLY` and `NAME()`. In the spec \
                     or the overlay; the same in both, if in both.",
                ),
                Files::Both,
            ),
            Diff::Ignored,
        ),
        diff(
            files(
                default(
                    key(
                        "allow_untranslated",
                        Type::Bool,
                        "`true`: a missing translation falls back to the first locale's text \
                         instead of failing the build. Meant for the time between a vendor's new \
                         code and its translation.",
                    ),
                    "false",
                ),
                Files::Both,
            ),
            Diff::Ignored,
        ),
        diff(
            files(
                key(
                    "fields",
                    Type::Named(&FIELD),
                    "Typed values every code can have, one `[fields.NAME]` table each; a field \
                     is declared in one file only.",
                ),
                Files::Both,
            ),
            Diff::Entries,
        ),
        diff(
            key(
                "link",
                Type::Table(&LINK),
                "How the link page and the redirect are spelled.",
            ),
            Diff::Entries,
        ),
        diff(
            key(
                "error",
                Type::Tables(&ERROR),
                "One `[[error]]` table per code, in the enum's order.",
            ),
            Diff::Entries,
        ),
        diff(
            key(
                "screen",
                Type::Tables(&SCREEN),
                "Errors shown on the vendor's screen that have no code.",
            ),
            Diff::Entries,
        ),
        diff(
            files(
                key(
                    "problem",
                    Type::Table(&PROBLEM),
                    "How an HTTP API answers with the codes: problem details (RFC 9457), in \
                     the spec or the overlay (one of them).",
                ),
                Files::Both,
            ),
            Diff::Ignored,
        ),
        diff(
            files(
                key(
                    "codes",
                    Type::Named(&CODE),
                    "Values and translations for the spec's codes, one `[codes.CODE]` table each.",
                ),
                Files::Overlay,
            ),
            Diff::Ignored,
        ),
        diff(
            files(
                key(
                    "screens",
                    Type::Named(&SCREEN_TEXTS),
                    "Translations for the spec's `[[screen]]`s, one `[screens.NAME]` table each.",
                ),
                Files::Overlay,
            ),
            Diff::Ignored,
        ),
    ],
};

/// `[link]`.
pub const LINK: Table = Table {
    header: "[link]",
    doc: "How the link page and the redirect are spelled. Optional; every key has a default.",
    takes_fields: false,
    keys: &[
        key(
            "url",
            Type::String,
            "Base URL of the link page, an absolute `http(s)` URL with a host, whose query does \
             not already set a link parameter or reserved name. Without it, a `LinkUrl` needs \
             `.base(url)`.",
        ),
        default(
            key(
                "token_param",
                Type::String,
                "Query parameter that carries the link token.",
            ),
            "\"token\"",
        ),
        default(
            key(
                "rollback_param",
                Type::String,
                "Query parameter that carries the rollback list.",
            ),
            "\"rollback\"",
        ),
        default(
            key(
                "rollback_all",
                Type::String,
                "Rollback value that redirects every error. It may not be spelled like a code.",
            ),
            "\"true\"",
        ),
        default(
            key(
                "separator",
                Type::String,
                "Separator of the codes in the rollback list: any characters but those codes \
                 can contain (letters, digits, `_`, `-`, `.`), `%` and control characters. \
                 `\" \"` separates by spaces (`+` in a URL).",
            ),
            "\",\"",
        ),
        default(
            key(
                "error_param",
                Type::String,
                "Query parameter that carries the code on the redirect.",
            ),
            "\"error\"",
        ),
        default(
            key(
                "reserved",
                Type::Strings,
                "More parameter names the vendor reserves: extra link parameters may not use them \
                 (the token, rollback and error parameters are always reserved).",
            ),
            "[]",
        ),
    ],
};

/// `[problem]`: problem details (RFC 9457) for the codes, and for the answers without one.
pub const PROBLEM: Table = Table {
    header: "[problem]",
    doc: "How an HTTP API answers with the codes: problem details (RFC 9457).",
    takes_fields: false,
    keys: &[
        problem(required(key(
            "status_field",
            Type::String,
            "The field that gives each code's HTTP status: a `u16` field that every code has (not \
             `optional`), each value 400 to 599.",
        ))),
        problem(key(
            "detail_field",
            Type::String,
            "The field that gives each code's `detail`: a `text` field (or a `string` one). \
             Without it, a code's problem has no `detail`.",
        )),
        problem(default(
            key(
                "type",
                Type::String,
                "The `type` URI of a code's problem: an absolute URI in which `{code}` stands for \
                 the code (`https://errors.example/{code}`), or `about:blank`.",
            ),
            "\"about:blank\"",
        )),
        problem(default(
            key(
                "unknown_status",
                Type::Integer,
                "The status for a code the spec does not have (newer than the spec), 400 to 599.",
            ),
            "502",
        )),
        problem(default(
            key(
                "unknown_title",
                Type::Text,
                "The `title` for a code the spec does not have.",
            ),
            "\"Unknown error\"",
        )),
        problem(key(
            "unknown_detail",
            Type::Text,
            "The `detail` for a code the spec does not have; none without it.",
        )),
        problem(default(
            key(
                "malformed_status",
                Type::Integer,
                "The status for a callback the strict parser refuses, 400 to 599.",
            ),
            "400",
        )),
        problem(default(
            key(
                "malformed_title",
                Type::Text,
                "The `title` for a callback the strict parser refuses.",
            ),
            "\"Invalid callback\"",
        )),
        problem(key(
            "malformed_detail",
            Type::Text,
            "The `detail` for a callback the strict parser refuses; none without it.",
        )),
    ],
};

/// A key of `[problem]`: in the spec or the overlay, and not compared by `diff` (it changes
/// HTTP answers, not the enum's API).
const fn problem(k: Key) -> Key {
    diff(files(k, Files::Both), Diff::Ignored)
}

/// `[[error]]`: one code.
pub const ERROR: Table = Table {
    header: "[[error]]",
    doc: "One table per code.",
    takes_fields: true,
    keys: &[
        diff(
            required(key(
                "code",
                Type::String,
                "The wire string, as sent in `rollback` and received in `error`: a non-empty \
                 string of ASCII letters, digits, `_`, `-` and `.` (`INVALID_SCA`, \
                 `invalid_request`, `oauth-error`, `v1.timeout`). Unique in the spec, aliases \
                 included.",
            )),
            Diff::Identity,
        ),
        required(key(
            "message",
            Type::Text,
            "The description: the variant's doc, `message()` and `Display`. Not empty.",
        )),
        diff(
            key(
                "variant",
                Type::String,
                "The Rust variant name. Default: the code in UpperCamelCase (`INVALID_SCA` → \
                 `InvalidSca`, `oauth-error` → `OauthError`). Needed when that is not an \
                 identifier (`404`, `SELF`) or when two codes give the same name (`A_B` and \
                 `a-b`); the build says so and suggests one.",
            ),
            Diff::Variants,
        ),
        key(
            "aliases",
            Type::Strings,
            "More wire strings `from_code`/`FromStr`/serde accept for this code (an old spelling, \
             say). Never produced: `code()` is always `code`.",
        ),
        key(
            "deprecated",
            Type::NoteOrTrue,
            "`\"note\"` or `true`: the variant gets `#[deprecated(note = \"note\")]`, so uses of \
             it warn. The generated code itself does not.",
        ),
        key(
            "screen_title",
            Type::Text,
            "The heading the vendor's page shows for this error. Needs `screen_text`.",
        ),
        key(
            "screen_text",
            Type::Text,
            "The text the vendor's page shows for this error (paragraphs separated by a blank \
             line).",
        ),
        default(
            key(
                "exit_button",
                Type::Bool,
                "`true` on the one code that arms the EXIT button (Flanks: `ABORTED_BY_USER`): \
                 when it is in the rollback list, every error that is not itself redirected shows \
                 an EXIT button, and pressing it redirects with this code. At most one code.",
            ),
            "false",
        ),
    ],
};

/// `[[screen]]`: an error shown on screen that has no code.
pub const SCREEN: Table = Table {
    header: "[[screen]]",
    doc: "An error shown on the vendor's screen that has no code.",
    takes_fields: false,
    keys: &[
        diff(
            required(key(
                "name",
                Type::String,
                "How code refers to it; unique among screens.",
            )),
            Diff::Identity,
        ),
        key("title", Type::Text, "Its heading, if the screen has one."),
        required(key("text", Type::Text, "What the screen says.")),
    ],
};

/// `[fields.NAME]`: a field's declaration.
pub const FIELD: Table = Table {
    header: "[fields.NAME]",
    doc: "A typed value every code can have.",
    takes_fields: false,
    keys: &[
        diff(
            files(
                required(key(
                    "type",
                    Type::FieldType,
                    "`bool`, `u8`, `u16`, `u32`, `u64`, `i32`, `i64`, `f64` (a finite number: \
                     `1.5`, or an integer), `string` (one value in every locale) or `text` \
                     (translated like a message).",
                )),
                Files::Both,
            ),
            Diff::Accessor,
        ),
        diff(
            files(
                key(
                    "default",
                    Type::FieldValue,
                    "The value of a code that does not set the field. Without it (and without \
                     `optional`), every code must set it.",
                ),
                Files::Both,
            ),
            Diff::Requirement,
        ),
        diff(
            files(
                default(
                    key(
                        "optional",
                        Type::Bool,
                        "`true`: a code may leave it unset, and the accessor returns an \
                         `Option`. Not together with `default`.",
                    ),
                    "false",
                ),
                Files::Both,
            ),
            Diff::Accessor,
        ),
        diff(
            files(
                key(
                    "one_of",
                    Type::Strings,
                    "For `string` fields: the values allowed. The accessor then returns an enum of \
                     them (`<Enum><Field>`, a variant per value in UpperCamelCase).",
                ),
                Files::Both,
            ),
            Diff::Accessor,
        ),
        diff(
            files(
                key(
                    "doc",
                    Type::String,
                    "What the field means: the accessor's documentation.",
                ),
                Files::Both,
            ),
            Diff::Ignored,
        ),
    ],
};

/// `[codes.CODE]` of an overlay: values and translations for one of the spec's codes.
pub const CODE: Table = Table {
    header: "[codes.CODE]",
    doc: "Values and translations for one of the spec's codes: any declared field, and its texts.",
    takes_fields: true,
    keys: &[
        overlay_text("message", "The code's message, as in `[[error]]`."),
        overlay_text(
            "screen_title",
            "The code's screen heading, as in `[[error]]`.",
        ),
        overlay_text("screen_text", "The code's screen text, as in `[[error]]`."),
    ],
};

/// `[screens.NAME]` of an overlay: translations for one of the spec's `[[screen]]`s.
pub const SCREEN_TEXTS: Table = Table {
    header: "[screens.NAME]",
    doc: "Translations for one of the spec's `[[screen]]`s.",
    takes_fields: false,
    keys: &[
        overlay_text("title", "The screen's heading, as in `[[screen]]`."),
        overlay_text("text", "The screen's text, as in `[[screen]]`."),
    ],
};

const fn overlay_text(name: &'static str, doc: &'static str) -> Key {
    diff(
        files(key(name, Type::Text, doc), Files::Overlay),
        Diff::Ignored,
    )
}

/// Every table, the top level first.
pub const TABLES: &[&Table] = &[
    &TOP,
    &LINK,
    &PROBLEM,
    &ERROR,
    &SCREEN,
    &FIELD,
    &CODE,
    &SCREEN_TEXTS,
];

/// The names of the items the generated enum's inherent `impl` has, in the order generation
/// emits them. A variant or a field may not take one (a field's accessor would clash with it);
/// a test in `expand.rs` holds the list equal to the emitted tokens.
pub(crate) const GENERATED_ITEMS: &[&str] = &[
    "ALL",
    "COUNT",
    "CODES",
    "EXIT_CODE",
    "SCREEN_ONLY",
    "index",
    "from_index",
    "code",
    "message",
    "aliases",
    "screen",
    "screen_title",
    "screen_text",
    "from_code",
    "LOCALES",
    "message_in",
    "screen_title_in",
    "screen_text_in",
    "screen_only_in",
];

/// Methods of the traits the enum implements (and of `ToString`, which `Display` brings): an
/// inherent accessor of that name would shadow them, so a field may not take one.
pub(crate) const TRAIT_METHODS: &[&str] = &[
    "clone",
    "clone_from",
    "eq",
    "ne",
    "cmp",
    "partial_cmp",
    "lt",
    "le",
    "gt",
    "ge",
    "max",
    "min",
    "clamp",
    "hash",
    "fmt",
    "to_string",
    "as_ref",
    "from_str",
    "try_from",
    "source",
    "description",
    "cause",
    "provide",
    "serialize",
    "deserialize",
];

/// SPEC.md's table of `table`'s keys: each key's name, type, whether it is required (or its
/// default), the files it may be in, what `link-errors diff` does with a change of it, and
/// what it means.
pub fn markdown(table: &Table) -> String {
    let mut out = String::from(
        "| key | type | required | in | `diff` | meaning |\n|---|---|---|---|---|---|\n",
    );
    for k in table.keys {
        let ty = match k.ty {
            Type::Table(t) | Type::Tables(t) | Type::Named(t) => format!("`{}`", t.header),
            Type::Text => "text (translatable)".to_owned(),
            other => other.describe().to_owned(),
        };
        let required = match (k.required, k.default) {
            (true, _) => "yes".to_owned(),
            (false, Some(d)) => format!("no (default `{d}`)"),
            (false, None) => "no".to_owned(),
        };
        let _ = writeln!(
            out,
            "| `{}` | {ty} | {required} | {} | {} | {} |",
            k.name,
            k.files.describe(),
            k.diff.describe(),
            k.doc.replace('|', "\\|"),
        );
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_table_is_reachable_from_the_top_once() {
        fn walk(t: &'static Table, seen: &mut Vec<&'static str>) {
            assert!(!seen.contains(&t.header), "{} reached twice", t.header);
            seen.push(t.header);
            for k in t.keys {
                if let Type::Table(inner) | Type::Tables(inner) | Type::Named(inner) = k.ty {
                    walk(inner, seen);
                }
            }
        }
        let mut seen = Vec::new();
        walk(&TOP, &mut seen);
        let all: Vec<_> = TABLES.iter().map(|t| t.header).collect();
        assert_eq!(seen.len(), all.len());
        for h in all {
            assert!(seen.contains(&h), "{h} is not reachable from the top level");
        }
    }

    #[test]
    fn keys_are_unique_and_documented() {
        for t in TABLES {
            for (i, k) in t.keys.iter().enumerate() {
                assert!(
                    !t.keys[..i].iter().any(|o| o.name == k.name),
                    "{} twice in {}",
                    k.name,
                    t.header
                );
                assert!(!k.doc.is_empty() && !k.doc.contains('\n'), "{}", k.name);
                assert!(
                    !(k.required && k.default.is_some()),
                    "{} is required and has a default",
                    k.name
                );
            }
        }
    }

    #[test]
    fn defaults_are_written_as_json_writes_them() {
        for t in TABLES {
            for k in t.keys {
                let Some(d) = k.default else { continue };
                let string = d.len() >= 2
                    && d.starts_with('"')
                    && d.ends_with('"')
                    && !d[1..d.len() - 1].contains(['"', '\\']);
                assert!(
                    string || ["true", "false", "[]"].contains(&d) || d.parse::<i64>().is_ok(),
                    "the default of `{}` is not a value TOML and JSON write alike: {d}",
                    k.name
                );
            }
        }
    }

    #[test]
    fn the_type_key_names_every_field_type() {
        let doc = FIELD.key("type").map_or("", |k| k.doc);
        for (name, _) in crate::codegen::FieldType::ALL {
            assert!(
                doc.contains(&format!("`{name}`")),
                "the doc of `type` in [fields.NAME] does not name `{name}`"
            );
        }
    }

    #[test]
    fn the_top_level_differs_by_file() {
        assert_eq!(
            TOP.names_in(crate::codegen::File::Spec),
            [
                "locales",
                "allow_untranslated",
                "fields",
                "link",
                "error",
                "screen",
                "problem"
            ]
        );
        assert_eq!(
            TOP.names_in(crate::codegen::File::Overlay),
            [
                "locales",
                "allow_untranslated",
                "fields",
                "problem",
                "codes",
                "screens"
            ]
        );
    }

    #[test]
    fn an_overlay_sets_the_texts_of_a_code() {
        // Every text of `[[error]]` can be translated in `[codes.CODE]`, and nothing else.
        let texts: Vec<_> = ERROR
            .keys
            .iter()
            .filter(|k| k.translatable())
            .map(|k| k.name)
            .collect();
        assert_eq!(CODE.names().collect::<Vec<_>>(), texts);
        let screen: Vec<_> = SCREEN
            .keys
            .iter()
            .filter(|k| k.translatable())
            .map(|k| k.name)
            .collect();
        assert_eq!(SCREEN_TEXTS.names().collect::<Vec<_>>(), screen);
    }
}
