//! Typed fields: the rules about `[fields.NAME]` declarations and about the values codes set.

use core::fmt::Write as _;
use std::ops::Range;

use super::Decls;
use super::sink::{Owner, Sink};
use super::texts::Slot;
use crate::codegen::diag::{Diagnostic, File, list, toml_key};
use crate::codegen::model::{FieldDef, FieldType, FieldValue};
use crate::codegen::raw::{RawField, Sp, Text, Value};
use crate::codegen::schema::{self, GENERATED_ITEMS, TRAIT_METHODS};
use crate::codegen::suggest::closest;

/// One field's value on one code while it is still coming in.
#[cfg_attr(test, derive(Debug))]
pub(super) struct FieldSlot {
    /// A value of a field that is not a `text`, and where it was set.
    value: Option<(File, Range<usize>, FieldValue)>,
    /// A `text` field's value, by locale.
    text: Slot,
    /// Whether the code sets it at all (a wrong value is reported as such, not as missing).
    set: bool,
}

impl FieldSlot {
    /// The value a code gives a field that is not a `text`, with where it is written.
    pub(super) fn given(&self) -> Option<(File, &Range<usize>, &FieldValue)> {
        self.value.as_ref().map(|(file, span, v)| (*file, span, v))
    }

    /// Leaves it unsaid when the code lacks this value: another error covers it.
    pub(super) fn excuse(&mut self) {
        self.text.excuse();
        self.set = true;
    }
}

impl Decls {
    /// The built-in keys of a table, and the declared fields, which any code may set.
    pub(super) fn known_keys(&self, table: &schema::Table) -> Vec<String> {
        let mut known: Vec<String> = table.owned_names();
        for f in &self.fields {
            known.push(f.name.clone());
        }
        known
    }

    /// Declares the fields of one file, in file order.
    pub(super) fn declare_fields(&mut self, raw: Vec<RawField>, out: Sink<'_>) {
        for f in raw {
            let name_ok = self.field_name(out, &f.name) && self.declared_once(out, &f.name);
            let (ty, guessed) = field_type(out, &f);
            if !name_ok {
                self.unusable_fields.push(f.name.value);
                continue;
            }
            // A field whose type is unknown still gets its accessor (as a `string`, with an
            // empty default), so that code calling it reports nothing more; its values are
            // not checked against a type nobody declared.
            let untyped = ty.is_none();
            if untyped {
                self.untyped_fields.push(f.name.value.clone());
            }
            let ty = ty.unwrap_or(FieldType::String);
            let one_of = one_of_is_for_strings(out, ty, f.one_of);
            let optional = f.optional.as_ref().is_some_and(|o| o.value);
            let mut def = FieldDef {
                name: f.name.value.clone(),
                ty,
                optional,
                default: None,
                one_of,
                doc: super::nonempty(out, f.doc, "doc").map(|d| d.value),
                declared_in: out.file(),
            };
            if untyped {
                def.default = (!optional).then(|| zero(ty, self.locales.len().max(1)));
            } else if let Some(default) = f.default {
                def.default = self.default_fits(out, &def, default, f.optional.as_ref());
            } else if guessed && !optional {
                // A field whose type was guessed is not reported missing on every code too.
                def.default = Some(zero(ty, self.locales.len().max(1)));
            }
            self.field_spans
                .insert(def.name.clone(), f.name.span.clone());
            self.fields.push(def);
        }
    }

    /// A field name is a `snake_case` Rust identifier (it names the accessor), and neither a
    /// built-in key (it is set beside them) nor the name of an item the enum has already or
    /// of a trait method it implements (the accessor would clash with it or shadow it). A
    /// `text` field's `NAME_in` is checked with the other fields, in `field_items_distinct`.
    fn field_name(&self, out: Sink<'_>, name: &Sp<String>) -> bool {
        let n = name.value.as_str();
        let problem = if !is_snake_ident(n) {
            Some("is not a snake_case Rust identifier (it names the accessor `fn`)".to_owned())
        } else if schema::ERROR.has(n) {
            Some("is a built-in key of `[[error]]`".to_owned())
        } else if GENERATED_ITEMS.contains(&n) {
            Some("clashes with a generated item of the enum".to_owned())
        } else if TRAIT_METHODS.contains(&n) {
            Some("would shadow a method of a trait the enum implements".to_owned())
        } else {
            None
        };
        let Some(problem) = problem else {
            return true;
        };
        let help = match self.free_field_name(n) {
            Some(free) => format!("choose another name, such as `{free}`"),
            None => "choose another name".to_owned(),
        };
        out.push(
            Diagnostic::new(name.span.clone(), format!("field name `{n}` {problem}")).help(help),
        );
        false
    }

    /// A name close to `n` that a field could have: `snake_case`, an identifier, no built-in
    /// key or generated item or trait method, and not the name of a field either file declares.
    fn free_field_name(&self, n: &str) -> Option<String> {
        let snake = crate::codegen::case::snake(n);
        let candidates = [
            snake.clone(),
            format!("{snake}_value"),
            format!("app_{snake}"),
        ];
        for c in &candidates {
            if is_snake_ident(c)
                && !schema::ERROR.has(c)
                && !GENERATED_ITEMS.contains(&c.as_str())
                && !TRAIT_METHODS.contains(&c.as_str())
                && !self.declared_field_names.contains(c)
            {
                return Some(c.clone());
            }
        }
        None
    }

    /// A field is declared once, in the spec or the overlay: two declarations could disagree.
    fn declared_once(&self, out: Sink<'_>, name: &Sp<String>) -> bool {
        let Some(i) = self.field_index(&name.value) else {
            return true;
        };
        let (file, first) = (
            self.fields[i].declared_in,
            self.field_spans[&name.value].clone(),
        );
        let d = Diagnostic::new(
            name.span.clone(),
            format!("field `{}` is declared twice", name.value),
        )
        .related_in("first declared", file, first)
        .help("keep one `[fields.NAME]` table");
        out.push_related(d);
        false
    }

    /// A `default` fits its own field (type, range, `one_of`); and a field with a default is
    /// never missing, so `optional = true` beside it means nothing.
    fn default_fits(
        &mut self,
        out: Sink<'_>,
        def: &FieldDef,
        default: Sp<Value>,
        optional: Option<&Sp<bool>>,
    ) -> Option<FieldValue> {
        if let Some(o) = optional.filter(|o| o.value) {
            out.push(
                Diagnostic::new(
                    o.span.clone(),
                    format!(
                        "field `{}` has both a `default` and `optional = true`",
                        def.name
                    ),
                )
                .help("a code that does not set it gets the default; remove one of the two"),
            );
        }
        let owner = Owner::Field(def.name.clone());
        // A default that does not fit still stands in (as a zero value), so that codes
        // without the field are not reported as missing it too.
        let fallback = Some(zero(def.ty, self.locales.len().max(1)));
        if def.ty == FieldType::Text {
            let mut slot = self.slot("default");
            let Some(text) = text_value(out, default, "default", &owner) else {
                return fallback;
            };
            self.put_text(out, &mut slot, text, &owner);
            return self.finish_text(out, &slot, &owner).map(FieldValue::Text);
        }
        field_value(out, def, &default, "`default`", &owner).or(fallback)
    }

    /// One empty slot per declared field.
    pub(super) fn field_slots(&self) -> Vec<FieldSlot> {
        let mut slots = Vec::with_capacity(self.fields.len());
        for f in &self.fields {
            slots.push(FieldSlot {
                value: None,
                text: self.slot(&f.name),
                set: false,
            });
        }
        slots
    }

    /// Sets the values of the fields among `others`; any other key is unknown (the nearest
    /// built-in key or declared field is suggested).
    pub(super) fn set_values(
        &mut self,
        out: Sink<'_>,
        slots: &mut [FieldSlot],
        others: Vec<(Sp<String>, Sp<Value>)>,
        owner: &Owner,
        what: &str,
        builtin: &schema::Table,
    ) {
        for (key, value) in others {
            if let Some(i) = self.field_index(&key.value) {
                self.set_value(out, &mut slots[i], i, &key, value, owner);
            } else if !self.unusable_fields.contains(&key.value) {
                let known = self.known_keys(builtin);
                // A near miss of a field (`retri` for `retry`) is one error, this one: the
                // field is not also reported missing.
                if let Some(near) = closest(&key.value, known.iter().map(String::as_str))
                    && let Some(i) = self.field_index(near)
                {
                    slots[i].set = true;
                }
                unknown_key(out, &key, what, &known);
            }
        }
    }

    /// Where the usable field `name` is among `fields`.
    pub(super) fn field_index(&self, name: &str) -> Option<usize> {
        for (i, f) in self.fields.iter().enumerate() {
            if f.name == name {
                return Some(i);
            }
        }
        None
    }

    /// A field's value on one code is set in one place, the spec or the overlay.
    fn set_value(
        &mut self,
        out: Sink<'_>,
        slot: &mut FieldSlot,
        i: usize,
        key: &Sp<String>,
        value: Sp<Value>,
        owner: &Owner,
    ) {
        let def = self.fields[i].clone();
        slot.set = true;
        if self.untyped_fields.contains(&def.name) {
            return;
        }
        if def.ty == FieldType::Text {
            if let Some(text) = text_value(out, value, &def.name, owner) {
                self.put_text(out, &mut slot.text, text, owner);
            }
            return;
        }
        if let Some((file, first, _)) = &slot.value {
            let d = Diagnostic::new(
                key.span.clone(),
                format!("`{}` of {owner} is set twice", def.name),
            )
            .related_in("first set", *file, first.clone())
            .help("keep one of them");
            out.push_related(d);
            return;
        }
        if let Some(v) = field_value(out, &def, &value, &format!("`{}`", def.name), owner) {
            slot.value = Some((out.file(), value.span, v));
        }
    }

    /// Every field's value on a code: what it set, else the default, else none for an
    /// optional field. A required field it does not set is a problem that names the code and
    /// where to add the value.
    pub(super) fn finish_values(
        &self,
        out: Sink<'_>,
        slots: Vec<FieldSlot>,
        code: &str,
        table: &Range<usize>,
    ) -> Vec<FieldValue> {
        let owner = Owner::Code(code.to_owned());
        let mut values = Vec::with_capacity(self.fields.len());
        for (f, slot) in self.fields.iter().zip(slots) {
            let given = if f.ty == FieldType::Text {
                self.finish_text(out, &slot.text, &owner)
                    .map(FieldValue::Text)
            } else {
                slot.value.map(|(_, _, v)| v)
            };
            values.push(if let Some(v) = given {
                v
            } else if let Some(default) = &f.default {
                default.clone()
            } else if f.optional {
                FieldValue::Absent
            } else {
                if !slot.set {
                    self.required_field_missing(out, f, code, table);
                }
                zero(f.ty, self.locales.len().max(1))
            });
        }
        values
    }

    /// A field without `default` and without `optional = true` is set on every code: the
    /// field exists because every code needs an answer. The help writes the value as it must
    /// be written (a `text` with several locales is a table by locale) where it goes: the
    /// code's `[[error]]` or its overlay table for a field of the spec, the overlay table for a
    /// field the overlay declares.
    fn required_field_missing(
        &self,
        out: Sink<'_>,
        f: &FieldDef,
        code: &str,
        table: &Range<usize>,
    ) {
        let example = match f.ty {
            FieldType::Bool => "true".to_owned(),
            FieldType::F64 => "0.0".to_owned(),
            FieldType::Text if self.locales.len() > 1 => {
                let mut each = String::from("{ ");
                for (i, l) in self.locales.iter().enumerate() {
                    let comma = if i > 0 { ", " } else { "" };
                    let _ = write!(each, "{comma}{} = \"...\"", toml_key(l));
                }
                each + " }"
            }
            FieldType::String | FieldType::Text => "\"...\"".to_owned(),
            _ => "0".to_owned(),
        };
        let (name, key) = (&f.name, toml_key(code));
        let place = match f.declared_in {
            File::Spec => format!("to this `[[error]]` or under `[codes.{key}]` in the overlay"),
            File::Overlay => format!("under `[codes.{key}]` in the overlay"),
        };
        let d = Diagnostic::new(
            table.clone(),
            format!("code `{code}` has no value for field `{name}`"),
        )
        .help(format!(
            "add `{name} = {example}` {place}; or give `[fields.{name}]` a `default`, or \
             `optional = true`",
        ));
        out.of(File::Spec).push(d);
    }

    /// The items a field generates are distinct from each other's: a `text` field `advice`
    /// makes `advice` and `advice_in`, so no other field may be called `advice_in`, and
    /// `advice_in` may not be a generated item either. Of two clashing fields, the `text`
    /// field is kept (its `advice_in(locale)` is what code calls) and the other is not
    /// generated.
    pub(super) fn field_items_distinct(&mut self, out: Sink<'_>) {
        let fields = &self.fields;
        let mut dropped = Vec::new();
        for f in fields {
            let in_name = format!("{}_in", f.name);
            if f.ty != FieldType::Text {
                continue;
            }
            let (clashing, problem) = if GENERATED_ITEMS.contains(&in_name.as_str()) {
                (
                    f,
                    format!(
                        "text field `{}` generates `{in_name}`, which is a generated item of the \
                         enum",
                        f.name
                    ),
                )
            } else if let Some(g) = self.field_index(&in_name) {
                (
                    &fields[g],
                    format!(
                        "field `{in_name}` clashes with `{in_name}`, which text field `{}` \
                         generates",
                        f.name
                    ),
                )
            } else {
                continue;
            };
            let span = self.field_spans[&clashing.name].clone();
            let d = Diagnostic::new(span, problem).help("rename one of the two");
            out.of(clashing.declared_in).push(d);
            self.unusable_fields.push(clashing.name.clone());
            dropped.push(clashing.name.clone());
        }
        let mut i = 0;
        while i < self.fields.len() {
            if dropped.contains(&self.fields[i].name) {
                self.fields.remove(i);
            } else {
                i += 1;
            }
        }
    }
}

/// A field has a `type`, one of the nine the generated accessor can return. An unknown
/// type with a suggestion stands as the suggested one (the second value says so).
fn field_type(out: Sink<'_>, f: &RawField) -> (Option<FieldType>, bool) {
    let Some(ty) = &f.ty else {
        if !f.keys.iter().any(|k| k == "type") {
            out.push(
                Diagnostic::new(
                    f.name.span.clone(),
                    format!("missing `type` in [fields.{}]", toml_key(&f.name.value)),
                )
                .help(type_help()),
            );
        }
        return (None, false);
    };
    if let Some(t) = FieldType::from_name(&ty.value) {
        return (Some(t), false);
    }
    let d = Diagnostic::new(
        ty.span.clone(),
        format!("unknown field type `{}`", ty.value),
    );
    let near =
        closest(&ty.value, FieldType::NAMES.iter().copied()).or(type_spelt_otherwise(&ty.value));
    out.push(match near {
        Some(near) => d.help(format!("did you mean `{near}`? {}", type_help())),
        None => d.help(type_help()),
    });
    // The field stands with the suggested type, so that its accessor exists and the code
    // that calls it reports nothing more.
    (near.and_then(FieldType::from_name), true)
}

/// `one_of` lists the values of a `string` field; on any other type it means nothing.
fn one_of_is_for_strings(
    out: Sink<'_>,
    ty: FieldType,
    one_of: Option<Sp<Vec<Sp<String>>>>,
) -> Vec<String> {
    let Some(one_of) = one_of else {
        return Vec::new();
    };
    if ty != FieldType::String {
        out.push(
            Diagnostic::new(
                one_of.span,
                format!("`one_of` is for `string` fields, not `{}`", ty.name()),
            )
            .help("remove `one_of`, or make the field `type = \"string\"`"),
        );
        return Vec::new();
    }
    if one_of.value.is_empty() {
        out.push(
            Diagnostic::new(one_of.span, "`one_of` is empty")
                .help("list the values the field may take"),
        );
    }
    let mut values = Vec::with_capacity(one_of.value.len());
    for v in one_of.value {
        values.push(v.value);
    }
    values
}

/// A text (a `text` field's value, or a text an overlay sets): a string, or a table of
/// locale → string.
pub(super) fn text_value(
    out: Sink<'_>,
    v: Sp<Value>,
    key: &str,
    owner: &Owner,
) -> Option<Sp<Text>> {
    let text = match v.value {
        Value::Str(s) => Text::Plain(s),
        Value::Texts(t) => Text::Locales(t),
        other => {
            out.push(Diagnostic::new(
                v.span,
                format!(
                    "`{key}` of {owner} must be a text (a string, or a table of locale = \
                         \"text\"), found {}",
                    other.type_str()
                ),
            ));
            return None;
        }
    };
    Some(Sp {
        value: text,
        span: v.span,
    })
}

/// A value fits its field: the right type, an integer within the type's range, a string
/// among `one_of` when the field lists values.
fn field_value(
    out: Sink<'_>,
    def: &FieldDef,
    v: &Sp<Value>,
    key: &str,
    owner: &Owner,
) -> Option<FieldValue> {
    let found = v.value.type_str();
    let problem = match (&v.value, def.ty) {
        (Value::Bool(b), FieldType::Bool) => return Some(FieldValue::Bool(*b)),
        (Value::Int(n), ty) if ty.range().is_some() => {
            let (lo, hi) = ty.range().unwrap_or_default();
            let what = match n {
                Some(n) => n.to_string(),
                None => "an integer".to_owned(),
            };
            match n {
                Some(n) if (lo..=hi).contains(n) => return Some(FieldValue::Int(*n)),
                _ => Diagnostic::new(
                    v.span.clone(),
                    format!(
                        "{key} of {owner} is {what}, out of range for `{}` ({lo} to {hi})",
                        ty.name()
                    ),
                )
                .help(format!(
                    "use a value from {lo} to {hi}, or a wider `type` in `[fields.{}]`",
                    toml_key(&def.name)
                )),
            }
        }
        (Value::Float(x), FieldType::F64) if x.is_finite() => return Some(FieldValue::Float(*x)),
        (Value::Int(Some(n)), FieldType::F64) if n.unsigned_abs() <= MAX_EXACT_INT => {
            #[allow(clippy::cast_precision_loss)] // exact: |n| <= 2^53
            return Some(FieldValue::Float(*n as f64));
        }
        (Value::Float(x), FieldType::F64) => Diagnostic::new(
            v.span.clone(),
            format!("{key} of {owner} is {x}, which is not a finite number"),
        )
        .help("an `f64` field holds a finite number, such as `1.5`"),
        (Value::Str(s), FieldType::String) => {
            if def.one_of.is_empty() || def.one_of.contains(s) {
                return Some(FieldValue::Str(s.clone()));
            }
            let list = list(&mut def.one_of.iter().map(String::as_str), "\"");
            let d = Diagnostic::new(
                v.span.clone(),
                format!("{key} of {owner} is \"{s}\", not one of {list}"),
            );
            match closest(s, def.one_of.iter().map(String::as_str)) {
                Some(near) => d.help(format!("did you mean \"{near}\"?")),
                None => d.help(format!(
                    "use one of them, or add \"{s}\" to `one_of` in `[fields.{}]`",
                    toml_key(&def.name)
                )),
            }
        }
        (value, ty) => {
            let d = Diagnostic::new(
                v.span.clone(),
                format!("{key} of {owner} must be {}, found {found}", expected(ty)),
            );
            match retyped(value, ty) {
                Some(fix) => d.help(format!("{fix}: `{} = {}`", key.trim_matches('`'), fix.text)),
                None => d,
            }
        }
    };
    out.push(problem);
    None
}

/// The largest integer an `f64` holds exactly (2^53): an integer written for an `f64` field
/// is taken as it is, up to this.
const MAX_EXACT_INT: u128 = 1 << 53;

/// A value of the wrong type that is the right one written with or without quotes
/// (`http_status = "401"` for a `u16`, `name = 401` for a `string`): the fix and the value as
/// it should be written.
struct Retyped {
    unquote: bool,
    text: String,
}

impl core::fmt::Display for Retyped {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str(if self.unquote {
            "write it without quotes"
        } else {
            "write it in quotes"
        })
    }
}

/// What [`Retyped`] `value` is for a field of type `ty`, if it is one.
fn retyped(value: &Value, ty: FieldType) -> Option<Retyped> {
    let unquote = |text: &str| {
        Some(Retyped {
            unquote: true,
            text: text.to_owned(),
        })
    };
    match (value, ty) {
        (Value::Str(s), FieldType::Bool) if matches!(s.trim(), "true" | "false") => {
            unquote(s.trim())
        }
        (Value::Str(s), FieldType::F64) => {
            let x: f64 = s.trim().parse().ok()?;
            let text = FieldValue::Float(x).to_string();
            // Only a number TOML reads as written (not `inf`, `nan` or `1.`).
            (x.is_finite() && s.bytes().any(|b| b.is_ascii_digit())).then_some(())?;
            unquote(&text)
        }
        (Value::Str(s), ty) => {
            let (lo, hi) = ty.range()?;
            let n: i128 = s.trim().parse().ok()?;
            if (lo..=hi).contains(&n) {
                unquote(&n.to_string())
            } else {
                None
            }
        }
        (Value::Int(Some(n)), FieldType::String) => Some(Retyped {
            unquote: false,
            text: format!("\"{n}\""),
        }),
        (Value::Bool(b), FieldType::String) => Some(Retyped {
            unquote: false,
            text: format!("\"{b}\""),
        }),
        _ => None,
    }
}

/// Keys are known: a typo must not pass silently.
pub(super) fn unknown_key(out: Sink<'_>, key: &Sp<String>, what: &str, known: &[String]) {
    let mut names = Vec::with_capacity(known.len());
    for k in known {
        names.push(k.as_str());
    }
    out.push(crate::codegen::raw::unknown_key(
        key.span.clone(),
        &key.value,
        what,
        &names,
    ));
}

/// Whether `n` is a `snake_case` Rust identifier (not a keyword), as a field's accessor is.
fn is_snake_ident(n: &str) -> bool {
    n.as_bytes().first().is_some_and(u8::is_ascii_lowercase)
        && n.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_')
        && super::is_ident(n)
}

/// The field type another language's spelling of it names: `uint16` and `UInt16` for `u16`,
/// `int64` for `i64`, `str` and `String` for `string`, `boolean` for `bool`, `float`, `double`
/// and `number` for `f64`.
fn type_spelt_otherwise(name: &str) -> Option<&'static str> {
    let lower = name.to_ascii_lowercase();
    let lower = lower.trim_start_matches('&');
    let spelt = match lower {
        "boolean" => "bool".to_owned(),
        "str" => "string".to_owned(),
        "float" | "double" | "number" | "float64" | "decimal" | "real" => "f64".to_owned(),
        _ => match (lower.strip_prefix("uint"), lower.strip_prefix("int")) {
            (Some(bits), _) => format!("u{bits}"),
            (None, Some(bits)) => format!("i{bits}"),
            _ => lower.to_owned(),
        },
    };
    FieldType::from_name(&spelt).map(FieldType::name)
}

fn type_help() -> String {
    let mut names = FieldType::NAMES.iter().copied();
    format!("the types are {}", list(&mut names, "`"))
}

/// What a value of `ty` looks like, for "must be ...".
fn expected(ty: FieldType) -> String {
    match ty.range() {
        Some((lo, hi)) => format!("a `{}` (an integer from {lo} to {hi})", ty.name()),
        None => match ty {
            FieldType::Bool => "`true` or `false`".to_owned(),
            FieldType::F64 => "an `f64` (a number, such as `1.5`)".to_owned(),
            _ => "a string".to_owned(),
        },
    }
}

/// A placeholder for a value that could not be read, so the accessor still exists.
fn zero(ty: FieldType, locales: usize) -> FieldValue {
    match ty {
        FieldType::Bool => FieldValue::Bool(false),
        FieldType::String => FieldValue::Str(String::new()),
        FieldType::Text => FieldValue::Text(vec![String::new(); locales]),
        FieldType::F64 => FieldValue::Float(0.0),
        _ => FieldValue::Int(0),
    }
}

#[cfg(test)]
mod tests {
    use super::type_spelt_otherwise;

    #[test]
    fn types_spelt_as_in_other_languages() {
        assert_eq!(type_spelt_otherwise("uint16"), Some("u16"));
        assert_eq!(type_spelt_otherwise("UInt8"), Some("u8"));
        assert_eq!(type_spelt_otherwise("int64"), Some("i64"));
        assert_eq!(type_spelt_otherwise("String"), Some("string"));
        assert_eq!(type_spelt_otherwise("&str"), Some("string"));
        assert_eq!(type_spelt_otherwise("boolean"), Some("bool"));
        assert_eq!(type_spelt_otherwise("int16"), None);
        assert_eq!(type_spelt_otherwise("float"), Some("f64"));
        assert_eq!(type_spelt_otherwise("Double"), Some("f64"));
        assert_eq!(type_spelt_otherwise("decimal128"), None);
    }
}
