//! The catalog as one TypeScript module, with no runtime dependencies: a union type of the
//! codes, their tables, and lookups that follow the Rust side's rules (aliases, locale
//! lookup, `negotiate`, what a redirect may report).

use std::fmt::Write as _;

use heck::{ToLowerCamelCase, ToShoutySnakeCase};
use link_errors_codegen::{ErrorDef, FieldDef, FieldType, FieldValue, Spec, Translation};

use super::{Catalog, ExportError, code_shape_pattern, lit, texts};

/// Names a field's function may not take: what the module exports itself, and the words
/// JavaScript reserves.
const TAKEN: &[&str] = &[
    "negotiate",
    "messageIn",
    "screenTitleIn",
    "screenTextIn",
    "screenOnlyIn",
    "arguments",
    "await",
    "break",
    "case",
    "catch",
    "class",
    "const",
    "continue",
    "debugger",
    "default",
    "delete",
    "do",
    "else",
    "enum",
    "eval",
    "export",
    "extends",
    "false",
    "finally",
    "for",
    "function",
    "if",
    "implements",
    "import",
    "in",
    "instanceof",
    "interface",
    "let",
    "new",
    "null",
    "package",
    "private",
    "protected",
    "public",
    "return",
    "static",
    "super",
    "switch",
    "this",
    "throw",
    "true",
    "try",
    "typeof",
    "undefined",
    "var",
    "void",
    "while",
    "with",
    "yield",
];

/// The largest integer a JavaScript `number` holds exactly.
const MAX_SAFE_INTEGER: i128 = (1 << 53) - 1;

/// The module for `catalog`.
pub(super) fn module(catalog: &Catalog<'_>) -> Result<String, ExportError> {
    let names = Names::new(catalog.name);
    let mut out = String::new();
    header(&mut out, catalog);
    codes(&mut out, catalog.spec, &names);
    texts_and_lookups(&mut out, catalog.spec, &names);
    screen_only(&mut out, catalog.spec);
    for (i, field) in catalog.spec.fields.iter().enumerate() {
        self::field(&mut out, catalog.spec, &names, i, field)?;
    }
    reported(&mut out, &names);
    link(&mut out, catalog.spec);
    out.push_str(LOCALE_RULES);
    Ok(out)
}

/// The names derived from the enum's name (`LinkError`).
struct Names {
    /// The union type, and the object of codes by variant name.
    ty: String,
    /// `LINK_ERROR_CODES`.
    codes: String,
    /// `parseLinkError`.
    parse: String,
    /// `ReportedLinkError`.
    reported: String,
}

impl Names {
    fn new(name: &str) -> Self {
        Self {
            ty: name.to_owned(),
            codes: format!("{}_CODES", name.to_shouty_snake_case()),
            parse: format!("parse{name}"),
            reported: format!("Reported{name}"),
        }
    }
}

fn header(out: &mut String, catalog: &Catalog<'_>) {
    let _ = writeln!(out, "// {}", catalog.generated_line());
    out.push_str(
        "// Do not edit: edit the spec (or the overlay) and export again. One module, no\n\
         // dependencies; the lookups follow the rules of the Rust crate `link-errors`.\n\n",
    );
}

/// The union type, the object of codes by variant name (deprecated ones marked), the list,
/// the parser, `EXIT_CODE` and the locales.
fn codes(out: &mut String, spec: &Spec, n: &Names) {
    let Names {
        ty, codes, parse, ..
    } = n;
    let _ = writeln!(out, "/** A code of the spec, as the wire spells it. */");
    if spec.errors.is_empty() {
        let _ = writeln!(out, "export type {ty} = never;\n");
    } else {
        let _ = write!(out, "export type {ty} =");
        for e in &spec.errors {
            let _ = write!(out, "\n  | {}", lit(&e.code));
        }
        out.push_str(";\n\n");
    }
    let _ = writeln!(
        out,
        "/** Each code by its Rust variant's name; deprecated codes are marked so. */\n\
         export const {ty} = {{"
    );
    for e in &spec.errors {
        let _ = writeln!(out, "  /**\n   * {}", jsdoc(&e.message));
        if let Some(note) = &e.deprecated {
            let _ = writeln!(
                out,
                "   * @deprecated {}",
                jsdoc(note.as_deref().unwrap_or(""))
            );
        }
        let _ = writeln!(out, "   */\n  {}: {},", e.variant, lit(&e.code));
    }
    let _ = writeln!(out, "}} as const;\n");
    let all: Vec<_> = spec.errors.iter().map(|e| lit(&e.code)).collect();
    let deprecated: Vec<_> = (spec.errors.iter())
        .filter(|e| e.deprecated.is_some())
        .map(|e| lit(&e.code))
        .collect();
    let exit =
        (spec.errors.iter().find(|e| e.exit_button)).map_or("undefined".into(), |e| lit(&e.code));
    let mut wire: Vec<String> = Vec::new();
    for e in &spec.errors {
        for w in std::iter::once(&e.code).chain(&e.aliases) {
            wire.push(format!("[{}, {}]", lit(w), lit(&e.code)));
        }
    }
    let _ = write!(
        out,
        "/** Every code, in spec order. */\n\
         export const {codes}: readonly {ty}[] = [{all}];\n\n\
         /** The deprecated codes, in spec order. */\n\
         export const DEPRECATED_{codes}: readonly {ty}[] = [{deprecated}];\n\n\
         /** The code that arms the EXIT button when it is in the rollback list. */\n\
         export const EXIT_CODE: {ty} | undefined = {exit};\n\n\
         /** The spec's locales, the language of its plain strings first; `[]` without. */\n\
         export const LOCALES: readonly string[] = [{locales}];\n\n\
         const WIRE: ReadonlyMap<string, {ty}> = new Map<string, {ty}>([{wire}]);\n\
         const INDEX: ReadonlyMap<string, number> = new Map({codes}.map((c, i) => [c, i]));\n\n\
         /** The code `s` names: exact and case-sensitive, aliases accepted. */\n\
         export function {parse}(s: string): {ty} | undefined {{\n  return WIRE.get(s);\n}}\n\n\
         function at(code: {ty}): number {{\n  const i = INDEX.get(code);\n  \
         if (i === undefined) throw new RangeError(`not a {ty} code: ${{String(code)}}`);\n  \
         return i;\n}}\n\n",
        all = all.join(", "),
        deprecated = deprecated.join(", "),
        locales = spec
            .locales
            .iter()
            .map(|l| lit(l))
            .collect::<Vec<_>>()
            .join(", "),
        wire = wire.join(", "),
    );
}

/// The messages and the vendor's screen texts, with their lookups in a locale.
fn texts_and_lookups(out: &mut String, spec: &Spec, n: &Names) {
    let ty = &n.ty;
    let messages: Vec<_> = (spec.errors.iter())
        .map(|e| {
            lit_list(&texts(
                &e.message,
                e.translations.iter().map(|t| &t.message),
            ))
        })
        .collect();
    let screen = |first: fn(&ErrorDef) -> Option<&String>,
                  get: fn(&Translation) -> Option<&String>| {
        (spec.errors.iter())
            .map(|e| match first(e) {
                Some(text) => {
                    let rest = e.translations.iter().map(|t| get(t).unwrap_or(text));
                    lit_list(&texts(text, rest))
                }
                None => "undefined".to_owned(),
            })
            .collect::<Vec<_>>()
            .join(",\n  ")
    };
    let titles = screen(|e| e.screen_title.as_ref(), |t| t.screen_title.as_ref());
    let bodies = screen(|e| e.screen_text.as_ref(), |t| t.screen_text.as_ref());
    let _ = write!(
        out,
        "const MESSAGES: readonly (readonly string[])[] = [\n  {messages}\n];\n\
         const SCREEN_TITLES: readonly (readonly string[] | undefined)[] = [\n  {titles}\n];\n\
         const SCREEN_TEXTS: readonly (readonly string[] | undefined)[] = [\n  {bodies}\n];\n\n\
         /** The code's message in `locale` (exact, then without its last subtags, then the first locale). */\n\
         export function messageIn(code: {ty}, locale: string): string {{\n  \
         return MESSAGES[at(code)][localeIndex(locale)];\n}}\n\n\
         /** The heading the vendor's page shows for the code, in `locale`, if it has one. */\n\
         export function screenTitleIn(code: {ty}, locale: string): string | undefined {{\n  \
         return SCREEN_TITLES[at(code)]?.[localeIndex(locale)];\n}}\n\n\
         /** The text the vendor's page shows for the code, in `locale`, if it has one. */\n\
         export function screenTextIn(code: {ty}, locale: string): string | undefined {{\n  \
         return SCREEN_TEXTS[at(code)]?.[localeIndex(locale)];\n}}\n\n",
        messages = messages.join(",\n  "),
    );
}

/// The on-screen errors that have no code.
fn screen_only(out: &mut String, spec: &Spec) {
    let screens: Vec<_> = (spec.screens.iter())
        .map(|s| {
            let title = match &s.title {
                Some(first) => {
                    let rest = s
                        .translations
                        .iter()
                        .map(|t| t.title.as_ref().unwrap_or(first));
                    lit_list(&texts(first, rest))
                }
                None => "undefined".into(),
            };
            let text = lit_list(&texts(&s.text, s.translations.iter().map(|t| &t.text)));
            format!("[{}, {title}, {text}]", lit(&s.name))
        })
        .collect();
    let _ = write!(
        out,
        "/** An on-screen error: its name, its heading if it has one, and its text. */\n\
         export interface Screen {{\n  readonly name: string;\n  readonly title?: string;\n  \
         readonly text: string;\n}}\n\n\
         const SCREENS: readonly (readonly [string, readonly string[] | undefined, readonly string[]])[] = [\n  {screens}\n];\n\n\
         /** The vendor's on-screen errors that have no code, in spec order, in `locale`. */\n\
         export function screenOnlyIn(locale: string): readonly Screen[] {{\n  \
         const i = localeIndex(locale);\n  \
         return SCREENS.map(([name, title, text]) =>\n    \
         title === undefined ? {{ name, text: text[i] }} : {{ name, title: title[i], text: text[i] }},\n  );\n}}\n\n\
         /** The vendor's on-screen errors that have no code, in the first locale. */\n\
         export const SCREEN_ONLY: readonly Screen[] = screenOnlyIn(\"\");\n\n",
        screens = screens.join(",\n  "),
    );
}

/// One function per field (and `<name>In` for a text field), typed as the Rust accessor is.
fn field(
    out: &mut String,
    spec: &Spec,
    n: &Names,
    i: usize,
    f: &FieldDef,
) -> Result<(), ExportError> {
    let name = f.name.to_lower_camel_case();
    if TAKEN.contains(&name.as_str()) || name == n.parse {
        return Err(ExportError(format!(
            "field `{}` would be the TypeScript function `{name}`, which the module already \
             has or JavaScript reserves; rename the field",
            f.name
        )));
    }
    let table = format!("FIELD_{}", f.name.to_shouty_snake_case());
    let mut values = Vec::with_capacity(spec.errors.len());
    for e in &spec.errors {
        values.push(value(&e.values[i], f, &e.code)?);
    }
    let ty = &n.ty;
    let doc = jsdoc(f.doc.as_deref().unwrap_or("A field of the spec."));
    let (elem, ret) = ts_type(f);
    let _ = writeln!(
        out,
        "const {table}: readonly ({elem})[] = [{}];\n\n/** {doc} */\n\
         export function {name}(code: {ty}): {ret} {{\n  return {table}[at(code)]{first};\n}}\n",
        values.join(", "),
        first = match (f.ty, f.optional) {
            (FieldType::Text, true) => "?.[0]",
            (FieldType::Text, false) => "[0]",
            _ => "",
        },
    );
    if f.ty == FieldType::Text {
        let _ = writeln!(
            out,
            "/** {doc} In `locale`. */\nexport function {name}In(code: {ty}, locale: string): {ret} {{\n  \
             return {table}[at(code)]{q}[localeIndex(locale)];\n}}\n",
            q = if f.optional { "?." } else { "" },
        );
    }
    Ok(())
}

/// The type of a field's table entries and of its function's result.
fn ts_type(f: &FieldDef) -> (String, String) {
    let base = match f.ty {
        FieldType::Bool => "boolean".to_owned(),
        FieldType::String if !f.one_of.is_empty() => f
            .one_of
            .iter()
            .map(|v| lit(v))
            .collect::<Vec<_>>()
            .join(" | "),
        FieldType::String | FieldType::Text => "string".to_owned(),
        _ => "number".to_owned(),
    };
    let elem = if f.ty == FieldType::Text {
        "readonly string[]".to_owned()
    } else {
        base.clone()
    };
    if f.optional {
        (format!("{elem} | undefined"), format!("{base} | undefined"))
    } else {
        (elem, base)
    }
}

/// One code's value of a field, as a TypeScript literal.
fn value(v: &FieldValue, f: &FieldDef, code: &str) -> Result<String, ExportError> {
    Ok(match v {
        FieldValue::Bool(b) => b.to_string(),
        FieldValue::Int(i) if i.abs() <= MAX_SAFE_INTEGER => i.to_string(),
        FieldValue::Int(i) => {
            return Err(ExportError(format!(
                "`{}` of `{code}` is {i}, which a JavaScript number cannot hold exactly \
                 (beyond ±{MAX_SAFE_INTEGER})",
                f.name
            )));
        }
        // Finite (checked); `{:?}` writes `1.5`, `2.0`, `1e300`, which JavaScript reads alike.
        FieldValue::Float(x) => format!("{x:?}"),
        FieldValue::Str(s) => lit(s),
        FieldValue::Text(t) => lit_list(t),
        FieldValue::Absent => "undefined".to_owned(),
    })
}

/// What a redirect may report: a code of the spec or a code-shaped one newer than it.
fn reported(out: &mut String, n: &Names) {
    let Names {
        ty,
        reported,
        parse,
        ..
    } = n;
    let _ = write!(
        out,
        "/**\n * What a redirect's error parameter can carry: a code of this spec, or a code it does\n \
         * not know yet, kept as sent. As in Rust's `Reported`, an unknown code is code-shaped:\n \
         * 1 to {max} ASCII letters, digits, `_`, `-` and `.`.\n */\n\
         export type {reported} =\n  | {{ readonly known: true; readonly code: {ty} }}\n  \
         | {{ readonly known: false; readonly code: string }};\n\n\
         const CODE_SHAPE = /{pattern}/;\n\n\
         /** `s` as a redirect reports it, or `undefined` when it is not code-shaped. */\n\
         export function parse{reported}(s: string): {reported} | undefined {{\n  \
         const code = {parse}(s);\n  \
         if (code !== undefined) return {{ known: true, code }};\n  \
         return CODE_SHAPE.test(s) ? {{ known: false, code: s }} : undefined;\n}}\n\n",
        pattern = code_shape_pattern(),
        max = super::MAX_CODE_LEN,
    );
}

/// The `[link]` settings.
fn link(out: &mut String, spec: &Spec) {
    let l = &spec.link;
    let url = l.url.as_deref().map_or("undefined".into(), lit);
    let _ = write!(
        out,
        "/** How the link page and the redirect are spelled (the spec's `[link]`). */\n\
         export const LINK = {{\n  url: {url} as string | undefined,\n  tokenParam: {},\n  \
         rollbackParam: {},\n  rollbackAll: {},\n  separator: {},\n  errorParam: {},\n  \
         reserved: [{}] as readonly string[],\n}} as const;\n\n",
        lit(&l.token_param),
        lit(&l.rollback_param),
        lit(&l.rollback_all),
        lit(&l.separator),
        lit(&l.error_param),
        l.reserved
            .iter()
            .map(|r| lit(r))
            .collect::<Vec<_>>()
            .join(", "),
    );
}

fn lit_list(items: &[String]) -> String {
    format!(
        "[{}]",
        items.iter().map(|s| lit(s)).collect::<Vec<_>>().join(", ")
    )
}

/// Text for a `JSDoc` comment: on one line, and unable to close it.
fn jsdoc(text: &str) -> String {
    text.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .replace("*/", "*\\/")
}

/// Locale lookup and `negotiate`, as `link-errors` does them (see `link_errors::negotiate`).
/// ASCII case and ASCII white space only, as there.
const LOCALE_RULES: &str = r#"function asciiLower(s: string): string {
  return s.replace(/[A-Z]/g, (c) => c.toLowerCase());
}

function sameTag(a: string, b: string): boolean {
  return asciiLower(a) === asciiLower(b);
}

/** The index in LOCALES of `tag`: exact, then without its last subtags, then 0. */
function localeIndex(tag: string): number {
  let t = asciiLower(tag.replace(/^[\t\n\f\r ]+|[\t\n\f\r ]+$/g, ""));
  for (;;) {
    const i = LOCALES.findIndex((l) => asciiLower(l) === t);
    if (i >= 0) return i;
    const cut = t.lastIndexOf("-");
    if (cut < 0) return 0;
    t = t.slice(0, cut);
  }
}

interface Range {
  readonly tag: string;
  readonly q: number;
}

function trimOws(s: string): string {
  return s.replace(/^[ \t]+|[ \t]+$/g, "");
}

function isRange(tag: string): boolean {
  if (tag === "*") return true;
  return tag.split("-").every((sub, i) =>
    (i === 0 ? /^[A-Za-z]{1,8}$/ : /^[A-Za-z0-9]{1,8}$/).test(sub),
  );
}

function qvalue(text: string): number | undefined {
  const dot = text.indexOf(".");
  const int = dot < 0 ? text : text.slice(0, dot);
  const frac = dot < 0 ? "" : text.slice(dot + 1);
  if (!/^[0-9]{0,3}$/.test(frac)) return undefined;
  const thousandths = Number(frac.padEnd(3, "0"));
  if (int === "0") return thousandths;
  if (int === "1" && thousandths === 0) return 1000;
  return undefined;
}

function parseRange(part: string): Range | undefined {
  const pieces = part.split(";");
  const tag = trimOws(pieces[0]);
  if (!isRange(tag)) return undefined;
  if (pieces.length === 1) return { tag, q: 1000 };
  if (pieces.length > 2) return undefined;
  const weight = trimOws(pieces[1]);
  if (!weight.startsWith("q=") && !weight.startsWith("Q=")) return undefined;
  const q = qvalue(weight.slice(2));
  return q === undefined ? undefined : { tag, q };
}

function isPrefix(range: string, tag: string): boolean {
  if (range === "*" || sameTag(tag, range)) return true;
  return tag.charAt(range.length) === "-" && sameTag(tag.slice(0, range.length), range);
}

function acceptable(tag: string, ranges: readonly Range[]): boolean {
  let mostSpecific: number | undefined;
  let ruledOut = false;
  for (const range of ranges) {
    if (!isPrefix(range.tag, tag)) continue;
    const specificity = range.tag === "*" ? 0 : range.tag.length + 1;
    if (mostSpecific === undefined || specificity > mostSpecific) {
      mostSpecific = specificity;
      ruledOut = false;
    }
    if (mostSpecific === specificity && range.q === 0) ruledOut = true;
  }
  return !ruledOut;
}

function firstAcceptable(ranges: readonly Range[]): string | undefined {
  return LOCALES.find((t) => acceptable(t, ranges));
}

function truncate(range: string): string | undefined {
  const cut = range.lastIndexOf("-");
  if (cut < 0) return undefined;
  const rest = range.slice(0, cut);
  const before = rest.lastIndexOf("-");
  return before >= 0 && rest.length - before - 1 === 1 ? rest.slice(0, before) : rest;
}

function lookup(range: string, ranges: readonly Range[]): string | undefined {
  let r: string | undefined = range;
  while (r !== undefined) {
    const current = r;
    const found = LOCALES.find((t) => sameTag(t, current) && acceptable(t, ranges));
    if (found !== undefined) return found;
    r = truncate(current);
  }
  return undefined;
}

function find(range: string, ranges: readonly Range[]): string | undefined {
  if (range === "*") return firstAcceptable(ranges);
  return (
    lookup(range, ranges) ??
    LOCALES.find((t) => isPrefix(range, t) && acceptable(t, ranges))
  );
}

/**
 * The best of LOCALES for an HTTP `Accept-Language` header: q-values, `*`, `q=0`, lookup by
 * dropping subtags, then a locale the range is a prefix of; the first acceptable locale when
 * nothing matches (`""` when the spec has no locales). The same rules as
 * `link_errors::negotiate`.
 */
export function negotiate(acceptLanguage: string): string {
  const ranges: Range[] = [];
  for (const part of acceptLanguage.split(",")) {
    const range = parseRange(part);
    if (range !== undefined) ranges.push(range);
  }
  let best: { q: number; tag: string } | undefined;
  for (const range of ranges) {
    if (range.q === 0 || (best !== undefined && best.q >= range.q)) continue;
    const tag = find(range.tag, ranges);
    if (tag !== undefined) best = { q: range.q, tag };
  }
  if (best !== undefined) return best.tag;
  return firstAcceptable(ranges) ?? LOCALES[0] ?? "";
}
"#;
