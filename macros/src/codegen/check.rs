//! The rules of a spec: raw values in, a checked [`Spec`] out.
//!
//! Policy: what a value *is* (a string, a bool, a known key) is checked while reading
//! (`raw.rs`, from the schema); every rule about what values mean, alone or together, is a
//! function here with a sentence above it saying the rule and why it exists. [`check`] is the
//! list: the declarations first (locales, fields: every value is read against them), then
//! `[link]`, each `[[error]]` (its rules listed in `Checker::error`), each `[[screen]]`, the
//! overlay's entries, and last what a complete entry must have. Adding a rule is adding a
//! function and a call.
//!
//! A rule reports through the [`Sink`] of the file it reads, so a problem is always located in
//! its own file; whose value it is travels as an [`Owner`], never as text.
//!
//! Best effort: a rule reports its problem and returns what is still usable, so the caller can
//! generate an enum that keeps follow-on errors away. An entry whose `code` is valid keeps its
//! variant whatever else is wrong in it (a missing message becomes an empty one); only an entry
//! without a usable code or variant name is left out.

mod fields;
mod one_of;
mod overlay;
mod problem;
mod sink;
mod texts;

use core::cell::RefCell;
use std::collections::HashMap;
use std::collections::hash_map::Entry;
use std::ops::Range;

use link_errors_wire::base_url::{self, BaseUrlError};
use link_errors_wire::code::{ALPHABET, is_code_char};
use link_errors_wire::link::{SeparatorError, check_separator};

use crate::codegen::diag::{Diagnostic, File, LineStarts};
use crate::codegen::model::{ErrorDef, FieldDef, Link, ScreenDef, Spec};
use crate::codegen::raw::{RawDecls, RawError, RawLink, RawOverlay, RawScreen, RawSpec, Sp};
use crate::codegen::schema::{self, GENERATED_ITEMS};
use crate::codegen::suggest::closest;

use self::fields::FieldSlot;
use self::sink::{Owner, Sink};
use self::texts::Slot;

/// Checks `raw`, the spec read from `source`, and the overlay read from its text, if any,
/// recording every problem in `diags`.
pub fn check(
    source: &str,
    raw: RawSpec,
    overlay: Option<(&str, RawOverlay)>,
    diags: &mut Vec<Diagnostic>,
) -> Spec {
    let sink = RefCell::new(core::mem::take(diags));
    let mut cx = Checker {
        diags: &sink,
        lines: LineStarts::new(source),
        claims: Claims::default(),
        decls: Decls::default(),
        problem: None,
    };
    let spec = cx.run(raw, overlay.map(|(_, o)| o));
    *diags = sink.into_inner();
    spec
}

/// What the rules share while walking a spec: where problems go, where lines start, what
/// earlier entries claimed, and the declarations every value is read against. Its own methods
/// build the entries and call the rules in order.
struct Checker<'d> {
    diags: &'d RefCell<Vec<Diagnostic>>,
    lines: LineStarts,
    claims: Claims,
    decls: Decls,
    /// The checked `[problem]`, read once the fields are declared.
    problem: Option<crate::codegen::model::Problem>,
}

/// What earlier `[[error]]`s claimed, which later ones may not claim again; the rules that
/// claim are its methods.
#[derive(Default)]
struct Claims {
    /// Every code and alias seen, with where.
    wires: HashMap<String, Range<usize>>,
    /// Every variant name given, with its code and where.
    variants: HashMap<String, Sp<String>>,
    /// The code that has `exit_button = true`, if one has.
    exit: Option<Sp<String>>,
}

/// The declarations of both files: locales and fields. Built first, since every value is read
/// against them; the rules about declarations, and about values and texts read against them,
/// are its methods (`check/fields.rs`, `check/texts.rs`), each reporting through the sink it
/// is given.
#[derive(Default)]
struct Decls {
    /// The declared locales; empty when none are.
    locales: Vec<String>,
    /// Whether a missing translation falls back to the first locale instead of failing.
    allow_untranslated: bool,
    /// Whether the spec and the overlay declare different `locales` (reported once).
    locales_disagree: bool,
    /// When they do, the locales only the overlay declares.
    overlay_only_locales: Vec<String>,
    /// Each undeclared locale translated into, with its first use: reported once, when every
    /// text is read.
    undeclared: RefCell<Vec<self::texts::Undeclared>>,
    /// The usable field declarations.
    fields: Vec<FieldDef>,
    /// The names of every field either file declares, usable or not. This and the two lists
    /// below are searched in order: a spec declares a handful of fields, and one map type
    /// fewer is less code to compile.
    declared_field_names: Vec<String>,
    /// Fields declared with a problem: values set for them are not reported again.
    unusable_fields: Vec<String>,
    /// Fields whose type is unknown: generated, but the values codes set are not checked.
    untyped_fields: Vec<String>,
    /// Where each usable field's name is written (in the file of its `declared_in`).
    field_spans: HashMap<String, Range<usize>>,
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
}

impl Pending {
    /// Leaves unsaid what the code lacks (values, translations): an overlay table that names
    /// it misspelt has its own error, which covers them.
    fn excuse_missing(&mut self) {
        for slot in [
            &mut self.message,
            &mut self.screen_title,
            &mut self.screen_text,
        ] {
            slot.excuse();
        }
        for v in &mut self.values {
            v.excuse();
        }
    }
}

/// A screen-only error while its translations are still coming in.
struct PendingScreen {
    def: ScreenDef,
    title: Slot,
    text: Slot,
}

/// A table's keys as written, for telling a missing key from a misspelt one.
struct Written<'a> {
    /// How messages name the table (`[[error]] #3`).
    what: &'a str,
    /// Where it is.
    span: &'a Range<usize>,
    /// Every key written in it.
    keys: &'a [String],
    /// The keys it may have.
    known: &'a [String],
}

impl<'d> Checker<'d> {
    /// The rules, in order: each runs on what the ones before left usable.
    fn run(&mut self, raw: RawSpec, overlay: Option<RawOverlay>) -> Spec {
        let (mut overlay_decls, overlay) = match overlay {
            Some(o) => (o.decls, Some((o.codes, o.screens))),
            None => (RawDecls::default(), None),
        };
        let mut spec_decls = raw.decls;
        let problems = (spec_decls.problem.take(), overlay_decls.problem.take());
        self.declare(spec_decls, overlay_decls);
        self.problem = self.problem(problems.0, problems.1);
        let link = self.link(raw.link);
        has_codes(self.sink(File::Spec), raw.errors.is_empty(), raw.end);
        let mut written = Vec::new();
        for e in &raw.errors {
            if let Some(c) = &e.code {
                written.push(c.value.clone());
            }
        }
        let mut errors = Vec::new();
        for (i, e) in raw.errors.into_iter().enumerate() {
            errors.extend(self.error(&format!("[[error]] #{}", i + 1), e));
        }
        rollback_all_is_not_a_code(self.sink(File::Spec), &self.claims, &link);
        let mut screens = self.screens(raw.screens);
        if let Some((codes, overlay_screens)) = overlay {
            self.overlay_codes(codes, &mut errors, &written);
            self.overlay_screens(overlay_screens, &mut screens);
        }
        let mut finished = Vec::with_capacity(errors.len());
        for p in errors {
            finished.push(self.finish_error(p));
        }
        let mut finished_screens = Vec::with_capacity(screens.len());
        for s in screens {
            finished_screens.push(self.finish_screen(s));
        }
        self.decls.report_undeclared(self.sink(File::Spec));
        Spec {
            locales: std::mem::take(&mut self.decls.locales),
            fields: std::mem::take(&mut self.decls.fields),
            link,
            errors: finished,
            screens: finished_screens,
            problem: self.problem.take(),
        }
    }

    /// The declarations of both files: locales, then fields, the spec's first.
    fn declare(&mut self, spec: RawDecls, overlay: RawDecls) {
        let out = self.sink(File::Spec);
        self.decls
            .declare_locales(out, spec.locales, overlay.locales);
        self.decls.allow_untranslated =
            matches!(spec.allow_untranslated, Some(Sp { value: true, .. }))
                || matches!(overlay.allow_untranslated, Some(Sp { value: true, .. }));
        for f in &spec.fields {
            self.decls.declared_field_names.push(f.name.value.clone());
            one_of::values_make_variants(out, f);
        }
        for f in &overlay.fields {
            self.decls.declared_field_names.push(f.name.value.clone());
            one_of::values_make_variants(out.of(File::Overlay), f);
        }
        self.decls.declare_fields(spec.fields, out);
        self.decls
            .declare_fields(overlay.fields, out.of(File::Overlay));
        self.decls.field_items_distinct(out);
    }

    /// Where the problems of `file` go.
    fn sink(&self, file: File) -> Sink<'d> {
        Sink::new(self.diags, file)
    }

    /// One `[[error]]` table: its variant, or `None` when no variant can be made of it.
    fn error(&mut self, what: &str, e: RawError) -> Option<Pending> {
        let known = self.decls.known_keys(&schema::ERROR);
        let out = self.sink(File::Spec);
        let table = Written {
            what,
            span: &e.span,
            keys: &e.keys,
            known: &known,
        };
        let code = required(out, e.code, "code", &table);
        missing(out, e.message.is_some(), "message", &table);
        // A code with a character codes cannot have keeps its variant when its name can be
        // made of it (`card declined` gives `CardDeclined`), so uses of it report nothing
        // more; when it cannot, that is not reported on top.
        let code_ok = code.as_ref().is_some_and(|c| code_characters(out, c));
        let code = code.filter(|c| code_ok || !c.value.is_empty());
        let code = code.filter(|c| self.claims.unique_wire(out, c));
        let mut aliases = Vec::new();
        for a in e.aliases {
            if code_characters(out, &a) && self.claims.unique_wire(out, &a) {
                aliases.push(a.value);
            }
        }
        let variant = code
            .as_ref()
            .and_then(|c| variant_name(out, c, e.variant, code_ok))
            .filter(|v| self.claims.unique_variant(out, v, code.as_ref()));
        deprecation_says_something(out, e.deprecated.as_ref());
        screen_title_has_text(out, what, e.screen_title.as_ref(), e.screen_text.as_ref());
        let exit_button = code
            .as_ref()
            .is_some_and(|c| self.claims.one_exit_button(out, c, e.exit_button));
        let owner = match &code {
            Some(c) => Owner::Code(c.value.clone()),
            None => Owner::Table(what.to_owned()),
        };
        let mut pending = self.pending(aliases, e.deprecated, exit_button);
        pending.span = e.span.clone();
        for (slot, text) in [
            (&mut pending.message, e.message),
            (&mut pending.screen_title, e.screen_title),
            (&mut pending.screen_text, e.screen_text),
        ] {
            if let Some(text) = text {
                self.decls.put_text(out, slot, text, &owner);
            } else if slot.key == "message" || written_as(&slot.key, &e.keys, &known) {
                // Missing or misspelt here, and reported as such: translations the overlay
                // gives do not make it a missing first-locale translation too.
                slot.excused[0] = true;
            }
        }
        self.decls.set_values(
            out,
            &mut pending.values,
            e.others,
            &owner,
            what,
            &schema::ERROR,
        );
        let (code, variant) = (code?, variant?);
        pending.def.line = self.lines.line(code.span.start);
        pending.def.code = code.value;
        pending.def.variant = variant.value;
        Some(pending)
    }

    /// A code with nothing in it yet but what the spec's `[[error]]` says of it directly.
    fn pending(
        &self,
        aliases: Vec<String>,
        deprecated: Option<Sp<Option<String>>>,
        exit_button: bool,
    ) -> Pending {
        Pending {
            span: 0..0,
            message: self.decls.slot("message"),
            screen_title: self.decls.slot("screen_title"),
            screen_text: self.decls.slot("screen_text"),
            values: self.decls.field_slots(),
            def: ErrorDef {
                line: 0,
                code: String::new(),
                message: String::new(),
                variant: String::new(),
                aliases,
                deprecated: deprecated.map(|d| d.value),
                screen_title: None,
                screen_text: None,
                exit_button,
                translations: Vec::new(),
                values: Vec::new(),
            },
        }
    }

    /// A code's texts and values, complete: translations and required fields checked.
    fn finish_error(&mut self, p: Pending) -> ErrorDef {
        let out = self.sink(File::Spec);
        let mut def = p.def;
        let owner = Owner::Code(def.code.clone());
        let message = self.decls.finish_text(out, &p.message, &owner);
        let title = self.decls.finish_text(out, &p.screen_title, &owner);
        let text = self.decls.finish_text(out, &p.screen_text, &owner);
        def.message = in_locale(message.as_deref(), 0).unwrap_or_default();
        def.screen_title = in_locale(title.as_deref(), 0);
        def.screen_text = in_locale(text.as_deref(), 0);
        for i in 1..self.decls.locales.len() {
            def.translations.push(crate::codegen::model::Translation {
                message: in_locale(message.as_deref(), i).unwrap_or_default(),
                screen_title: in_locale(title.as_deref(), i),
                screen_text: in_locale(text.as_deref(), i),
            });
        }
        self.code_status(&p.values, &def.code);
        def.values = self.decls.finish_values(out, p.values, &def.code, &p.span);
        def
    }
}

/// A finished text's translation into locale `i`, when the text is given.
fn in_locale(text: Option<&[String]>, i: usize) -> Option<String> {
    text.map(|t| t[i].clone())
}

/// A spec without codes generates an enum nothing can be done with.
fn has_codes(out: Sink<'_>, empty: bool, end: usize) {
    if empty {
        out.push(
            Diagnostic::new(end..end, "the spec has no `[[error]]` table").help(
                "add one per code: `[[error]]` with `code = \"...\"` and `message = \"...\"`",
            ),
        );
    }
}

/// A required key is there. When a key that is there is a near miss of the missing one
/// (`mesage` for `message`), the unknown key's own error already says "did you mean", so
/// this one stays quiet: one typo, one error.
fn missing(out: Sink<'_>, present: bool, key: &str, table: &Written<'_>) {
    if !present && !written_as(key, table.keys, table.known) {
        out.push(
            Diagnostic::new(
                table.span.clone(),
                format!("missing `{key}` in {}", table.what),
            )
            .help(format!("add `{key} = \"...\"` to this table")),
        );
    }
}

/// A required string: there, and not empty.
fn required(
    out: Sink<'_>,
    v: Option<Sp<String>>,
    key: &str,
    table: &Written<'_>,
) -> Option<Sp<String>> {
    missing(out, v.is_some(), key, table);
    nonempty(out, v, key)
}

/// An optional string, when given, says something: an empty one is a mistake, not a value.
fn nonempty(out: Sink<'_>, v: Option<Sp<String>>, key: &str) -> Option<Sp<String>> {
    let v = v?;
    if v.value.trim().is_empty() {
        out.push(
            Diagnostic::new(v.span, format!("`{key}` is empty"))
                .help(format!("give `{key}` a value, or remove the key")),
        );
        None
    } else {
        Some(v)
    }
}

/// A code or alias is ASCII letters, digits, `_`, `-` and `.`: it travels in a URL query and
/// in the rollback list.
fn code_characters(out: Sink<'_>, wire: &Sp<String>) -> bool {
    let help = format!("codes are {ALPHABET}");
    if wire.value.is_empty() {
        out.push(Diagnostic::new(wire.span.clone(), "empty code").help(&help));
        return false;
    }
    let Some(bad) = wire.value.chars().find(|&c| !is_code_char(c)) else {
        return true;
    };
    out.push(
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

/// A deprecation note, when given, says what to use instead.
fn deprecation_says_something(out: Sink<'_>, deprecated: Option<&Sp<Option<String>>>) {
    if let Some(Sp {
        value: Some(note),
        span,
    }) = deprecated
        && note.trim().is_empty()
    {
        out.push(
            Diagnostic::new(span.clone(), "`deprecated` is empty")
                .help("say what to use instead, or write `deprecated = true`"),
        );
    }
}

/// A screen title is the heading of a text: without the text there is no screen.
fn screen_title_has_text<T>(
    out: Sink<'_>,
    what: &str,
    title: Option<&Sp<T>>,
    text: Option<&Sp<T>>,
) {
    if let (Some(t), None) = (title, text) {
        out.push(
            Diagnostic::new(
                t.span.clone(),
                format!("`screen_title` without `screen_text` in {what}"),
            )
            .help("add `screen_text` with what the screen says"),
        );
    }
}

impl Checker<'_> {
    /// `[link]`, defaults filled in for what is missing or invalid.
    fn link(&mut self, raw: RawLink) -> Link {
        let out = self.sink(File::Spec);
        let defaults = Link::default();
        let token = nonempty(out, raw.token_param, "token_param");
        let rollback = nonempty(out, raw.rollback_param, "rollback_param");
        let error = nonempty(out, raw.error_param, "error_param");
        distinct_params(
            out,
            &defaults,
            [token.as_ref(), rollback.as_ref(), error.as_ref()],
        );
        let separator = raw.separator.filter(|s| separator_rule(out, s));
        let rollback_all = nonempty(out, raw.rollback_all, "rollback_all");
        let mut reserved = Vec::new();
        for r in raw.reserved {
            if let Some(r) = nonempty(out, Some(r), "reserved") {
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
        link.url = raw.url.and_then(|u| absolute_url(out, u, &link));
        link
    }

    /// The `[[screen]]`s that have a name and a text.
    fn screens(&mut self, raw: Vec<RawScreen>) -> Vec<PendingScreen> {
        let mut names: HashMap<String, Range<usize>> = HashMap::new();
        let mut screens = Vec::new();
        let known: Vec<String> = schema::SCREEN.owned_names();
        let out = self.sink(File::Spec);
        for (i, s) in raw.into_iter().enumerate() {
            let what = format!("[[screen]] #{}", i + 1);
            let table = Written {
                what: &what,
                span: &s.span,
                keys: &s.keys,
                known: &known,
            };
            // A screen-only error has a name and a text: the name is how code refers to it.
            let name = required(out, s.name, "name", &table);
            missing(out, s.text.is_some(), "text", &table);
            let name = name.filter(|n| unique_screen(out, &mut names, n));
            let owner = match &name {
                Some(n) => Owner::Screen(n.value.clone()),
                None => Owner::Table(what.clone()),
            };
            let mut title = self.decls.slot("title");
            let mut text = self.decls.slot("text");
            if let Some(t) = s.title {
                self.decls.put_text(out, &mut title, t, &owner);
            }
            if let Some(t) = s.text {
                self.decls.put_text(out, &mut text, t, &owner);
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
        let out = self.sink(File::Spec);
        let mut def = s.def;
        let owner = Owner::Screen(def.name.clone());
        let title = self.decls.finish_text(out, &s.title, &owner);
        let text = self
            .decls
            .finish_text(out, &s.text, &owner)
            .unwrap_or_default();
        let text_in = |i: usize| text.get(i).cloned().unwrap_or_default();
        def.title = in_locale(title.as_deref(), 0);
        def.text = text_in(0);
        for i in 1..self.decls.locales.len() {
            def.translations
                .push(crate::codegen::model::ScreenTranslation {
                    title: in_locale(title.as_deref(), i),
                    text: text_in(i),
                });
        }
        def
    }
}

impl Claims {
    /// A wire string means one code: codes and aliases are unique across the spec.
    fn unique_wire(&mut self, out: Sink<'_>, wire: &Sp<String>) -> bool {
        match self.wires.entry(wire.value.clone()) {
            Entry::Vacant(slot) => {
                slot.insert(wire.span.clone());
                true
            }
            Entry::Occupied(first) => {
                let first = first.get().clone();
                out.push(
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

    /// Two codes may not become the same variant (`A_B` and `a-b` both give `AB`).
    fn unique_variant(&mut self, out: Sink<'_>, v: &Sp<String>, code: Option<&Sp<String>>) -> bool {
        let code = match code {
            Some(c) => c.value.as_str(),
            None => "",
        };
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
                out.push(
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

    /// One code at most arms the EXIT button: pressing it redirects with that one code.
    /// Returns whether this code arms it.
    fn one_exit_button(
        &mut self,
        out: Sink<'_>,
        code: &Sp<String>,
        exit: Option<Sp<bool>>,
    ) -> bool {
        let Some(b) = exit.filter(|b| b.value) else {
            return false;
        };
        if let Some(first) = &self.exit {
            let first = first.clone();
            out.push(
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
}

/// An explicit `variant` is a Rust identifier, not a keyword, and not the name of an item
/// the enum already has; the default is the code in `UpperCamelCase`, if that is an
/// identifier.
fn variant_name(
    out: Sink<'_>,
    code: &Sp<String>,
    explicit: Option<Sp<String>>,
    code_ok: bool,
) -> Option<Sp<String>> {
    if let Some(v) = explicit {
        if is_ident(&v.value) && !GENERATED_ITEMS.contains(&v.value.as_str()) {
            return Some(v);
        }
        out.push(
            Diagnostic::new(
                v.span.clone(),
                format!("`variant = \"{}\"` is not a valid variant name", v.value),
            )
            .help("use a Rust identifier that is not a keyword, such as `InvalidCredentials`"),
        );
        return None;
    }
    let name = crate::codegen::case::upper_camel(&code.value);
    if is_ident(&name) {
        return Some(Sp {
            value: name,
            span: code.span.clone(),
        });
    }
    if !code_ok {
        return None;
    }
    out.push(
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

/// The "all" value of rollback must not read as a code, or `rollback=true` would be
/// ambiguous.
fn rollback_all_is_not_a_code(out: Sink<'_>, claims: &Claims, link: &Link) {
    if let Some(span) = claims.wires.get(&link.rollback_all).cloned() {
        out.push(
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

/// The link's own parameters (token, rollback, error) have distinct names, or one would
/// overwrite another. Only a name written in the spec is reported.
fn distinct_params(out: Sink<'_>, defaults: &Link, given: [Option<&Sp<String>>; 3]) {
    fn written_or<'a>(given: Option<&'a Sp<String>>, default: &'a String) -> &'a String {
        given.map_or(default, |v| &v.value)
    }
    let names = [
        written_or(given[0], &defaults.token_param),
        written_or(given[1], &defaults.rollback_param),
        written_or(given[2], &defaults.error_param),
    ];
    for (i, v) in given.iter().enumerate() {
        if let Some(v) = v
            && names[..i].contains(&&v.value)
        {
            out.push(
                Diagnostic::new(
                    v.span.clone(),
                    format!("parameter name `{}` is used twice in `[link]`", v.value),
                )
                .help("the token, rollback and error parameters need distinct names"),
            );
        }
    }
}

/// The separator follows the wire's rule ([`check_separator`]): it is not empty and has no
/// character a code can contain (splitting the rollback list would be ambiguous), no `%` and no
/// control character. A space is a separator like any other.
fn separator_rule(out: Sink<'_>, s: &Sp<String>) -> bool {
    let Err(e) = check_separator(&s.value) else {
        return true;
    };
    let d = if e == SeparatorError::Empty {
        Diagnostic::new(s.span.clone(), "`separator` is empty")
            .help("give `separator` a value, or remove the key")
    } else {
        Diagnostic::new(
            s.span.clone(),
            format!("separator `{}` cannot be used: {e}", s.value.escape_debug()),
        )
        .help("use punctuation or a space, such as `,`, `;` or `\" \"`")
    };
    out.push(d);
    false
}

/// Screen names are unique: they are how code refers to them.
fn unique_screen(out: Sink<'_>, names: &mut HashMap<String, Range<usize>>, n: &Sp<String>) -> bool {
    if let Some(first) = names.get(&n.value) {
        out.push(
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

/// Whether `key` is among the `written` keys of a table, or one of them is an unknown key
/// whose nearest known key is `key` (a typo of it). A key of the wrong type was reported while
/// reading: it is written, not missing.
fn written_as(key: &str, written: &[String], known: &[String]) -> bool {
    written.iter().any(|k| {
        k == key
            || (!known.contains(k) && closest(k, known.iter().map(String::as_str)) == Some(key))
    })
}

/// The base URL is one the link builder accepts (`link_errors_wire::base_url`): links are
/// built by appending a query to it, so a URL it refuses would fail every link at run time.
fn absolute_url(out: Sink<'_>, u: Sp<String>, link: &Link) -> Option<String> {
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
    out.push(
        Diagnostic::new(
            u.span,
            format!("invalid `url = \"{}\"`: {e}", u.value.escape_debug()),
        )
        .help(help),
    );
    None
}

/// Whether `name` can be written as an enum variant: an identifier and not a keyword.
pub(crate) fn is_ident(name: &str) -> bool {
    crate::codegen::ident::is_ident(name)
}

/// A valid name close to `name`, for the help line.
fn suggest_ident(name: &str) -> String {
    if name.is_empty() {
        "Unnamed".into()
    } else if name.as_bytes().first().is_some_and(u8::is_ascii_digit) {
        format!("E{name}")
    } else {
        format!("{name}Error")
    }
}
