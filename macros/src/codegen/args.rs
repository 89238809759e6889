//! The attribute's arguments: the spec's path, optionally followed by `, overlay = "..."`.
//!
//! Read from the token trees, as the item is (`head.rs`), and with the string literals
//! decoded here: the macro crate builds without `syn`, so that a user's build does not wait
//! for it.

use proc_macro2::{Delimiter, Literal, Span, TokenStream, TokenTree};

use crate::codegen::head::{InputError, span_of};

/// A file's path as an argument gives it.
#[derive(Debug, Clone)]
pub struct PathArg {
    /// The literal's value: its escapes read as Rust reads them.
    pub value: String,
    /// The literal, for errors about the file.
    pub span: Span,
}

/// The arguments of `#[link_errors::spec("spec.toml", overlay = "app.toml")]`.
#[derive(Debug)]
pub struct Args {
    /// The spec's path, relative to the crate's `Cargo.toml`.
    pub spec: PathArg,
    /// The overlay's path, relative to the crate's `Cargo.toml`.
    pub overlay: Option<PathArg>,
    /// Mistakes after the spec's path: each argument in error is left out and the rest read.
    pub errors: Vec<InputError>,
}

const USAGE: &str = "expected the spec's path as a string literal, relative to Cargo.toml: \
                     `#[link_errors::spec(\"link-errors-spec.toml\")]`, optionally followed by \
                     `, overlay = \"link-errors-app.toml\"`";

const ONLY_OVERLAY: &str = "the only other one is `overlay = \"...\"`";

impl Args {
    /// Reads the arguments. A mistake after the spec's path is kept in [`Args::errors`], and
    /// reading goes on at the next comma.
    ///
    /// # Errors
    /// The first argument is not a string literal: there is no spec to read.
    pub fn parse(args: TokenStream) -> Result<Self, InputError> {
        let trees: Vec<TokenTree> = args.into_iter().collect();
        let spec = trees
            .first()
            .and_then(path_arg)
            .ok_or_else(|| InputError::new(span_of(trees.first()), USAGE))?;
        let mut args = Self {
            spec,
            overlay: None,
            errors: Vec::new(),
        };
        let mut at = 1;
        while at < trees.len() {
            if let Err(e) = args.next(&trees, &mut at) {
                args.errors.push(e);
                while at < trees.len() && !is_comma(&trees[at]) {
                    at += 1;
                }
            }
        }
        Ok(args)
    }

    /// `, overlay = "..."` or a trailing comma, from `trees[*at]` on.
    fn next(&mut self, trees: &[TokenTree], at: &mut usize) -> Result<(), InputError> {
        if !is_comma(&trees[*at]) {
            let message = format!(
                "expected `,` before `{}`: after the spec's path, the arguments are \
                 separated by commas ({ONLY_OVERLAY})",
                trees[*at]
            );
            return Err(InputError::new(trees[*at].span(), message));
        }
        *at += 1;
        let Some(key) = trees.get(*at) else {
            return Ok(());
        };
        let TokenTree::Ident(key) = key else {
            let message = format!(
                "unexpected `{key}`: the arguments after the spec's path are named, and {ONLY_OVERLAY}"
            );
            return Err(InputError::new(key.span(), message));
        };
        *at += 1;
        if key != "overlay" {
            let message = format!("unexpected argument `{key}`: {ONLY_OVERLAY}");
            return Err(InputError::new(key.span(), message));
        }
        if self.overlay.is_some() {
            return Err(InputError::new(key.span(), "`overlay` is given twice"));
        }
        let eq = trees.get(*at);
        if !matches!(eq, Some(TokenTree::Punct(p)) if p.as_char() == '=') {
            return Err(InputError::new(
                span_of(eq),
                "expected `=` after `overlay`: `overlay = \"link-errors-app.toml\"`",
            ));
        }
        *at += 1;
        let value = trees.get(*at);
        let overlay = value.and_then(path_arg).ok_or_else(|| {
            InputError::new(
                span_of(value.or(eq)),
                "expected the overlay's path as a string literal, relative to Cargo.toml: \
                 `overlay = \"link-errors-app.toml\"`",
            )
        })?;
        *at += 1;
        self.overlay = Some(overlay);
        Ok(())
    }
}

fn is_comma(tree: &TokenTree) -> bool {
    matches!(tree, TokenTree::Punct(p) if p.as_char() == ',')
}

/// A string literal's value and span; a literal passed through a `macro_rules!` fragment
/// arrives in an invisible group, which is looked through.
fn path_arg(tree: &TokenTree) -> Option<PathArg> {
    match tree {
        TokenTree::Literal(lit) => Some(PathArg {
            value: string_value(lit)?,
            span: lit.span(),
        }),
        TokenTree::Group(g) if g.delimiter() == Delimiter::None => {
            let mut inner = g.stream().into_iter();
            match (inner.next(), inner.next()) {
                (Some(only), None) => path_arg(&only),
                _ => None,
            }
        }
        _ => None,
    }
}

/// The value of a string literal, `"..."` or `r#"..."#`, without a suffix; `None` for any
/// other literal (a byte or C string, a number, a character).
fn string_value(lit: &Literal) -> Option<String> {
    let text = lit.to_string();
    if let Some(raw) = text.strip_prefix('r') {
        let hashes = &raw[..raw.len() - raw.trim_start_matches('#').len()];
        let body = raw[hashes.len()..].strip_prefix('"')?;
        // The first quote followed by as many hashes closes it; nothing may follow.
        return body
            .strip_suffix(hashes)?
            .strip_suffix('"')
            .filter(|inner| !inner.contains(&format!("\"{hashes}")))
            .map(str::to_owned);
    }
    unescape(text.strip_prefix('"')?.strip_suffix('"')?)
}

/// One or more hexadecimal digits, and nothing else (`from_str_radix` also takes a sign).
fn is_hex(digits: &str) -> bool {
    !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_hexdigit())
}

/// The characters a quoted string literal's body (between its quotes) stands for.
fn unescape(body: &str) -> Option<String> {
    let mut out = String::with_capacity(body.len());
    let mut chars = body.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next()? {
            'n' => out.push('\n'),
            'r' => out.push('\r'),
            't' => out.push('\t'),
            '\\' => out.push('\\'),
            '0' => out.push('\0'),
            '\'' => out.push('\''),
            '"' => out.push('"'),
            'x' => {
                let hex = chars.as_str().get(..2).filter(|h| is_hex(h))?;
                let byte = u8::from_str_radix(hex, 16).ok().filter(u8::is_ascii)?;
                out.push(char::from(byte));
                chars = chars.as_str()[2..].chars();
            }
            'u' => {
                let rest = chars.as_str().strip_prefix('{')?;
                let (digits, after) = rest.split_once('}')?;
                let hex: String = digits.chars().filter(|&d| d != '_').collect();
                if !is_hex(&hex) || hex.len() > 6 || digits.starts_with('_') {
                    return None;
                }
                out.push(char::from_u32(u32::from_str_radix(&hex, 16).ok()?)?);
                chars = after.chars();
            }
            // A line continuation: the line break and the whitespace that starts the next.
            '\n' => {
                let rest = chars.as_str();
                chars = rest.trim_start_matches([' ', '\t', '\n', '\r']).chars();
            }
            _ => return None,
        }
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::{Args, string_value, unescape};
    use proc_macro2::{Literal, TokenStream};
    use proptest::prelude::*;
    use quote::quote;
    use std::fmt::Write as _;

    fn parse(tokens: TokenStream) -> Args {
        Args::parse(tokens).expect("a spec path")
    }

    fn messages(args: &Args) -> Vec<&str> {
        args.errors.iter().map(|e| e.message.as_str()).collect()
    }

    #[test]
    fn reads_the_spec_and_the_overlay() {
        let args = parse(quote!("a.toml"));
        assert_eq!(args.spec.value, "a.toml");
        assert!(args.overlay.is_none() && args.errors.is_empty());
        let args = parse(quote!("a.toml", overlay = r"b\app.toml",));
        assert_eq!(
            args.overlay.map(|o| o.value).as_deref(),
            Some("b\\app.toml")
        );
        assert!(args.errors.is_empty());
    }

    #[test]
    fn without_a_spec_path_there_is_nothing_to_read() {
        for tokens in [
            quote!(),
            quote!(path = "a.toml"),
            quote!(b"a.toml"),
            quote!(c"a.toml"),
            quote!(1),
            quote!('a'),
        ] {
            let e = Args::parse(tokens.clone()).expect_err(&tokens.to_string());
            assert!(
                e.message.starts_with("expected the spec's path"),
                "{}",
                e.message
            );
        }
        let suffixed: TokenStream = "\"a.toml\"x".parse().unwrap();
        assert!(Args::parse(suffixed).is_err());
    }

    #[test]
    fn each_mistake_after_the_spec_is_reported_and_the_rest_read() {
        let args = parse(quote!("a.toml", overlays = "x", overlay = "b.toml", extra));
        assert_eq!(
            messages(&args),
            [
                "unexpected argument `overlays`: the only other one is `overlay = \"...\"`",
                "unexpected argument `extra`: the only other one is `overlay = \"...\"`",
            ]
        );
        assert_eq!(args.overlay.map(|o| o.value).as_deref(), Some("b.toml"));

        let args = parse(quote!("a.toml" "b.toml", overlay = "c.toml", overlay = "d.toml"));
        let all = messages(&args);
        assert!(
            all[0].starts_with("expected `,` before `\"b.toml\"`"),
            "{all:?}"
        );
        assert_eq!(all[1], "`overlay` is given twice");
        assert_eq!(args.overlay.map(|o| o.value).as_deref(), Some("c.toml"));

        for (tokens, says) in [
            (
                quote!("a.toml", overlay "b.toml"),
                "expected `=` after `overlay`",
            ),
            (quote!("a.toml", overlay), "expected `=` after `overlay`"),
            (quote!("a.toml", overlay = b), "expected the overlay's path"),
            (quote!("a.toml", overlay =), "expected the overlay's path"),
            (quote!("a.toml", = "b.toml"), "unexpected `=`"),
        ] {
            let args = parse(tokens);
            assert!(args.overlay.is_none());
            assert!(
                messages(&args)[0].starts_with(says),
                "{:?}",
                messages(&args)
            );
        }
    }

    #[test]
    fn a_literal_from_a_macro_fragment_is_read_through_its_group() {
        let group = proc_macro2::Group::new(proc_macro2::Delimiter::None, quote!("a.toml"));
        let args = parse(TokenStream::from(proc_macro2::TokenTree::Group(group)));
        assert_eq!(args.spec.value, "a.toml");
    }

    #[test]
    fn escapes_and_raw_strings_read_as_rust_reads_them() {
        for (text, value) in [
            (r#""a\n\r\t\\\0\'\"""#, "a\n\r\t\\\0'\""),
            (r#""\x41\u{1F600}\u{1_F6_00}""#, "A\u{1F600}\u{1F600}"),
            ("\"a\\\n   \t b\"", "ab"),
            (r###"r##"a"#b"##"###, "a\"#b"),
            (r#"r"\n""#, "\\n"),
        ] {
            let lit: Literal = text.parse().unwrap();
            assert_eq!(string_value(&lit).as_deref(), Some(value), "{text}");
        }
        // What no lexer lets through, refused all the same.
        for body in [
            r"\x80",
            r"\u{110000}",
            r"\u{1234567}",
            r"\u{}",
            r"\u{_1}",
            r"\u{+41}",
            r"\x+7",
            r"\q",
            "\\",
        ] {
            assert_eq!(unescape(body), None, "{body}");
        }
        for text in [r#"b"a""#, "1", "'a'", "\"a\"x"] {
            let lit: Literal = text.parse().unwrap();
            assert_eq!(string_value(&lit), None, "{text}");
        }
    }

    /// A string literal, written one of several ways: escaped by `Literal::string`, raw, or
    /// with its characters escaped by hand (`\u{...}`, `\x..`, line continuations).
    fn written(s: &str, way: u8) -> String {
        match way % 3 {
            0 => Literal::string(s).to_string(),
            1 => {
                let mut hashes = String::new();
                while s.contains(&format!("\"{hashes}")) {
                    hashes.push('#');
                }
                format!("r{hashes}\"{s}\"{hashes}")
            }
            _ => {
                let mut out = String::from("\"");
                for (i, c) in s.chars().enumerate() {
                    let written = match (i % 3, c) {
                        (0, c) if c.is_ascii() => write!(out, "\\x{:02x}", u32::from(c)),
                        (1, c) => write!(out, "\\u{{{:x}}}", u32::from(c)),
                        _ => write!(out, "\\\n  {}", c.escape_default()),
                    };
                    written.expect("writing to a String");
                }
                out.push('"');
                out
            }
        }
    }

    proptest! {
        /// The decoded value is syn's (`LitStr::value`), for every way of writing a string.
        #[test]
        fn reads_literals_as_syn_does(s in any::<String>(), way in any::<u8>()) {
            let text = written(&s.replace('\r', ""), way);
            let Ok(lit) = text.parse::<Literal>() else { return Ok(()) };
            let expected = syn::parse_str::<syn::LitStr>(&text).map(|l| l.value()).ok();
            prop_assert_eq!(string_value(&lit), expected, "{}", text);
        }
    }
}
