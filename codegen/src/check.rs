//! The rules of a spec: raw values in, a checked [`Spec`] out.
//!
//! Policy: what a value *is* (a string, a bool, a known key) is checked while reading
//! (`raw.rs`); every rule about what values mean, alone or together, is a function here with one
//! paragraph above it saying the rule and why it exists. [`check`] calls them in file order.
//! Adding a rule is adding a function and a call.
//!
//! Best effort: a rule reports its problem and returns what is still usable, so the caller can
//! generate an enum that keeps follow-on errors away. An entry whose `code` is valid keeps its
//! variant whatever else is wrong in it (a missing message becomes an empty one); only an entry
//! without a usable code or variant name is left out.

mod fields;
mod overlay;
mod texts;

use std::collections::hash_map::Entry;
use std::collections::{HashMap, HashSet};
use std::ops::Range;

use link_errors_wire::base_url::{self, BaseUrlError};
use link_errors_wire::code::{ALPHABET, is_code_char};

use crate::diag::{Diagnostic, File, LineStarts};
use crate::expand::GENERATED_ITEMS;
use crate::model::{ErrorDef, FieldDef, Link, ScreenDef, Spec};
use crate::raw::{ERROR_KEYS, RawError, RawLink, RawOverlay, RawScreen, RawSpec, SCREEN_KEYS, Sp};
use crate::suggest::closest;

use self::fields::FieldSlot;
use self::texts::Slot;

/// Checks `raw`, the spec read from `source`, and the overlay read from its text, if any,
/// recording every problem in `diags`.
pub fn check(
    source: &str,
    raw: RawSpec,
    overlay: Option<(&str, RawOverlay)>,
    diags: &mut Vec<Diagnostic>,
) -> Spec {
    let mut cx = Checker {
        lines: LineStarts::new(source),
        diags,
        file: File::Spec,
        wires: HashMap::new(),
        variants: HashMap::new(),
        exit: None,
        locales: Vec::new(),
        allow_untranslated: false,
        locales_disagree: false,
        overlay_only_locales: Vec::new(),
        fields: Vec::new(),
        unusable_fields: HashSet::new(),
        declared_field_names: HashSet::new(),
        field_spans: HashMap::new(),
        quiet: false,
    };
    let (overlay_decls, overlay) = match overlay {
        Some((_, o)) => (o.decls, Some((o.codes, o.screens))),
        None => (crate::raw::RawDecls::default(), None),
    };
    cx.locales(raw.decls.locales, overlay_decls.locales);
    cx.allow_untranslated = [
        raw.decls.allow_untranslated,
        overlay_decls.allow_untranslated,
    ]
    .iter()
    .flatten()
    .any(|b| b.value);
    for f in raw.decls.fields.iter().chain(&overlay_decls.fields) {
        cx.declared_field_names.insert(f.name.value.clone());
    }
    cx.declare_fields(raw.decls.fields, File::Spec);
    cx.declare_fields(overlay_decls.fields, File::Overlay);
    cx.field_items_distinct();
    let link = cx.link(raw.link);
    cx.has_codes(raw.errors.is_empty(), raw.end);
    let mut written = HashSet::new();
    for code in raw.errors.iter().filter_map(|e| e.code.as_ref()) {
        written.insert(code.value.clone());
    }
    let mut errors = Vec::new();
    for (i, e) in raw.errors.into_iter().enumerate() {
        if let Some(pending) = cx.error(&format!("[[error]] #{}", i + 1), e) {
            errors.push(pending);
        }
    }
    cx.rollback_all_is_not_a_code(&link);
    let mut screens = cx.screens(raw.screens);
    if let Some((codes, overlay_screens)) = overlay {
        cx.file = File::Overlay;
        cx.overlay_codes(codes, &mut errors, &written);
        cx.overlay_screens(overlay_screens, &mut screens);
        cx.file = File::Spec;
    }
    let mut spec = Spec {
        locales: cx.locales.clone(),
        fields: cx.fields.clone(),
        link,
        errors: Vec::with_capacity(errors.len()),
        screens: Vec::with_capacity(screens.len()),
    };
    for p in errors {
        spec.errors.push(cx.finish_error(p));
    }
    for s in screens {
        spec.screens.push(cx.finish_screen(s));
    }
    spec
}

/// What the rules share while walking a spec: where lines start, the problems so far, which
/// file is being read, what earlier entries claimed (wire strings, variant names, the EXIT
/// button), and the declarations (locales, fields).
struct Checker<'d> {
    lines: LineStarts,
    diags: &'d mut Vec<Diagnostic>,
    /// The file problems are reported in.
    file: File,
    /// Every code and alias seen, with where.
    wires: HashMap<String, Range<usize>>,
    /// Every variant name given, with its code and where.
    variants: HashMap<String, Sp<String>>,
    /// The code that has `exit_button = true`, if one has.
    exit: Option<Sp<String>>,
    /// The declared locales; empty when none are.
    locales: Vec<String>,
    /// Whether a missing translation falls back to the first locale instead of failing.
    allow_untranslated: bool,
    /// Whether the spec and the overlay declare different `locales` (reported once).
    locales_disagree: bool,
    /// When they do, the locales only the overlay declares.
    overlay_only_locales: Vec<String>,
    /// The usable field declarations.
    fields: Vec<FieldDef>,
    /// The names of every field either file declares, usable or not.
    declared_field_names: HashSet<String>,
    /// Fields declared with a problem: values set for them are not reported again.
    unusable_fields: HashSet<String>,
    /// Where each usable field's name is written (in the file of its `declared_in`).
    field_spans: HashMap<String, Range<usize>>,
    /// Whether "missing" problems (values, translations) are left unsaid, for a code whose
    /// overlay table has a misspelt name: that name's error covers them.
    quiet: bool,
}

/// A code while its values and translations are still coming in (from the spec, then the
/// overlay).
struct Pending {
    def: ErrorDef,
    /// The `[[error]]` table in the spec.
    span: Range<usize>,
    message: Slot,
    screen_title: Slot,
    screen_text: Slot,
    /// One per declared field.
    values: Vec<FieldSlot>,
    /// An overlay table names this code misspelt: what it lacks is not reported again.
    misspelt: bool,
}

/// A screen-only error while its translations are still coming in.
struct PendingScreen {
    def: ScreenDef,
    title: Slot,
    text: Slot,
}

impl Checker<'_> {
    /// Records a problem in the file being read.
    fn push(&mut self, d: Diagnostic) {
        self.diags.push(match self.file {
            File::Spec => d,
            File::Overlay => d.in_overlay(),
        });
    }

    /// One `[[error]]` table: its variant, or `None` when no variant can be made of it.
    fn error(&mut self, what: &str, e: RawError) -> Option<Pending> {
        let known = self.known_keys(ERROR_KEYS);
        let code = self.required(e.code, "code", what, &e.span, &e.keys, &known);
        self.missing(
            e.message.is_some(),
            "message",
            what,
            &e.span,
            &e.keys,
            &known,
        );
        // A code with a character codes cannot have keeps its variant when its name can be
        // made of it (`card declined` gives `CardDeclined`), so uses of it report nothing
        // more; when it cannot, that is not reported on top.
        let code_ok = code.as_ref().is_some_and(|c| self.code_characters(c));
        let code = code.filter(|c| code_ok || !c.value.is_empty());
        let code = code.filter(|c| self.unique_wire(c));
        let mut aliases = Vec::new();
        for a in e.aliases {
            if self.code_characters(&a) && self.unique_wire(&a) {
                aliases.push(a.value);
            }
        }
        let variant = code
            .as_ref()
            .and_then(|c| self.variant_name(c, e.variant, code_ok))
            .filter(|v| self.unique_variant(v, code.as_ref()));
        self.deprecation_says_something(e.deprecated.as_ref());
        self.screen_title_has_text(what, e.screen_title.as_ref(), e.screen_text.as_ref());
        let exit_button = code
            .as_ref()
            .is_some_and(|c| self.one_exit_button(c, e.exit_button));
        let owner = code
            .as_ref()
            .map_or_else(|| what.to_owned(), |c| format!("code `{}`", c.value));
        let mut pending = Pending {
            span: e.span.clone(),
            message: self.slot("message"),
            screen_title: self.slot("screen_title"),
            screen_text: self.slot("screen_text"),
            values: self.field_slots(),
            misspelt: false,
            def: ErrorDef {
                line: 0,
                code: String::new(),
                message: String::new(),
                variant: String::new(),
                aliases,
                deprecated: e.deprecated.map(|d| d.value),
                screen_title: None,
                screen_text: None,
                exit_button,
                translations: Vec::new(),
                values: Vec::new(),
            },
        };
        for (slot, text) in [
            (&mut pending.message, e.message),
            (&mut pending.screen_title, e.screen_title),
            (&mut pending.screen_text, e.screen_text),
        ] {
            if let Some(text) = text {
                self.put_text(slot, text, &owner);
            } else if slot.key == "message" || written_as(&slot.key, &e.keys, &known) {
                // Missing or misspelt here, and reported as such: translations the overlay
                // gives do not make it a missing first-locale translation too.
                slot.excused[0] = true;
            }
        }
        self.set_values(&mut pending.values, e.others, &owner, what, ERROR_KEYS);
        let (code, variant) = (code?, variant?);
        pending.def.line = self.lines.line(code.span.start);
        pending.def.code = code.value;
        pending.def.variant = variant.value;
        Some(pending)
    }

    /// The built-in keys of a table, and the declared fields, which any code may set.
    fn known_keys(&self, builtin: &[&str]) -> Vec<String> {
        let mut known = owned_keys(builtin);
        for f in &self.fields {
            known.push(f.name.clone());
        }
        known
    }

    /// A code's texts and values, complete: translations and required fields checked.
    fn finish_error(&mut self, p: Pending) -> ErrorDef {
        self.quiet = p.misspelt;
        let def = self.finish_error_texts(p);
        self.quiet = false;
        def
    }

    fn finish_error_texts(&mut self, p: Pending) -> ErrorDef {
        let mut def = p.def;
        let owner = format!("code `{}`", def.code);
        let message = self.finish_text(&p.message, &owner);
        let title = self.finish_text(&p.screen_title, &owner);
        let text = self.finish_text(&p.screen_text, &owner);
        let pick = |t: &Option<Vec<String>>, i: usize| t.as_ref().map(|t| t[i].clone());
        def.message = pick(&message, 0).unwrap_or_default();
        def.screen_title = pick(&title, 0);
        def.screen_text = pick(&text, 0);
        def.translations = (1..self.locales.len())
            .map(|i| crate::model::Translation {
                message: pick(&message, i).unwrap_or_default(),
                screen_title: pick(&title, i),
                screen_text: pick(&text, i),
            })
            .collect();
        def.values = self.finish_values(p.values, &owner, &p.span);
        def
    }

    /// A spec without codes generates an enum nothing can be done with.
    fn has_codes(&mut self, empty: bool, end: usize) {
        if empty {
            self.push(
                Diagnostic::new(end..end, "the spec has no `[[error]]` table").help(
                    "add one per code: `[[error]]` with `code = \"...\"` and `message = \"...\"`",
                ),
            );
        }
    }

    /// A required key is there. When a key that is there is a near miss of the missing one
    /// (`mesage` for `message`), the unknown key's own error already says "did you mean", so
    /// this one stays quiet: one typo, one error.
    fn missing(
        &mut self,
        present: bool,
        key: &str,
        what: &str,
        table: &Range<usize>,
        written: &[String],
        known: &[String],
    ) {
        if !present && !written_as(key, written, known) {
            self.push(
                Diagnostic::new(table.clone(), format!("missing `{key}` in {what}"))
                    .help(format!("add `{key} = \"...\"` to this table")),
            );
        }
    }

    /// A required string: there, and not empty.
    fn required(
        &mut self,
        v: Option<Sp<String>>,
        key: &str,
        what: &str,
        table: &Range<usize>,
        written: &[String],
        known: &[String],
    ) -> Option<Sp<String>> {
        self.missing(v.is_some(), key, what, table, written, known);
        self.nonempty(v, key)
    }

    /// An optional string, when given, says something: an empty one is a mistake, not a value.
    fn nonempty(&mut self, v: Option<Sp<String>>, key: &str) -> Option<Sp<String>> {
        let v = v?;
        if v.value.trim().is_empty() {
            self.push(
                Diagnostic::new(v.span, format!("`{key}` is empty"))
                    .help(format!("give `{key}` a value, or remove the key")),
            );
            None
        } else {
            Some(v)
        }
    }

    /// A code or alias is ASCII letters, digits, `_`, `-` and `.`: it travels in a URL query
    /// and in the rollback list.
    fn code_characters(&mut self, wire: &Sp<String>) -> bool {
        let help = format!("codes are {ALPHABET}");
        if wire.value.is_empty() {
            self.push(Diagnostic::new(wire.span.clone(), "empty code").help(&help));
            return false;
        }
        let Some(bad) = wire.value.chars().find(|&c| !is_code_char(c)) else {
            return true;
        };
        self.push(
            Diagnostic::new(
                wire.span.clone(),
                format!(
                    "invalid character {bad:?} in code `{}`",
                    wire.value.escape_debug()
                ),
            )
            .help(help),
        );
        false
    }

    /// A wire string means one code: codes and aliases are unique across the spec.
    fn unique_wire(&mut self, wire: &Sp<String>) -> bool {
        match self.wires.entry(wire.value.clone()) {
            Entry::Vacant(slot) => {
                slot.insert(wire.span.clone());
                true
            }
            Entry::Occupied(first) => {
                let first = first.get().clone();
                self.push(
                    Diagnostic::new(
                        wire.span.clone(),
                        format!("duplicate code `{}`", wire.value),
                    )
                    .related("first defined", first)
                    .help("a code or alias may appear once in a spec; remove or rename one"),
                );
                false
            }
        }
    }

    /// An explicit `variant` is a Rust identifier, not a keyword, and not the name of an item
    /// the enum already has; the default is the code in `UpperCamelCase`, if that is an
    /// identifier.
    fn variant_name(
        &mut self,
        code: &Sp<String>,
        explicit: Option<Sp<String>>,
        code_ok: bool,
    ) -> Option<Sp<String>> {
        if let Some(v) = explicit {
            if is_ident(&v.value) && !GENERATED_ITEMS.contains(&v.value.as_str()) {
                return Some(v);
            }
            self.push(
                Diagnostic::new(
                    v.span.clone(),
                    format!("`variant = \"{}\"` is not a valid variant name", v.value),
                )
                .help("use a Rust identifier that is not a keyword, such as `InvalidCredentials`"),
            );
            return None;
        }
        let name = crate::case::upper_camel(&code.value);
        if is_ident(&name) {
            return Some(Sp {
                value: name,
                span: code.span.clone(),
            });
        }
        if !code_ok {
            return None;
        }
        self.push(
            Diagnostic::new(
                code.span.clone(),
                format!(
                    "code `{}` gives the variant name `{name}`, which is not a Rust identifier",
                    code.value
                ),
            )
            .help(format!(
                "add `variant = \"{}\"` to this `[[error]]`",
                suggest_ident(&name)
            )),
        );
        None
    }

    /// Two codes may not become the same variant (`A_B` and `a-b` both give `AB`).
    fn unique_variant(&mut self, v: &Sp<String>, code: Option<&Sp<String>>) -> bool {
        let code = code.map_or("", |c| c.value.as_str());
        match self.variants.entry(v.value.clone()) {
            Entry::Vacant(slot) => {
                slot.insert(Sp {
                    value: code.to_owned(),
                    span: v.span.clone(),
                });
                true
            }
            Entry::Occupied(first) => {
                let first = first.get().clone();
                self.push(
                    Diagnostic::new(
                        v.span.clone(),
                        format!(
                            "code `{code}` gives the variant name `{}`, which another code already has",
                            v.value
                        ),
                    )
                    .related(format!("`{}` defined", first.value), first.span)
                    .help("add `variant = \"...\"` with another name to this `[[error]]`"),
                );
                false
            }
        }
    }

    /// A deprecation note, when given, says what to use instead.
    fn deprecation_says_something(&mut self, deprecated: Option<&Sp<Option<String>>>) {
        if let Some(Sp {
            value: Some(note),
            span,
        }) = deprecated
            && note.trim().is_empty()
        {
            self.push(
                Diagnostic::new(span.clone(), "`deprecated` is empty")
                    .help("say what to use instead, or write `deprecated = true`"),
            );
        }
    }

    /// A screen title is the heading of a text: without the text there is no screen.
    fn screen_title_has_text<T>(
        &mut self,
        what: &str,
        title: Option<&Sp<T>>,
        text: Option<&Sp<T>>,
    ) {
        if let (Some(t), None) = (title, text) {
            self.push(
                Diagnostic::new(
                    t.span.clone(),
                    format!("`screen_title` without `screen_text` in {what}"),
                )
                .help("add `screen_text` with what the screen says"),
            );
        }
    }

    /// One code at most arms the EXIT button: pressing it redirects with that one code.
    /// Returns whether this code arms it.
    fn one_exit_button(&mut self, code: &Sp<String>, exit: Option<Sp<bool>>) -> bool {
        let Some(b) = exit.filter(|b| b.value) else {
            return false;
        };
        if let Some(first) = &self.exit {
            let first = first.clone();
            self.push(
                Diagnostic::new(
                    b.span,
                    format!(
                        "`exit_button = true` on `{}`, but `{}` has it already",
                        code.value, first.value
                    ),
                )
                .related("first set", first.span)
                .help("keep `exit_button = true` on one code only"),
            );
            return false;
        }
        self.exit = Some(Sp {
            value: code.value.clone(),
            span: b.span,
        });
        true
    }

    /// The "all" value of rollback must not read as a code, or `rollback=true` would be
    /// ambiguous.
    fn rollback_all_is_not_a_code(&mut self, link: &Link) {
        if let Some(span) = self.wires.get(&link.rollback_all).cloned() {
            self.push(
                Diagnostic::new(
                    span,
                    format!(
                        "code `{}` is spelled like the rollback-all value",
                        link.rollback_all
                    ),
                )
                .help("rename the code, or set a different `rollback_all` in `[link]`"),
            );
        }
    }

    /// `[link]`, defaults filled in for what is missing or invalid.
    fn link(&mut self, raw: RawLink) -> Link {
        let defaults = Link::default();
        let token = self.nonempty(raw.token_param, "token_param");
        let rollback = self.nonempty(raw.rollback_param, "rollback_param");
        let error = self.nonempty(raw.error_param, "error_param");
        self.distinct_params(
            &defaults,
            [token.as_ref(), rollback.as_ref(), error.as_ref()],
        );
        let separator = self
            .nonempty(raw.separator, "separator")
            .filter(|s| self.separator_not_code_chars(s));
        let rollback_all = self.nonempty(raw.rollback_all, "rollback_all");
        let mut reserved = Vec::new();
        for r in raw.reserved {
            if let Some(r) = self.nonempty(Some(r), "reserved") {
                reserved.push(r.value);
            }
        }
        let or = |v: Option<Sp<String>>, default: String| v.map_or(default, |v| v.value);
        let mut link = Link {
            url: None,
            token_param: or(token, defaults.token_param),
            rollback_param: or(rollback, defaults.rollback_param),
            rollback_all: or(rollback_all, defaults.rollback_all),
            separator: or(separator, defaults.separator),
            error_param: or(error, defaults.error_param),
            reserved,
        };
        link.url = raw.url.and_then(|u| self.absolute_url(u, &link));
        link
    }

    /// The link's own parameters (token, rollback, error) have distinct names, or one would
    /// overwrite another. Only a name written in the spec is reported.
    fn distinct_params(&mut self, defaults: &Link, given: [Option<&Sp<String>>; 3]) {
        let names = [
            given[0].map_or(&defaults.token_param, |v| &v.value),
            given[1].map_or(&defaults.rollback_param, |v| &v.value),
            given[2].map_or(&defaults.error_param, |v| &v.value),
        ];
        for (i, v) in given.iter().enumerate() {
            if let Some(v) = v
                && names[..i].contains(&&v.value)
            {
                self.push(
                    Diagnostic::new(
                        v.span.clone(),
                        format!("parameter name `{}` is used twice in `[link]`", v.value),
                    )
                    .help("the token, rollback and error parameters need distinct names"),
                );
            }
        }
    }

    /// The separator cannot contain a character a code can contain, or splitting the rollback
    /// list would be ambiguous.
    fn separator_not_code_chars(&mut self, s: &Sp<String>) -> bool {
        if !s.value.chars().any(is_code_char) {
            return true;
        }
        self.push(
            Diagnostic::new(
                s.span.clone(),
                format!(
                    "separator `{}` contains characters codes can contain",
                    s.value
                ),
            )
            .help("use punctuation that is not `_`, `-` or `.`, such as `,`"),
        );
        false
    }

    /// The base URL is one the link builder accepts (`link_errors_wire::base_url`): links are
    /// built by appending a query to it, so a URL it refuses would fail every link at run time.
    fn absolute_url(&mut self, u: Sp<String>, link: &Link) -> Option<String> {
        let own = [
            link.token_param.as_str(),
            link.rollback_param.as_str(),
            link.error_param.as_str(),
        ];
        let reserved = |name: &str| link_errors_wire::link::is_reserved(name, own, &link.reserved);
        let Err(e) = base_url::check(&u.value, &reserved) else {
            return Some(u.value);
        };
        let help = match e {
            BaseUrlError::Reserved { .. } => {
                "remove the parameter from the URL's query: the link sets it"
            }
            _ => "write the link page's address, such as `https://platform.flanks.io/link`",
        };
        self.push(
            Diagnostic::new(
                u.span,
                format!("invalid `url = \"{}\"`: {e}", u.value.escape_debug()),
            )
            .help(help),
        );
        None
    }

    /// The `[[screen]]`s that have a name and a text.
    fn screens(&mut self, raw: Vec<RawScreen>) -> Vec<PendingScreen> {
        let mut names: HashMap<String, Range<usize>> = HashMap::new();
        let mut screens = Vec::new();
        let known = owned_keys(SCREEN_KEYS);
        for (i, s) in raw.into_iter().enumerate() {
            let what = format!("[[screen]] #{}", i + 1);
            // A screen-only error has a name and a text: the name is how code refers to it.
            let name = self.required(s.name, "name", &what, &s.span, &s.keys, &known);
            self.missing(s.text.is_some(), "text", &what, &s.span, &s.keys, &known);
            let name = name.filter(|n| self.unique_screen(&mut names, n));
            let owner = name
                .as_ref()
                .map_or_else(|| what.clone(), |n| format!("screen `{}`", n.value));
            let mut title = self.slot("title");
            let mut text = self.slot("text");
            if let Some(t) = s.title {
                self.put_text(&mut title, t, &owner);
            }
            if let Some(t) = s.text {
                self.put_text(&mut text, t, &owner);
            } else {
                // Reported missing above: the screen stays (so the overlay's `[screens.NAME]`
                // finds it), and its translations are not reported missing too.
                text.excuse();
            }
            if let Some(name) = name {
                screens.push(PendingScreen {
                    def: ScreenDef {
                        line: self.lines.line(name.span.start),
                        name: name.value,
                        title: None,
                        text: String::new(),
                        translations: Vec::new(),
                    },
                    title,
                    text,
                });
            }
        }
        screens
    }

    /// A screen-only error's texts, complete.
    fn finish_screen(&mut self, s: PendingScreen) -> ScreenDef {
        let mut def = s.def;
        let owner = format!("screen `{}`", def.name);
        let title = self.finish_text(&s.title, &owner);
        let text = self.finish_text(&s.text, &owner).unwrap_or_default();
        let text_in = |i: usize| text.get(i).cloned().unwrap_or_default();
        def.title = title.as_ref().map(|t| t[0].clone());
        def.text = text_in(0);
        def.translations = (1..self.locales.len())
            .map(|i| crate::model::ScreenTranslation {
                title: title.as_ref().map(|t| t[i].clone()),
                text: text_in(i),
            })
            .collect();
        def
    }

    /// Screen names are unique: they are how code refers to them.
    fn unique_screen(&mut self, names: &mut HashMap<String, Range<usize>>, n: &Sp<String>) -> bool {
        if let Some(first) = names.get(&n.value) {
            self.push(
                Diagnostic::new(
                    n.span.clone(),
                    format!("duplicate screen name `{}`", n.value),
                )
                .related("first defined", first.clone()),
            );
            return false;
        }
        names.insert(n.value.clone(), n.span.clone());
        true
    }
}

/// Whether `key` is among the `written` keys of a table, or one of them is an unknown key
/// whose nearest known key is `key` (a typo of it). A key of the wrong type was reported while
/// reading: it is written, not missing.
fn written_as(key: &str, written: &[String], known: &[String]) -> bool {
    written.iter().any(|k| {
        k == key
            || (!known.contains(k) && closest(k, known.iter().map(String::as_str)) == Some(key))
    })
}

/// A table's built-in keys as the owned names the checks compare keys with.
fn owned_keys(keys: &[&str]) -> Vec<String> {
    keys.iter().map(|k| (*k).to_owned()).collect()
}

/// Whether `name` can be written as an enum variant: an identifier and not a keyword.
pub(crate) fn is_ident(name: &str) -> bool {
    crate::ident::is_ident(name)
}

/// A valid name close to `name`, for the help line.
fn suggest_ident(name: &str) -> String {
    if name.is_empty() {
        "Unnamed".into()
    } else if name.starts_with(|c: char| c.is_ascii_digit()) {
        format!("E{name}")
    } else {
        format!("{name}Error")
    }
}
