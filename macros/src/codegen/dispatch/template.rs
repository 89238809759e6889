//! The lookup's templates: [`rust!`] fills one ([`crate::codegen::template`]) with the values it is
//! given and the names every fragment of a lookup shares ([`name`]).
//!
//! Besides the values a template is given, it may name:
//! - the lookup's locals (`#x`, `#len`, ...: [`local`]), which the fragments share;
//! - the primitive types (`#u8` to `#u128`, `#usize`, `#str`): their full paths
//!   (`::core::primitive::u64`), which no type of that name in the user's scope shadows;
//! - `#Option`: `::core::option::Option`, for the same reason.

use proc_macro2::{Ident, Span, TokenStream, TokenTree};

/// The value of a name every template of the lookup may use (see the module's docs): a local
/// or a path. The [`Names`](crate::codegen::template::Names) of [`rust!`].
pub(super) fn name(name: &str) -> Option<TokenStream> {
    if let Some(local) = local(name) {
        return Some(TokenTree::Ident(Ident::new(local, Span::call_site())).into());
    }
    path(name)
}

/// The full path of a primitive type or of `Option`, if `name` is one of those.
fn path(name: &str) -> Option<TokenStream> {
    let module = match name {
        "u8" | "u32" | "u64" | "u128" | "usize" | "str" => "primitive",
        "Option" => "option",
        _ => return None,
    };
    Some(crate::codegen::template::fill(
        &format!("::core::{module}::{name}"),
        &[],
    ))
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

/// `rust!("template", a, b = expr, ...)`: the tokens of the template ([`fill`]) with `#a` the
/// value of `a`, `#b` that of `expr`, and so on (any [`ToTokens`](quote::ToTokens)); the
/// other names are the lookup's ([`name`]).
macro_rules! rust {
    ($template:expr $(, $name:ident $(= $value:expr)?)* $(,)?) => {
        $crate::codegen::template::fill_with(
            $template,
            &[$((
                stringify!($name),
                &rust!(@value $name $(= $value)?) as &dyn ::quote::ToTokens,
            )),*],
            $crate::codegen::dispatch::template::name,
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
    #[should_panic(expected = "no value for `#nothing`")]
    fn a_name_without_a_value_is_a_mistake() {
        let _ = rust!("#nothing");
    }
}
