//! `diff`: what changed between two versions of a spec, and whether users' exhaustive
//! `match`es on the enum still compile.
//!
//! Codes are matched by wire string. A code that disappears while a new one with the same
//! message appears (or the new one lists the old as an alias) is a rename. The change is
//! breaking exactly when the set of variant names changes: a variant added (a `match` misses
//! an arm), removed or renamed (an arm or a use names what no longer exists).

use std::collections::BTreeSet;
use std::fmt::Write as _;

use link_errors_codegen::{ErrorDef, Link, Spec, schema};
use serde_json::{Value, json};

use crate::codes::one_line;
use crate::{Failure, Output};

/// One field of a code that changed.
struct Change {
    field: &'static str,
    old: String,
    new: String,
}

#[derive(Default)]
struct Diff<'a> {
    added: Vec<&'a ErrorDef>,
    removed: Vec<&'a ErrorDef>,
    /// (old, new): same message (or the old code kept as an alias), new wire string.
    renamed: Vec<(&'a ErrorDef, &'a ErrorDef)>,
    /// Same wire string, something else changed.
    changed: Vec<(&'a ErrorDef, Vec<Change>)>,
    link: Vec<Change>,
    screens: Vec<String>,
    reordered: bool,
    /// Codes kept (or renamed) whose `index()` changed: (new definition, old index, new index).
    index_shifts: Vec<(&'a ErrorDef, usize, usize)>,
    variants_added: Vec<&'a str>,
    variants_removed: Vec<&'a str>,
    /// Fields added, removed or retyped.
    fields: Vec<FieldChange>,
    /// With an overlay: what the new spec's codes lack (values, translations), one line each.
    lacks: Vec<String>,
}

impl Diff<'_> {
    fn breaking(&self) -> bool {
        self.variants_breaking() || self.fields.iter().any(|f| f.breaking) || !self.lacks.is_empty()
    }

    fn variants_breaking(&self) -> bool {
        !self.variants_added.is_empty() || !self.variants_removed.is_empty()
    }

    /// Renamed codes whose variant name changed too: (old, new).
    fn variants_renamed(&self) -> Vec<(&str, &str)> {
        self.renamed
            .iter()
            .filter(|(o, n)| {
                self.variants_removed.contains(&o.variant.as_str())
                    && self.variants_added.contains(&n.variant.as_str())
            })
            .map(|(o, n)| (o.variant.as_str(), n.variant.as_str()))
            .collect()
    }

    fn is_empty(&self) -> bool {
        self.added.is_empty()
            && self.removed.is_empty()
            && self.renamed.is_empty()
            && self.changed.is_empty()
            && self.link.is_empty()
            && self.screens.is_empty()
            && !self.reordered
            && self.fields.is_empty()
            && self.lacks.is_empty()
    }
}

fn opt(s: Option<&str>) -> String {
    s.map_or_else(|| "(none)".to_owned(), one_line)
}

fn list(items: &[String]) -> String {
    if items.is_empty() {
        "(none)".into()
    } else {
        items.join(", ")
    }
}

fn deprecated(d: Option<&Option<String>>) -> String {
    match d {
        None => "no".into(),
        Some(None) => "yes".into(),
        Some(Some(note)) => format!("yes: {note}"),
    }
}

/// What `diff` shows of a key of `[[error]]`, as one line. Every key the schema says `diff`
/// shows has a line here (a test holds that).
fn error_key(e: &ErrorDef, key: &str) -> Option<String> {
    Some(match key {
        "variant" => e.variant.clone(),
        "message" => one_line(&e.message),
        "screen_title" => opt(e.screen_title.as_deref()),
        "screen_text" => opt(e.screen_text.as_deref()),
        "aliases" => list(&e.aliases),
        "deprecated" => deprecated(e.deprecated.as_ref()),
        "exit_button" => e.exit_button.to_string(),
        _ => return None,
    })
}

/// What `diff` shows of a key of `[link]`, as one line.
fn link_key(link: &Link, key: &str) -> Option<String> {
    Some(match key {
        "url" => opt(link.url.as_deref()),
        "token_param" => link.token_param.clone(),
        "rollback_param" => link.rollback_param.clone(),
        "rollback_all" => link.rollback_all.clone(),
        "separator" => link.separator.clone(),
        "error_param" => link.error_param.clone(),
        "reserved" => list(&link.reserved),
        _ => return None,
    })
}

/// The keys of `table` whose changes `diff` shows, in the schema's order.
fn shown_keys(table: &schema::Table) -> impl Iterator<Item = &'static str> {
    table
        .keys
        .iter()
        .filter(|k| matches!(k.diff, schema::Diff::Shown | schema::Diff::Variants))
        .map(|k| k.name)
}

/// The changes between `old` and `new` of every shown key of `table`, each rendered by `show`.
fn changes<T>(
    table: &schema::Table,
    old: &T,
    new: &T,
    show: fn(&T, &str) -> Option<String>,
) -> Vec<Change> {
    shown_keys(table)
        .filter_map(|field| {
            let (old, new) = (show(old, field)?, show(new, field)?);
            (old != new).then_some(Change { field, old, new })
        })
        .collect()
}

fn compare<'a>(old: &'a Spec, new: &'a Spec) -> Diff<'a> {
    let mut d = Diff::default();
    let find = |spec: &'a Spec, code: &str| spec.errors.iter().find(|e| e.code == code);
    let mut gone: Vec<&ErrorDef> = Vec::new();
    for o in &old.errors {
        match find(new, &o.code) {
            Some(n) => {
                let changes = changes(&schema::ERROR, o, n, error_key);
                if !changes.is_empty() {
                    d.changed.push((o, changes));
                }
            }
            None => gone.push(o),
        }
    }
    let mut fresh: Vec<&ErrorDef> = new
        .errors
        .iter()
        .filter(|n| find(old, &n.code).is_none())
        .collect();
    for o in gone {
        let renamed = fresh
            .iter()
            .position(|n| n.aliases.contains(&o.code))
            .or_else(|| fresh.iter().position(|n| n.message == o.message));
        match renamed {
            Some(i) => d.renamed.push((o, fresh.remove(i))),
            None => d.removed.push(o),
        }
    }
    d.added = fresh;
    d.link = changes(&schema::LINK, &old.link, &new.link, link_key);
    let screen = |s: &Spec| -> Vec<(String, String)> {
        s.screens
            .iter()
            .map(|x| (x.name.clone(), format!("{:?} {}", x.title, x.text)))
            .collect()
    };
    let (os, ns) = (screen(old), screen(new));
    for (name, text) in &os {
        match ns.iter().find(|(n, _)| n == name) {
            None => d.screens.push(format!("screen-only error {name} removed")),
            Some((_, t)) if t != text => {
                d.screens
                    .push(format!("screen-only error {name}: text changed"));
            }
            Some(_) => {}
        }
    }
    for (name, _) in &ns {
        if !os.iter().any(|(n, _)| n == name) {
            d.screens.push(format!("screen-only error {name} added"));
        }
    }
    let kept = |a: &'a Spec, b: &'a Spec| -> Vec<String> {
        a.errors
            .iter()
            .filter(|e| find(b, &e.code).is_some())
            .map(|e| e.code.clone())
            .collect()
    };
    d.reordered = kept(old, new) != kept(new, old);
    d.index_shifts = index_shifts(old, new, &d.renamed);
    let vo: BTreeSet<&str> = old.errors.iter().map(|e| e.variant.as_str()).collect();
    let vn: BTreeSet<&str> = new.errors.iter().map(|e| e.variant.as_str()).collect();
    d.variants_added = vn.difference(&vo).copied().collect();
    d.variants_removed = vo.difference(&vn).copied().collect();
    d
}

/// Codes present in both specs (by wire string, or renamed) whose position, and so whose
/// `index()`, changed: a removal or an insertion shifts every code after it. The enum still
/// compiles, but `from_index` and every index stored by an older build now name another code.
fn index_shifts<'a>(
    old: &'a Spec,
    new: &'a Spec,
    renamed: &[(&'a ErrorDef, &'a ErrorDef)],
) -> Vec<(&'a ErrorDef, usize, usize)> {
    let position = |spec: &Spec, e: &ErrorDef| spec.errors.iter().position(|x| x.code == e.code);
    new.errors
        .iter()
        .enumerate()
        .filter_map(|(j, n)| {
            let o = old.errors.iter().find(|o| o.code == n.code).or_else(|| {
                renamed
                    .iter()
                    .find(|(_, r)| r.code == n.code)
                    .map(|(o, _)| *o)
            })?;
            let i = position(old, o)?;
            (i != j).then_some((n, i, j))
        })
        .collect()
}

/// What an `index()` shift breaks, said once in both formats.
const INDEX_BREAKS: &str = "`from_index` and indexes stored by an older build (databases, caches, \
                            messages) now name other codes; store `code()` instead";

pub(crate) fn run(
    old_path: &str,
    new_path: &str,
    overlay: Option<&str>,
    format: &str,
) -> Result<Output, Failure> {
    // A spec that cannot be read or checked cannot be compared: status 2, so that 1 means
    // "breaking" and nothing else. With an overlay, the old spec must pass with it; the new
    // one is read best-effort, since what it now lacks is what this command reports.
    let load = |p| crate::load(p, overlay).map_err(|f| Failure::trouble(f.message));
    let (_, old) = load(old_path)?;
    let (new, lacks) = match overlay {
        None => (load(new_path)?.1, Vec::new()),
        Some(o) => {
            let source = crate::read(new_path).map_err(|f| Failure::trouble(f.message))?;
            let text = crate::read_file(o, "overlay")?;
            let parsed = Spec::parse_best_effort(&source, Some(&text));
            let sources = link_errors_codegen::Sources {
                spec: (new_path, &source),
                overlay: Some((o, &text)),
            };
            let lacks = parsed
                .diagnostics
                .iter()
                .map(|d| d.message_in(&sources).replace("\n  help:", ";"))
                .collect();
            (parsed.spec, lacks)
        }
    };
    let mut d = compare(&old, &new);
    d.fields = field_changes(&old, &new);
    d.lacks = lacks;
    let text = if format == "json" {
        let mut s = serde_json::to_string_pretty(&to_json(&d)).expect("JSON of strings");
        s.push('\n');
        s
    } else {
        text(&d, old_path, new_path)
    };
    Ok(Output {
        text,
        status: u8::from(d.breaking()),
    })
}

/// How a declared field changed, and whether that breaks code or the overlay.
struct FieldChange {
    name: String,
    what: String,
    breaking: bool,
}

/// Fields removed or whose type (or optionality) changed break the code that calls their
/// accessors; a new field without a default that is not optional needs a value on every code,
/// which breaks an overlay that does not give it.
fn field_changes(old: &Spec, new: &Spec) -> Vec<FieldChange> {
    let mut out = Vec::new();
    // A `one_of` field's accessor returns an enum of its values: other values, another type.
    let ty = |f: &link_errors_codegen::FieldDef| {
        let mut ty = f.ty.name().to_owned();
        if !f.one_of.is_empty() {
            ty = format!("{ty} one of {:?}", f.one_of);
        }
        if f.optional {
            format!("optional {ty}")
        } else {
            ty
        }
    };
    for o in &old.fields {
        match new.fields.iter().find(|n| n.name == o.name) {
            None => out.push(FieldChange {
                name: o.name.clone(),
                what: format!("removed (was {}): its accessor is gone", ty(o)),
                breaking: true,
            }),
            Some(n) if ty(n) != ty(o) => out.push(FieldChange {
                name: o.name.clone(),
                what: format!(
                    "type {} -> {}: its accessor returns another type",
                    ty(o),
                    ty(n)
                ),
                breaking: true,
            }),
            Some(_) => {}
        }
    }
    for n in new
        .fields
        .iter()
        .filter(|n| !old.fields.iter().any(|o| o.name == n.name))
    {
        let required = n.default.is_none() && !n.optional;
        out.push(FieldChange {
            name: n.name.clone(),
            what: if required {
                format!("added ({}, required): every code must set it", ty(n))
            } else {
                format!("added ({})", ty(n))
            },
            breaking: required,
        });
    }
    out
}

fn text(d: &Diff<'_>, old_path: &str, new_path: &str) -> String {
    let mut out = format!("--- {old_path}\n+++ {new_path}\n");
    if d.is_empty() {
        out.push_str("no differences\n");
        return out;
    }
    codes_text(&mut out, d);
    rest_text(&mut out, d);
    out.push('\n');
    verdict_text(&mut out, d);
    out
}

/// The codes renamed, added, removed and changed, one line each.
fn codes_text(out: &mut String, d: &Diff<'_>) {
    for (o, n) in &d.renamed {
        let why = if n.aliases.contains(&o.code) {
            "old code kept as an alias"
        } else {
            "same message"
        };
        let _ = write!(out, "renamed  {} -> {} ({why}", o.code, n.code);
        if o.variant != n.variant {
            let _ = write!(out, "; variant {} -> {}", o.variant, n.variant);
        }
        out.push_str(")\n");
    }
    for n in &d.added {
        let _ = writeln!(
            out,
            "added    {} (variant {}): {}",
            n.code,
            n.variant,
            one_line(&n.message)
        );
    }
    for o in &d.removed {
        let _ = writeln!(out, "removed  {} (variant {})", o.code, o.variant);
    }
    for (o, changes) in &d.changed {
        for c in changes {
            let _ = writeln!(
                out,
                "changed  {} {}:\n           - {}\n           + {}",
                o.code, c.field, c.old, c.new
            );
        }
    }
}

/// The link settings, screens, order, indexes and fields that changed.
fn rest_text(out: &mut String, d: &Diff<'_>) {
    for c in &d.link {
        let _ = writeln!(out, "link     {}: {} -> {}", c.field, c.old, c.new);
    }
    for s in &d.screens {
        let _ = writeln!(out, "screen   {s}");
    }
    if d.reordered {
        out.push_str("order    codes kept from the old spec changed order (ALL, index() and Ord follow spec order)\n");
    }
    for (n, i, j) in &d.index_shifts {
        let _ = writeln!(out, "index    {} ({}): {i} -> {j}", n.code, n.variant);
    }
    if !d.index_shifts.is_empty() {
        let _ = writeln!(
            out,
            "         index() changed for {} code(s): {INDEX_BREAKS}",
            d.index_shifts.len()
        );
    }
    for f in &d.fields {
        let _ = writeln!(out, "field    {}: {}", f.name, f.what);
    }
}

/// Whether the change breaks the overlay, code using the fields, or exhaustive `match`es.
fn verdict_text(out: &mut String, d: &Diff<'_>) {
    if !d.lacks.is_empty() {
        out.push_str("BREAKING for the overlay: with it, the new spec does not build:\n");
        for l in &d.lacks {
            let _ = writeln!(out, "  ! {l}");
        }
    }
    if d.fields.iter().any(|f| f.breaking) {
        out.push_str("BREAKING: fields changed; code using them, or the overlay, must change:\n");
        for f in d.fields.iter().filter(|f| f.breaking) {
            let _ = writeln!(out, "  ! {}: {}", f.name, f.what);
        }
    }
    if d.variants_breaking() {
        out.push_str(
            "BREAKING: the enum's variants changed; exhaustive `match`es on it must change:\n",
        );
        let renamed = d.variants_renamed();
        for (o, n) in &renamed {
            let _ = writeln!(
                out,
                "  ~ {o} -> {n} (variant renamed: rename its arm and every use)"
            );
        }
        for v in d
            .variants_added
            .iter()
            .filter(|v| !renamed.iter().any(|(_, n)| n == *v))
        {
            let _ = writeln!(out, "  + {v} (new variant: add an arm, or a wildcard)");
        }
        for v in d
            .variants_removed
            .iter()
            .filter(|v| !renamed.iter().any(|(o, _)| o == *v))
        {
            let _ = writeln!(out, "  - {v} (variant gone: remove its arm and every use)");
        }
    } else if !d.breaking() {
        out.push_str(
            "not breaking: the enum's variants are the same; exhaustive `match`es still compile\n",
        );
    }
}

fn to_json(d: &Diff<'_>) -> Value {
    let code = |e: &ErrorDef| json!({ "code": e.code, "variant": e.variant, "message": e.message });
    let change = |c: &Change| json!({ "field": c.field, "old": c.old, "new": c.new });
    json!({
        "breaking": d.breaking(),
        "added": d.added.iter().map(|e| code(e)).collect::<Vec<_>>(),
        "removed": d.removed.iter().map(|e| code(e)).collect::<Vec<_>>(),
        "renamed": d.renamed.iter().map(|(o, n)| json!({ "old": code(o), "new": code(n) })).collect::<Vec<_>>(),
        "changed": d.changed.iter().map(|(e, cs)| json!({
            "code": e.code,
            "changes": cs.iter().map(change).collect::<Vec<_>>(),
        })).collect::<Vec<_>>(),
        "link": d.link.iter().map(change).collect::<Vec<_>>(),
        "screens": d.screens,
        "reordered": d.reordered,
        "index_shifts": d.index_shifts.iter().map(|(n, i, j)| json!({
            "code": n.code, "variant": n.variant, "old_index": i, "new_index": j,
        })).collect::<Vec<_>>(),
        "index_shifts_break": if d.index_shifts.is_empty() { Value::Null } else { Value::from(INDEX_BREAKS) },
        "variants_added": d.variants_added,
        "variants_removed": d.variants_removed,
        "variants_renamed": d.variants_renamed().iter().map(|(o, n)| json!({ "old": o, "new": n })).collect::<Vec<_>>(),
        "fields": d.fields.iter().map(|f| json!({ "name": f.name, "change": f.what, "breaking": f.breaking })).collect::<Vec<_>>(),
        "overlay_lacks": d.lacks,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spec(body: &str) -> Spec {
        Spec::parse_strict(body, None).unwrap()
    }

    #[test]
    fn classifies_and_decides() {
        let old = spec(
            "[[error]]\ncode = \"A\"\nmessage = \"a\"\n\
             [[error]]\ncode = \"B\"\nmessage = \"b\"\n\
             [[error]]\ncode = \"C\"\nmessage = \"c\"\n",
        );
        let new = spec(
            "[[error]]\ncode = \"A\"\nmessage = \"a!\"\n\
             [[error]]\ncode = \"B2\"\nmessage = \"b\"\n\
             [[error]]\ncode = \"D\"\nmessage = \"d\"\n",
        );
        let d = compare(&old, &new);
        assert_eq!(d.renamed.len(), 1);
        assert_eq!(
            (d.renamed[0].0.code.as_str(), d.renamed[0].1.code.as_str()),
            ("B", "B2")
        );
        assert_eq!(d.added[0].code, "D");
        assert_eq!(d.removed[0].code, "C");
        assert_eq!(d.changed[0].1[0].field, "message");
        assert_eq!(d.variants_added, ["B2", "D"]);
        assert_eq!(d.variants_removed, ["B", "C"]);
        assert!(d.breaking());
        assert!(!compare(&old, &old).breaking());
        assert!(compare(&old, &old).is_empty());
        assert!(compare(&old, &old).index_shifts.is_empty());
        // A (kept) and B2 (renamed from B) stay at 0 and 1: no shift.
        assert!(d.index_shifts.is_empty());
    }

    fn shifts(d: &Diff<'_>) -> Vec<(String, usize, usize)> {
        d.index_shifts
            .iter()
            .map(|(n, i, j)| (n.code.clone(), *i, *j))
            .collect()
    }

    #[test]
    fn index_shifts_follow_removals_insertions_renames_and_moves() {
        let old = spec(
            "[[error]]\ncode = \"A\"\nmessage = \"a\"\n\
             [[error]]\ncode = \"B\"\nmessage = \"b\"\n\
             [[error]]\ncode = \"C\"\nmessage = \"c\"\n\
             [[error]]\ncode = \"D\"\nmessage = \"d\"\n",
        );
        // A removed: B, C, D move up.
        let new = spec(
            "[[error]]\ncode = \"B\"\nmessage = \"b\"\n\
             [[error]]\ncode = \"C\"\nmessage = \"c\"\n\
             [[error]]\ncode = \"D\"\nmessage = \"d\"\n",
        );
        let d = compare(&old, &new);
        assert_eq!(
            shifts(&d),
            [("B".into(), 1, 0), ("C".into(), 2, 1), ("D".into(), 3, 2)]
        );
        // Added at the end: nothing moves, though the variants changed.
        let new = spec(
            "[[error]]\ncode = \"A\"\nmessage = \"a\"\n\
             [[error]]\ncode = \"B\"\nmessage = \"b\"\n\
             [[error]]\ncode = \"C\"\nmessage = \"c\"\n\
             [[error]]\ncode = \"D\"\nmessage = \"d\"\n\
             [[error]]\ncode = \"E\"\nmessage = \"e\"\n",
        );
        let d = compare(&old, &new);
        assert!(d.breaking() && d.index_shifts.is_empty());
        // Inserted at the front, B renamed to B2, C and D swapped: not breaking for the
        // variants of A, C, D, but every index after the insertion moves.
        let new = spec(
            "[[error]]\ncode = \"Z\"\nmessage = \"z\"\n\
             [[error]]\ncode = \"A\"\nmessage = \"a\"\n\
             [[error]]\ncode = \"B2\"\nmessage = \"b\"\n\
             [[error]]\ncode = \"D\"\nmessage = \"d\"\n\
             [[error]]\ncode = \"C\"\nmessage = \"c\"\n",
        );
        let d = compare(&old, &new);
        assert_eq!(
            shifts(&d),
            [("A".into(), 0, 1), ("B2".into(), 1, 2), ("C".into(), 2, 4)]
        );
        let json = to_json(&d);
        assert_eq!(json["index_shifts"][0]["code"], "A");
        assert_eq!(json["index_shifts"][0]["old_index"], 0);
        assert_eq!(json["index_shifts"][0]["new_index"], 1);
        assert!(
            json["index_shifts_break"]
                .as_str()
                .unwrap()
                .contains("from_index")
        );
        let text = text(&d, "old", "new");
        assert!(text.contains("index    A (A): 0 -> 1\n"), "{text}");
        assert!(text.contains("index    C (C): 2 -> 4\n"), "{text}");
        assert!(!text.contains("index    D"), "{text}");
        assert!(
            text.contains("index() changed for 3 code(s): `from_index`"),
            "{text}"
        );
        assert!(to_json(&compare(&old, &old))["index_shifts_break"].is_null());
    }

    /// Every key whose changes the schema says `diff` shows is rendered: a key added to the
    /// schema fails here until `error_key` or `link_key` shows it.
    #[test]
    fn every_shown_key_is_rendered() {
        let spec = spec("[[error]]\ncode = \"A\"\nmessage = \"a\"\n");
        for key in shown_keys(&schema::ERROR) {
            assert!(
                error_key(&spec.errors[0], key).is_some(),
                "`{key}` of [[error]] is shown by `diff` (schema.rs) but `error_key` cannot show it"
            );
        }
        for key in shown_keys(&schema::LINK) {
            assert!(
                link_key(&spec.link, key).is_some(),
                "`{key}` of [link] is shown by `diff` (schema.rs) but `link_key` cannot show it"
            );
        }
        // The keys that decide a field's accessor and whether it is required are the ones
        // `field_changes` compares.
        let by = |d| {
            schema::FIELD
                .keys
                .iter()
                .filter(|k| k.diff == d)
                .map(|k| k.name)
                .collect::<Vec<_>>()
        };
        assert_eq!(by(schema::Diff::Accessor), ["type", "optional", "one_of"]);
        assert_eq!(by(schema::Diff::Requirement), ["default"]);
        let screen: Vec<_> = schema::SCREEN
            .keys
            .iter()
            .map(|k| (k.name, k.diff))
            .collect();
        assert_eq!(
            screen,
            [
                ("name", schema::Diff::Identity),
                ("title", schema::Diff::Shown),
                ("text", schema::Diff::Shown)
            ],
            "`compare` matches screens by name and shows changes of title and text"
        );
    }

    #[test]
    fn a_rename_that_keeps_its_variant_is_not_breaking() {
        let old = spec("[[error]]\ncode = \"A\"\nmessage = \"a\"\n");
        let new = spec(
            "[[error]]\ncode = \"A2\"\nmessage = \"other\"\nvariant = \"A\"\naliases = [\"A\"]\n",
        );
        let d = compare(&old, &new);
        assert_eq!(d.renamed.len(), 1);
        assert!(!d.breaking());
    }
}
