//! Generated code written as the Rust it is: a *template* is Rust source in a string with
//! `#name` where a value goes, as in `quote!`, and [`rust!`] parses it and puts the values in.
//!
//! Why not `quote!`: it expands to a call per token, which this crate then compiles, and users
//! compile this crate; a template is one string and one call. The output is the same tokens
//! (`tests/snapshots` holds it byte for byte), each with the call site's span, as `quote!`
//! gives them.
//!
//! Besides the values a template is given, it may name:
//! - the lookup's locals (`#x`, `#len`, ...: [`local`]), which the fragments share;
//! - the primitive types (`#u8` to `#u128`, `#usize`, `#str`): their full paths
//!   (`::core::primitive::u64`), which no type of that name in the user's scope shadows;
//! - `#Option`: `::core::option::Option`, for the same reason.

use proc_macro2::{Group, Ident, Punct, Spacing, Span, TokenStream, TokenTree};
use quote::ToTokens;

/// The tokens of `template` with each `#name` replaced by the value of that name: one of
/// `values`, else one of the names every template may use (see the module's docs).
///
/// # Panics
/// If the template is not Rust tokens, or names no value: a mistake in this crate, which its
/// tests reach.
pub fn fill(template: &str, values: &[(&str, &dyn ToTokens)]) -> TokenStream {
    let tokens: TokenStream = template
        .parse()
        .unwrap_or_else(|e| panic!("a template is Rust tokens ({e}): {template}"));
    let mut out = TokenStream::new();
    put(tokens, values, &mut out);
    out
}

/// Appends `tokens` to `out`, each `#name` replaced by its value, in groups too.
fn put(tokens: TokenStream, values: &[(&str, &dyn ToTokens)], out: &mut TokenStream) {
    let mut tokens = tokens.into_iter().peekable();
    while let Some(token) = tokens.next() {
        let token = match token {
            TokenTree::Punct(p) if p.as_char() == '#' => match tokens.peek() {
                Some(TokenTree::Ident(name)) => {
                    value(&name.to_string(), values, out);
                    tokens.next();
                    continue;
                }
                _ => TokenTree::Punct(p),
            },
            // The parser joins a punct to any punct right after it (`>;`, `&#`); `quote!`,
            // as rustc's lexer, only those of one operator (`::`, `>=`).
            TokenTree::Punct(p) if p.spacing() == Spacing::Joint => {
                let one_operator = matches!(
                    tokens.peek(),
                    Some(TokenTree::Punct(next)) if operator(p.as_char(), next.as_char())
                );
                if one_operator {
                    TokenTree::Punct(p)
                } else {
                    TokenTree::Punct(Punct::new(p.as_char(), Spacing::Alone))
                }
            }
            TokenTree::Group(g) => {
                let mut inner = TokenStream::new();
                put(g.stream(), values, &mut inner);
                TokenTree::Group(Group::new(g.delimiter(), inner))
            }
            other => other,
        };
        out.extend([token]);
    }
}

/// Whether `a` then `b` begin one of Rust's operators (`::`, `->`, `>>=`, `!=`, ...).
fn operator(a: char, b: char) -> bool {
    matches!(
        (a, b),
        (':', ':')
            | ('.', '.')
            | ('<', '<')
            | ('&', '&')
            | ('|', '|')
            | ('-' | '=' | '>', '>')
            | (
                '=' | '!' | '<' | '>' | '+' | '-' | '*' | '/' | '%' | '^' | '&' | '|',
                '='
            )
    )
}

/// Appends the value of `name` to `out`.
fn value(name: &str, values: &[(&str, &dyn ToTokens)], out: &mut TokenStream) {
    if let Some((_, value)) = values.iter().find(|(n, _)| *n == name) {
        value.to_tokens(out);
    } else if let Some(local) = local(name) {
        out.extend([TokenTree::Ident(Ident::new(local, Span::call_site()))]);
    } else if let Some(path) = path(name) {
        out.extend(path);
    } else {
        panic!("the template names no value `{name}`");
    }
}

/// The full path of a primitive type or of `Option`, if `name` is one of those.
fn path(name: &str) -> Option<TokenStream> {
    let module = match name {
        "u8" | "u32" | "u64" | "u128" | "usize" | "str" => "primitive",
        "Option" => "option",
        _ => return None,
    };
    Some(fill(&format!("::core::{module}::{name}"), &[]))
}

/// The name in generated code of the local that templates call `#name`, if it is one: the
/// fragments of a lookup share these (the words `#x` that `hash::emit_words` binds, the hash
/// reads), so each is written once, here. Each has a `__` prefix that no user's code in scope
/// takes.
fn local(name: &str) -> Option<&'static str> {
    Some(match name {
        // The input's bytes, `&[u8]`, and its length.
        "input" => "__b",
        "len" => "__n",
        // The words the hash reads: `hash::words` or `hash::chunk_words`.
        "x" => "__x",
        // The first and the last word of an input shorter than 16 bytes in a table of chunks.
        "x0" => "__x0",
        "xl" => "__xl",
        // The bytes the chunks are read from, the offset of the last chunk, and the chunks'
        // offsets.
        "src" => "__src",
        "last" => "__last",
        "offsets" => "__o",
        // The hash (`hash::hash`), and the pilot's move (`hash::pilot_move`) of its bucket.
        "h" => "__h",
        "p" => "__p",
        // The slot, its row, and zero exactly when the input's words or chunks are the row's.
        "s" => "__s",
        "row" => "__e",
        "d" => "__d",
        // The generated twins of `hash::w8`, `small` and `fold`, and a 16-byte read.
        "w8" => "__w8",
        "small" => "__small",
        "w16" => "__w16",
        "fold" => "__fold",
        _ => return None,
    })
}

/// `items` with `separator` between them: `quote!`'s `#(#items),*` for `','`.
pub fn join(items: Vec<TokenStream>, separator: char) -> TokenStream {
    let mut out = TokenStream::new();
    let mut first = true;
    for item in items {
        if !first {
            out.extend([TokenTree::Punct(Punct::new(separator, Spacing::Alone))]);
        }
        first = false;
        out.extend(item);
    }
    out
}

/// `rust!("template", a, b = expr, ...)`: the tokens of the template ([`fill`]) with `#a` the
/// value of `a`, `#b` that of `expr`, and so on (any [`ToTokens`]).
macro_rules! rust {
    ($template:expr $(, $name:ident $(= $value:expr)?)* $(,)?) => {
        $crate::template::fill(
            $template,
            &[$((
                stringify!($name),
                &rust!(@value $name $(= $value)?) as &dyn ::quote::ToTokens,
            )),*],
        )
    };
    (@value $name:ident) => { $name };
    (@value $name:ident = $value:expr) => { $value };
}

pub(crate) use rust;

#[cfg(test)]
mod tests {
    use quote::quote;

    #[test]
    fn values_locals_and_paths_go_where_they_are_named_in_groups_too() {
        let (width, row) = (3usize, quote!(rows[1]));
        let filled = rust!(
            "#[inline] let #x: [#u64; #width] = { #row }; #Option::None",
            width,
            row
        );
        let want = quote! {
            #[inline] let __x: [::core::primitive::u64; 3usize] = { rows[1] };
            ::core::option::Option::None
        };
        assert_eq!(filled.to_string(), want.to_string());
    }

    #[test]
    fn a_value_given_hides_a_local_of_its_name() {
        let x = quote!(y);
        assert_eq!(rust!("#x", x).to_string(), "y");
    }

    #[test]
    #[should_panic(expected = "no value `nothing`")]
    fn a_name_without_a_value_is_a_mistake() {
        let _ = rust!("#nothing");
    }
}
