//! Locales and translations: the rules about `locales` and about every text given as a table
//! of locale → string, in the spec or the overlay.

use link_errors_wire::locale::is_tag;

use super::Decls;
use super::sink::{Owner, Sink};
use crate::codegen::diag::{Diagnostic, File, list, toml_key};
use crate::codegen::raw::{Sp, Text};
use crate::codegen::suggest::closest;

/// One text of one code or screen (its message, say), one place per locale, filled from the
/// spec and the overlay.
#[cfg_attr(test, derive(Debug))]
pub(super) struct Slot {
    /// The key, for messages (`message`, `screen_text`, a field's name).
    pub(super) key: String,
    /// Per locale: the text and where it was given.
    pub(super) by_locale: Vec<Option<(File, Sp<String>)>>,
    /// Per locale: whether a missing text is left unsaid, because another error covers it
    /// (a misspelt key or locale where the text was meant to be given).
    pub(super) excused: Vec<bool>,
}

/// A locale that texts are translated into but that is not declared, and its first use.
#[cfg_attr(test, derive(Debug))]
pub(super) struct Undeclared {
    /// The locale as first written.
    locale: String,
    /// Where it is first used.
    file: File,
    span: core::ops::Range<usize>,
    /// The text of that first use, for messages ("`message` of code `A`").
    first: String,
    /// The declared locale it most likely means.
    near: Option<String>,
    /// How many texts use it.
    uses: usize,
}

impl Slot {
    /// Leaves every missing locale of this text unsaid.
    pub(super) fn excuse(&mut self) {
        self.excused.fill(true);
    }

    fn first(&self) -> Option<&(File, Sp<String>)> {
        for given in &self.by_locale {
            if given.is_some() {
                return given.as_ref();
            }
        }
        None
    }
}

impl Decls {
    /// `locales` are BCP 47 tags, each once; a spec and its overlay may both declare them,
    /// but then the same, or the two files would disagree about which language a plain
    /// string is in.
    pub(super) fn declare_locales(
        &mut self,
        out: Sink<'_>,
        spec: Option<Sp<Vec<Sp<String>>>>,
        overlay: Option<Sp<Vec<Sp<String>>>>,
    ) {
        let spec = match spec {
            Some(l) => Some((l.span.clone(), locale_tags(out.of(File::Spec), &l))),
            None => None,
        };
        let overlay = match overlay {
            Some(l) => Some((l.span.clone(), locale_tags(out.of(File::Overlay), &l))),
            None => None,
        };
        self.locales = match (spec, overlay) {
            (Some((spec_span, s)), Some((overlay_span, o))) => {
                if s != o {
                    let d = Diagnostic::new(
                        overlay_span,
                        format!(
                            "the overlay's `locales` ({}) differ from the spec's ({})",
                            list(&mut o.iter().map(String::as_str), ""),
                            list(&mut s.iter().map(String::as_str), "")
                        ),
                    )
                    .related_in("the spec's", File::Spec, spec_span)
                    .help("declare `locales` in one file only, or the same in both");
                    out.of(File::Overlay).push_related(d);
                    // One error: texts are read against the spec's locales, a translation
                    // into one only the overlay declares is left out unsaid, and whether
                    // every text is translated is not judged while the files disagree.
                    for t in &o {
                        if !s.contains(t) {
                            self.overlay_only_locales.push(t.clone());
                        }
                    }
                    self.locales_disagree = true;
                }
                s
            }
            (Some((_, l)), None) | (None, Some((_, l))) => l,
            (None, None) => Vec::new(),
        };
    }

    /// An empty text for `key`: one place per locale (one when none are declared).
    pub(super) fn slot(&self, key: &str) -> Slot {
        Slot {
            key: key.to_owned(),
            by_locale: vec![None; self.locales.len().max(1)],
            excused: vec![false; self.locales.len().max(1)],
        }
    }

    /// Puts a text, plain (the first locale's) or by locale, into `slot`.
    pub(super) fn put_text(&self, out: Sink<'_>, slot: &mut Slot, text: Sp<Text>, owner: &Owner) {
        match text.value {
            Text::Plain(s) => self.put(
                out,
                slot,
                0,
                Sp {
                    value: s,
                    span: text.span,
                },
                owner,
            ),
            Text::Locales(list) => {
                for (locale, s) in list {
                    match self.locale_index(out, &locale, &slot.key, owner) {
                        Ok(i) => self.put(out, slot, i, s, owner),
                        // The misspelt locale's error covers the one it was meant as.
                        Err(Some(near)) => slot.excused[near] = true,
                        Err(None) => {}
                    }
                }
            }
        }
    }

    /// Each locale's text is given in one place: two would leave the reader guessing which
    /// one the build uses. Texts are not empty.
    fn put(&self, out: Sink<'_>, slot: &mut Slot, i: usize, text: Sp<String>, owner: &Owner) {
        let locale = self.locales.get(i).map_or("", String::as_str);
        if text.value.trim().is_empty() {
            out.push(
                Diagnostic::new(text.span.clone(), format!("`{}` is empty", slot.key))
                    .help(format!("give `{}` a value, or remove the key", slot.key)),
            );
            return;
        }
        if let Some((file, first)) = &slot.by_locale[i] {
            let what = if locale.is_empty() {
                format!("`{}` of {owner}", slot.key)
            } else {
                format!("the `{locale}` text of `{}` of {owner}", slot.key)
            };
            let d = Diagnostic::new(text.span.clone(), format!("{what} is given twice"))
                .help("keep one of them");
            out.push_related(d.related_in("first given", *file, first.span.clone()));
            return;
        }
        slot.by_locale[i] = Some((out.file(), text));
    }

    /// The index of a declared locale; or, for one that is not declared, the index of the
    /// locale suggested instead, if one is (the use is counted for [`Self::report_undeclared`]).
    fn locale_index(
        &self,
        out: Sink<'_>,
        locale: &Sp<String>,
        key: &str,
        owner: &Owner,
    ) -> Result<usize, Option<usize>> {
        if let Some(i) = position_ignoring_case(&self.locales, &locale.value) {
            return Ok(i);
        }
        if position_ignoring_case(&self.overlay_only_locales, &locale.value).is_some() {
            return Err(None);
        }
        let near = closest(&locale.value, self.locales.iter().map(String::as_str))
            .or(same_language(&locale.value, &self.locales))
            .map(str::to_owned);
        // The locales differ in more than case (`locale_tags`): this is `near`'s place.
        let near_index = near
            .as_ref()
            .and_then(|n| position_ignoring_case(&self.locales, n));
        let mut undeclared = self.undeclared.borrow_mut();
        let mut seen = None;
        for (i, u) in undeclared.iter().enumerate() {
            if u.locale.eq_ignore_ascii_case(&locale.value) {
                seen = Some(i);
                break;
            }
        }
        match seen {
            Some(i) => undeclared[i].uses += 1,
            None => undeclared.push(Undeclared {
                locale: locale.value.clone(),
                file: out.file(),
                span: locale.span.clone(),
                first: format!("`{key}` of {owner}"),
                near,
                uses: 1,
            }),
        }
        Err(near_index)
    }

    /// A translation for a locale that is not declared would never be shown: one error per
    /// such locale, at its first use, saying how many texts use it (a misspelt or undeclared
    /// locale is one mistake, however many texts repeat it).
    pub(super) fn report_undeclared(&self, out: Sink<'_>) {
        for u in &self.undeclared.take() {
            let message = if u.uses == 1 {
                format!(
                    "translation of {} for undeclared locale `{}`",
                    u.first, u.locale
                )
            } else {
                format!(
                    "{} texts are translated into undeclared locale `{}`; the first is {}",
                    u.uses, u.locale, u.first
                )
            };
            let d = Diagnostic::new(u.span.clone(), message);
            let d = if self.locales.is_empty() {
                d.help(format!(
                    "declare the locales first, in the spec or the overlay: `locales = [...]` \
                     with `\"{}\"` among them (the first is the language of plain strings)",
                    u.locale
                ))
            } else if let Some(near) = &u.near {
                d.help(format!("did you mean `{near}`?"))
            } else {
                d.help(format!(
                    "the declared locales are {}; add `{}` to `locales` to translate into it",
                    list(&mut self.locales.iter().map(String::as_str), ""),
                    u.locale
                ))
            };
            out.of(u.file).push(d);
        }
    }

    /// The text in every locale, or `None` when it was not given at all. With locales
    /// declared, a missing translation is a problem (it names the code, the text and the
    /// locale), unless `allow_untranslated = true` lets it fall back to the first locale's
    /// text.
    pub(super) fn finish_text(
        &self,
        out: Sink<'_>,
        slot: &Slot,
        owner: &Owner,
    ) -> Option<Vec<String>> {
        let (first_file, first) = slot.first()?;
        let fallback = slot.by_locale[0]
            .as_ref()
            .map_or(&first.value, |(_, t)| &t.value)
            .clone();
        // Reported at the first locale's text, or the first text there is.
        let (where_file, where_span) = match &slot.by_locale[0] {
            Some((f, t)) => (*f, t.span.clone()),
            None => (*first_file, first.span.clone()),
        };
        let mut texts = Vec::with_capacity(slot.by_locale.len());
        for (i, given) in slot.by_locale.iter().enumerate() {
            if let Some((_, t)) = given {
                texts.push(t.value.clone());
                continue;
            }
            texts.push(fallback.clone());
            if (self.allow_untranslated && i > 0) || self.locales_disagree {
                continue;
            }
            let locale = &self.locales[i];
            let d = Diagnostic::new(
                where_span.clone(),
                format!(
                    "missing `{locale}` translation of `{}` of {owner}",
                    slot.key
                ),
            )
            .help(missing_help(owner, &slot.key, locale, i > 0));
            if !slot.excused[i] {
                out.of(where_file).push(d);
            }
        }
        Some(texts)
    }
}

/// A list of `locales` is not empty, and holds BCP 47 tags, each once. An invalid tag keeps
/// its place and stands for what it meant (`fr_CA` for `fr-CA`), so that the first locale stays
/// the first and the texts given in the intended tag are not each reported as undeclared.
fn locale_tags(out: Sink<'_>, list: &Sp<Vec<Sp<String>>>) -> Vec<String> {
    if list.value.is_empty() {
        out.push(
            Diagnostic::new(list.span.clone(), "`locales` is empty")
                .help("list the languages of the texts, such as `[\"en\", \"es\"]`"),
        );
    }
    let mut tags: Vec<String> = Vec::new();
    for tag in &list.value {
        let mut value = tag.value.clone();
        if !is_tag(&tag.value) {
            let d = Diagnostic::new(
                tag.span.clone(),
                format!("`{}` is not a BCP 47 language tag", tag.value),
            );
            let fixed = tag.value.replace('_', "-");
            out.push(if is_tag(&fixed) {
                let d = d.help(format!("did you mean `{fixed}`?"));
                value = fixed;
                d
            } else {
                d.help("write a language, optionally with subtags: `en`, `es`, `pt-BR`")
            });
        }
        if position_ignoring_case(&tags, &value).is_some() {
            out.push(Diagnostic::new(
                tag.span.clone(),
                format!("locale `{}` is listed twice", tag.value),
            ));
        } else {
            tags.push(value);
        }
    }
    tags
}

/// Where a missing translation goes: the overlay's table of the code or screen, or the text's
/// own table by locale.
fn missing_help(owner: &Owner, key: &str, locale: &str, can_fall_back: bool) -> String {
    let table = match owner {
        Owner::Code(code) => Some(format!("[codes.{}]", toml_key(code))),
        Owner::Screen(name) => Some(format!("[screens.{}]", toml_key(name))),
        Owner::Field(_) | Owner::Table(_) => None,
    };
    let mut help = match table {
        Some(table) => format!(
            "add `{key} = {{ {locale} = \"...\" }}` under `{table}` in the overlay, or give \
             `{key}` as a table by locale where it is written"
        ),
        None => format!("give `{key}` as a table by locale with `{locale} = \"...\"`"),
    };
    if can_fall_back {
        help.push_str("; or set `allow_untranslated = true` to fall back to the first locale");
    }
    help
}

/// The first declared locale of the same language as `tag` (`fr-CA` for `fr`, `pt` for
/// `pt-PT`): a tag that differs only in its subtags is most likely meant as that one.
fn same_language<'a>(tag: &str, declared: &'a [String]) -> Option<&'a str> {
    let wanted = language(tag);
    declared
        .iter()
        .find(|d| language(d).eq_ignore_ascii_case(wanted))
        .map(String::as_str)
}

/// The language of a tag: what comes before its first subtag.
fn language(tag: &str) -> &str {
    match tag.find(['-', '_']) {
        Some(end) => &tag[..end],
        None => tag,
    }
}

/// Where `tag` is in `tags`, ignoring ASCII case.
fn position_ignoring_case(tags: &[String], tag: &str) -> Option<usize> {
    for (i, t) in tags.iter().enumerate() {
        if t.eq_ignore_ascii_case(tag) {
            return Some(i);
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::{Owner, missing_help, same_language};

    #[test]
    fn a_missing_translation_goes_under_its_owners_overlay_table() {
        let help = |owner: Owner| missing_help(&owner, "message", "es", false);
        assert!(
            help(Owner::Code("E.TIMEOUT".into())).starts_with(
                "add `message = { es = \"...\" }` under `[codes.\"E.TIMEOUT\"]` in the overlay"
            ),
            "{}",
            help(Owner::Code("E.TIMEOUT".into()))
        );
        // A name with a backtick is the name, not the end of a quotation.
        assert!(help(Owner::Screen("a`b".into())).contains("under `[screens.\"a`b\"]`"));
        for owner in [
            Owner::Field("advice".into()),
            Owner::Table("[[error]] #2".into()),
        ] {
            assert_eq!(
                help(owner),
                "give `message` as a table by locale with `es = \"...\"`"
            );
        }
        assert!(
            missing_help(&Owner::Code("A".into()), "message", "es", true)
                .ends_with("set `allow_untranslated = true` to fall back to the first locale")
        );
        assert_eq!(Owner::Code("A".into()).to_string(), "code `A`");
        assert_eq!(Owner::Screen("S".into()).to_string(), "screen `S`");
        assert_eq!(Owner::Field("f".into()).to_string(), "field `f`");
        assert_eq!(
            Owner::Table("[[screen]] #1".into()).to_string(),
            "[[screen]] #1"
        );
    }

    #[test]
    fn same_language_suggests_the_declared_variant() {
        let declared = ["en".to_owned(), "fr-CA".to_owned(), "pt".to_owned()];
        assert_eq!(same_language("fr", &declared), Some("fr-CA"));
        assert_eq!(same_language("FR-fr", &declared), Some("fr-CA"));
        assert_eq!(same_language("pt-BR", &declared), Some("pt"));
        assert_eq!(same_language("de", &declared), None);
    }
}
