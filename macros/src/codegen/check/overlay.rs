//! An overlay's `[codes.CODE]` and `[screens.NAME]`: values and translations for what the
//! spec has. An overlay never adds codes or screens.

use super::fields::{text_value, unknown_key};
use super::sink::{Owner, Sink};
use super::{Checker, Pending, PendingScreen};
use crate::codegen::diag::{Diagnostic, File, toml_key};
use crate::codegen::raw::{RawEntry, Sp};
use crate::codegen::schema;
use crate::codegen::suggest::closest;

impl Checker<'_> {
    /// `[codes.CODE]`: the code is one of the spec's (a code the spec has but could not use
    /// was reported there, and is skipped here).
    pub(super) fn overlay_codes(
        &mut self,
        entries: Vec<RawEntry>,
        codes: &mut [Pending],
        written: &[String],
    ) {
        let out = self.sink(File::Overlay);
        for mut entry in entries {
            let dotted = dotted_codes(out, &mut entry, codes);
            let Some(i) = code_index(codes, &entry.name.value) else {
                // A table that held only dotted codes is not a code of its own.
                let only_dotted = dotted && entry.entries.is_empty();
                if !only_dotted && !written.contains(&entry.name.value) {
                    let mut names = Vec::with_capacity(codes.len());
                    for p in codes.iter() {
                        names.push(p.def.code.clone());
                    }
                    // The code this one is a near miss of lacks what it was meant to get;
                    // the misspelt name is the one error.
                    if let Some(near) = unknown_name(out, &entry.name, "code", "codes", &names)
                        && let Some(i) = code_index(codes, &near)
                    {
                        codes[i].excuse_missing();
                    }
                }
                continue;
            };
            let p = &mut codes[i];
            let owner = Owner::Code(entry.name.value.clone());
            let what = format!("[codes.{}]", toml_key(&entry.name.value));
            let mut others = Vec::new();
            let known = self.decls.known_keys(&schema::CODE);
            for (key, value) in entry.entries {
                let slot = match key.value.as_str() {
                    "message" => &mut p.message,
                    "screen_title" => &mut p.screen_title,
                    "screen_text" => &mut p.screen_text,
                    other => {
                        // A misspelt text (`mesage`) is reported as an unknown key; what it
                        // meant to translate is then not reported missing too.
                        if !known.contains(&key.value) {
                            match closest(other, known.iter().map(String::as_str)) {
                                Some("message") => p.message.excuse(),
                                Some("screen_title") => p.screen_title.excuse(),
                                Some("screen_text") => p.screen_text.excuse(),
                                _ => {}
                            }
                        }
                        others.push((key, value));
                        continue;
                    }
                };
                if let Some(text) = text_value(out, value, &key.value, &owner) {
                    self.decls.put_text(out, slot, text, &owner);
                }
            }
            self.decls
                .set_values(out, &mut p.values, others, &owner, &what, &schema::CODE);
        }
    }

    /// `[screens.NAME]`: the name is one of the spec's `[[screen]]`s.
    pub(super) fn overlay_screens(
        &mut self,
        entries: Vec<RawEntry>,
        screens: &mut [PendingScreen],
    ) {
        let out = self.sink(File::Overlay);
        for entry in entries {
            let Some(i) = screen_index(screens, &entry.name.value) else {
                let mut names = Vec::with_capacity(screens.len());
                for s in screens.iter() {
                    names.push(s.def.name.clone());
                }
                // As for codes: the misspelt name is the one error.
                if let Some(near) = unknown_name(out, &entry.name, "screen", "screens", &names)
                    && let Some(i) = screen_index(screens, &near)
                {
                    screens[i].title.excuse();
                    screens[i].text.excuse();
                }
                continue;
            };
            let s = &mut screens[i];
            let owner = Owner::Screen(entry.name.value.clone());
            let what = format!("[screens.{}]", toml_key(&entry.name.value));
            for (key, value) in entry.entries {
                let slot = match key.value.as_str() {
                    "title" => &mut s.title,
                    "text" => &mut s.text,
                    _ => {
                        let known = schema::SCREEN_TEXTS.owned_names();
                        match closest(&key.value, known.iter().map(String::as_str)) {
                            Some("title") => s.title.excuse(),
                            Some("text") => s.text.excuse(),
                            _ => {}
                        }
                        unknown_key(out, &key, &what, &known);
                        continue;
                    }
                };
                if let Some(text) = text_value(out, value, &key.value, &owner) {
                    self.decls.put_text(out, slot, text, &owner);
                }
            }
        }
    }
}

/// A code with a `.` written as a bare key (`[codes.E.TIMEOUT]`) is a table `TIMEOUT`
/// inside `[codes.E]`: TOML splits dotted keys. Each key `K` of `entry` for which the spec
/// has a code `NAME.K` is taken out and reported as that mistake, and the code it meant is
/// not reported again for what it lacks. Returns whether there was one.
fn dotted_codes(out: Sink<'_>, entry: &mut RawEntry, codes: &mut [Pending]) -> bool {
    let mut found = false;
    let name = &entry.name.value;
    let mut kept = Vec::with_capacity(entry.entries.len());
    for (key, value) in core::mem::take(&mut entry.entries) {
        let dotted = format!("{name}.{}", key.value);
        let Some(i) = code_index(codes, &dotted) else {
            kept.push((key, value));
            continue;
        };
        codes[i].excuse_missing();
        found = true;
        out.push(
            Diagnostic::new(
                key.span.clone(),
                format!(
                    "`[codes.{name}.{}]` is a table `{}` inside `[codes.{name}]`, not the \
                         code `{dotted}`",
                    key.value, key.value
                ),
            )
            .help(format!(
                "did you mean `[codes.{}]`? (a dotted key is a nested table; quote it)",
                toml_key(&dotted)
            )),
        );
    }
    entry.entries = kept;
    found
}

/// Where the code `name` is among `codes`.
fn code_index(codes: &[Pending], name: &str) -> Option<usize> {
    for (i, p) in codes.iter().enumerate() {
        if p.def.code == name {
            return Some(i);
        }
    }
    None
}

/// Where the screen `name` is among `screens`.
fn screen_index(screens: &[PendingScreen], name: &str) -> Option<usize> {
    for (i, s) in screens.iter().enumerate() {
        if s.def.name == name {
            return Some(i);
        }
    }
    None
}

/// An overlay sets values for what the spec has: a code or screen it does not have is a
/// typo or a stale entry, never a new one.
fn unknown_name(
    out: Sink<'_>,
    name: &Sp<String>,
    kind: &str,
    table: &str,
    known: &[String],
) -> Option<String> {
    let d = Diagnostic::new(
        name.span.clone(),
        format!(
            "unknown {kind} `{}` in `[{table}.{}]`: the spec has no such {kind}",
            name.value,
            toml_key(&name.value)
        ),
    );
    let near = closest(&name.value, known.iter().map(String::as_str)).map(str::to_owned);
    out.push(match &near {
        Some(near) => d.help(format!("did you mean `{near}`?")),
        None => d.help(format!(
            "an overlay gives values and translations for the spec's {table}; it cannot add \
                 {table}"
        )),
    });
    near
}
