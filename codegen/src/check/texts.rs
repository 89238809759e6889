//! Locales and translations: the rules about `locales` and about every text given as a table
//! of locale → string, in the spec or the overlay.

use link_errors_wire::locale::is_tag;

use super::Checker;
use crate::diag::{Diagnostic, File, toml_key};
use crate::raw::{Sp, Text};
use crate::suggest::closest;

/// One text of one code or screen (its message, say), one place per locale, filled from the
/// spec and the overlay.
#[derive(Debug, Clone)]
pub(super) struct Slot {
    /// The key, for messages (`message`, `screen_text`, a field's name).
    pub(super) key: String,
    /// Per locale: the text and where it was given.
    pub(super) by_locale: Vec<Option<(File, Sp<String>)>>,
    /// Per locale: whether a missing text is left unsaid, because another error covers it
    /// (a misspelt key or locale where the text was meant to be given).
    pub(super) excused: Vec<bool>,
}

impl Slot {
    /// Leaves every missing locale of this text unsaid.
    pub(super) fn excuse(&mut self) {
        self.excused.fill(true);
    }

    fn first(&self) -> Option<&(File, Sp<String>)> {
        self.by_locale.iter().flatten().next()
    }
}

impl Checker<'_> {
    /// `locales` are BCP 47 tags, each once; a spec and its overlay may both declare them,
    /// but then the same, or the two files would disagree about which language a plain
    /// string is in.
    pub(super) fn locales(
        &mut self,
        spec: Option<Sp<Vec<Sp<String>>>>,
        overlay: Option<Sp<Vec<Sp<String>>>>,
    ) {
        let check = |cx: &mut Self, list: &Sp<Vec<Sp<String>>>| -> Vec<String> {
            if list.value.is_empty() {
                cx.push(
                    Diagnostic::new(list.span.clone(), "`locales` is empty")
                        .help("list the languages of the texts, such as `[\"en\", \"es\"]`"),
                );
            }
            let mut out: Vec<String> = Vec::new();
            for tag in &list.value {
                // An invalid tag keeps its place and stands for what it meant (`fr_CA` for
                // `fr-CA`), so that the first locale stays the first and the texts given in
                // the intended tag are not each reported as undeclared.
                let mut value = tag.value.clone();
                if !is_tag(&tag.value) {
                    let d = Diagnostic::new(
                        tag.span.clone(),
                        format!("`{}` is not a BCP 47 language tag", tag.value),
                    );
                    let fixed = tag.value.replace('_', "-");
                    cx.push(if is_tag(&fixed) {
                        let d = d.help(format!("did you mean `{fixed}`?"));
                        value = fixed;
                        d
                    } else {
                        d.help("write a language, optionally with subtags: `en`, `es`, `pt-BR`")
                    });
                }
                if out.iter().any(|t| t.eq_ignore_ascii_case(&value)) {
                    cx.push(Diagnostic::new(
                        tag.span.clone(),
                        format!("locale `{}` is listed twice", tag.value),
                    ));
                } else {
                    out.push(value);
                }
            }
            out
        };
        let spec = spec.map(|l| {
            let tags = check(self, &l);
            (l.span, tags)
        });
        self.file = File::Overlay;
        let overlay = overlay.map(|l| {
            let tags = check(self, &l);
            (l.span, tags)
        });
        self.file = File::Spec;
        self.locales = match (spec, overlay) {
            (Some((spec_span, s)), Some((overlay_span, mut o))) => {
                if s != o {
                    let mut d = Diagnostic::new(
                        overlay_span,
                        format!(
                            "the overlay's `locales` ({}) differ from the spec's ({})",
                            o.join(", "),
                            s.join(", ")
                        ),
                    )
                    .related_in("the spec's", File::Spec, spec_span)
                    .help("declare `locales` in one file only, or the same in both");
                    d.file = File::Overlay;
                    self.diags.push(d);
                    // One error: texts are read against the spec's locales, a translation
                    // into one only the overlay declares is left out unsaid, and whether
                    // every text is translated is not judged while the files disagree.
                    o.retain(|t| !s.contains(t));
                    self.overlay_only_locales = o;
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
    pub(super) fn put_text(&mut self, slot: &mut Slot, text: Sp<Text>, owner: &str) {
        match text.value {
            Text::Plain(s) => self.put(
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
                    match self.locale_index(&locale, &slot.key, owner) {
                        Ok(i) => self.put(slot, i, s, owner),
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
    fn put(&mut self, slot: &mut Slot, i: usize, text: Sp<String>, owner: &str) {
        let locale = self.locales.get(i).map_or("", String::as_str);
        if text.value.trim().is_empty() {
            self.push(
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
            let mut d = d.related_in("first given", *file, first.span.clone());
            d.file = self.file;
            self.diags.push(d);
            return;
        }
        slot.by_locale[i] = Some((self.file, text));
    }

    /// The index of a declared locale, or a problem: a translation for a locale that is not
    /// declared would never be shown. The error holds the index of the locale suggested
    /// instead, if one is.
    fn locale_index(
        &mut self,
        locale: &Sp<String>,
        key: &str,
        owner: &str,
    ) -> Result<usize, Option<usize>> {
        if let Some(i) = self
            .locales
            .iter()
            .position(|l| l.eq_ignore_ascii_case(&locale.value))
        {
            return Ok(i);
        }
        if self
            .overlay_only_locales
            .iter()
            .any(|l| l.eq_ignore_ascii_case(&locale.value))
        {
            return Err(None);
        }
        let d = Diagnostic::new(
            locale.span.clone(),
            format!(
                "translation of `{key}` of {owner} for undeclared locale `{}`",
                locale.value
            ),
        );
        let near = closest(&locale.value, self.locales.iter().map(String::as_str))
            .or_else(|| same_language(&locale.value, &self.locales))
            .map(str::to_owned);
        let d = if self.locales.is_empty() {
            d.help(format!(
                "declare the locales first, in the spec or the overlay: `locales = [...]` with \
                 `\"{}\"` among them (the first is the language of plain strings)",
                locale.value
            ))
        } else if let Some(near) = &near {
            d.help(format!("did you mean `{near}`?"))
        } else {
            d.help(format!(
                "the declared locales are {}; add `{}` to `locales` to translate into it",
                self.locales.join(", "),
                locale.value
            ))
        };
        self.push(d);
        Err(near.and_then(|n| self.locales.iter().position(|l| *l == n)))
    }

    /// The text in every locale, or `None` when it was not given at all. With locales
    /// declared, a missing translation is a problem (it names the code, the text and the
    /// locale), unless `allow_untranslated = true` lets it fall back to the first locale's
    /// text.
    pub(super) fn finish_text(&mut self, slot: &Slot, owner: &str) -> Option<Vec<String>> {
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
        let mut out = Vec::with_capacity(slot.by_locale.len());
        for (i, given) in slot.by_locale.iter().enumerate() {
            if let Some((_, t)) = given {
                out.push(t.value.clone());
                continue;
            }
            out.push(fallback.clone());
            if (self.allow_untranslated && i > 0) || self.locales_disagree {
                continue;
            }
            let locale = &self.locales[i];
            let mut d = Diagnostic::new(
                where_span.clone(),
                format!(
                    "missing `{locale}` translation of `{}` of {owner}",
                    slot.key
                ),
            )
            .help(missing_help(owner, &slot.key, locale, i > 0));
            d.file = where_file;
            d.related_file = where_file;
            if !self.quiet && !slot.excused[i] {
                self.diags.push(d);
            }
        }
        Some(out)
    }
}

/// Where a missing translation goes: the overlay's table of the code or screen, or the text's
/// own table by locale.
fn missing_help(owner: &str, key: &str, locale: &str, can_fall_back: bool) -> String {
    let entry = |prefix: &str, table: &str| {
        owner
            .strip_prefix(prefix)
            .map(|name| format!("[{table}.{}]", toml_key(name.trim_matches('`'))))
    };
    let mut help = match entry("code ", "codes").or_else(|| entry("screen ", "screens")) {
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
    let language = |t: &str| {
        t.split(['-', '_'])
            .next()
            .unwrap_or("")
            .to_ascii_lowercase()
    };
    let wanted = language(tag);
    declared
        .iter()
        .find(|d| language(d) == wanted)
        .map(String::as_str)
}

#[cfg(test)]
mod tests {
    use super::same_language;

    #[test]
    fn same_language_suggests_the_declared_variant() {
        let declared = ["en".to_owned(), "fr-CA".to_owned(), "pt".to_owned()];
        assert_eq!(same_language("fr", &declared), Some("fr-CA"));
        assert_eq!(same_language("FR-fr", &declared), Some("fr-CA"));
        assert_eq!(same_language("pt-BR", &declared), Some("pt"));
        assert_eq!(same_language("de", &declared), None);
    }
}
