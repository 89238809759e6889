//! `from_code` of the `link-errors` enums: the wire string to the variant, through a perfect
//! hash built at expansion time. Its one item, [`from_code`], is the lookup
//! [`Options`](crate::codegen::Options) gives the expansion by default.
//!
//! A string `match` compares arm after arm once lengths collide; rustc's length switch helps
//! only when lengths vary, and its jump mispredicts on mixed input. Here every wire string
//! (code or alias) of up to 64 bytes gets its own slot of a static table (`table.rs`), and a
//! lookup is: a length range test; a few 8-byte loads and one multiply (`hash.rs`: the
//! generator picks the words that tell the keys apart, usually the first and the last); a pilot
//! load (large specs only); and one slot, compared branch-free: its row holds the key as 8-byte
//! words or as 16-byte chunks, which the compiler turns into vector compares; its length and
//! variant sit side by side in another table. A select, not a branch, returns the variant or
//! `None`. No allocation, no `memcmp`, no runtime dependency (see BENCHMARKS.md).
//!
//! **Where each decision is made:** `plan.rs`, alone. Its `plan::plan` looks at the wire
//! strings and returns a `plan::Plan` (the one-byte table, the split of a few long codes, words
//! or chunks, one multiplier or pilots, a power of two of slots or not, the path for inputs under
//! 16 bytes), with every threshold beside it. This file emits a plan (`emit`: the one-byte
//! table, the split, the hashed table); `long.rs` emits the table of codes past 64 bytes;
//! `table.rs` places keys in slots; `hash.rs` holds each hash at expansion time and the code
//! that computes it at run time. The code is written as the Rust it is, in templates
//! (`template.rs`): a `quote!` of it would cost this crate's build a call per token.
//!
//! The rows are a byte-string literal, one token, so that a 10,000-code spec costs the compiler
//! almost nothing to parse or const-evaluate (an array literal of 50,000 integers would).

mod hash;
mod long;
mod plan;
mod table;
mod template;

use proc_macro2::{Ident, Literal, Span, TokenStream};
use quote::quote;

use crate::codegen::template::join;
use hash::COVERED;
use plan::{Key, Layout};
use table::Table;
use template::rust;

/// The body of `from_code(code: &str) -> Option<Self>` in `impl #ident`: the `plan::plan` of
/// `keys`, emitted. `keys` are every wire string (code or alias), distinct, each paired with the
/// index in `variants` of the variant it names. Its signature is
/// [`FromCode`](crate::codegen::FromCode).
pub fn from_code(keys: &[(&str, usize)], ident: &Ident, variants: &[Ident]) -> TokenStream {
    let mut plan_keys = Vec::with_capacity(keys.len());
    for &(wire, index) in keys {
        debug_assert!(index < variants.len());
        plan_keys.push(Key { wire, index });
    }
    let plan = plan::plan(&plan_keys);
    // Codes past `COVERED` bytes: a table of their own (`long.rs`), in a function of its own,
    // reached through the main table's range test (which real input, codes of a few words,
    // always passes). With no main table, every lookup goes there.
    let outside = match &plan.long {
        None => rust!("#Option::None"),
        Some(long) => {
            let body = long::body(&long::LongTable::build(long), ident, variants);
            let none = rust!("#Option::None");
            outlined(COVERED, "__long", &TokenStream::new(), &body, ident, &none)
        }
    };
    match &plan.main {
        None => rust!("let _ = code; #outside", outside),
        Some(layout) => emit(layout, ident, variants, &outside),
    }
}

/// Statements that return the variant of `code` in `layout`, or `outside` (an expression of
/// `code`) for inputs of other lengths. A split's tail is in a cold function of its own (input
/// made of codes rarely goes there, so the branch is predicted; and it adds nothing to the
/// other lookups, whose range test is needed anyway).
fn emit(
    layout: &Layout<'_>,
    ident: &Ident,
    variants: &[Ident],
    outside: &TokenStream,
) -> TokenStream {
    match layout {
        Layout::Bytes(keys) => bytes(keys, ident, variants, outside),
        Layout::Table(shape) => body(&Table::build(shape), ident, variants, outside),
        Layout::Split { rest, cut, tail } => {
            let tail = emit(tail, ident, variants, &rust!("#Option::None"));
            let outside = outlined(*cut, "__tail", &rust!("#[cold]"), &tail, ident, outside);
            body(&Table::build(rest), ident, variants, &outside)
        }
    }
}

/// `if code.len() > cut { .. } else { otherwise }`, where `..` calls a local function `name`
/// (with attributes `attrs`, and never inlined) whose statements are `body`: the lookup of the
/// codes past `cut` bytes, out of the way of the others'.
fn outlined(
    cut: usize,
    name: &str,
    attrs: &TokenStream,
    body: &TokenStream,
    ident: &Ident,
    otherwise: &TokenStream,
) -> TokenStream {
    rust!(
        "if code.len() > #cut {
            #attrs
            #[inline(never)]
            fn #name(code: &#str) -> #Option<#ident> {
                #body
            }
            #name(code)
        } else {
            #otherwise
        }",
        cut,
        attrs,
        name = Ident::new(name, Span::call_site()),
        body,
        ident,
        otherwise,
    )
}

/// Statements that return the variant of `code` among `keys`, all one byte long, or `outside`
/// for inputs of other lengths: the byte indexes a table of 256 variants (`None` for most).
/// This is the floor, a length test and one load; a hash would cost a multiply and a compare
/// more, and a `match` on one byte compiles to the same table (or to a jump table, which
/// mispredicts).
fn bytes(
    keys: &[Key<'_>],
    ident: &Ident,
    variants: &[Ident],
    outside: &TokenStream,
) -> TokenStream {
    let mut table: [Option<usize>; 256] = [None; 256];
    for k in keys {
        table[usize::from(k.wire.as_bytes()[0])] = Some(k.index);
    }
    let none = rust!("#Option::None");
    let mut entries = Vec::with_capacity(table.len());
    for &v in &table {
        entries.push(match v {
            Some(i) => rust!(
                "#Option::Some(#ident::#variant)",
                ident,
                variant = variants[i]
            ),
            None => none.clone(),
        });
    }
    rust!(
        "static __BYTES: [#Option<#ident>; 256] = [#entries];
        let __b = code.as_bytes();
        if __b.len() != 1 {
            return #outside;
        }
        __BYTES[__b[0] as #usize]",
        ident,
        entries = join(entries, ','),
        outside,
    )
}

/// Statements that return the variant of `code` in table `t`, or `outside` (an expression of
/// `code`) for inputs of other lengths than its keys'.
fn body(t: &Table<'_>, ident: &Ident, variants: &[Ident], outside: &TokenStream) -> TokenStream {
    let helpers = hash::emit_helpers(t.min < 8, t.chunks > 0, t.multiplier.is_none());
    let (pilots, lookup) = lookup(t);
    // The rows: each slot's key, as words or chunks.
    let (rows, lens) = t.entries();
    let Slots {
        table: slots,
        variant,
        length,
    } = slots(t, ident, variants, &lens);
    rust!(
        "#helpers
        #pilots
        // Aligned so that no row straddles two cache lines, and chunks are aligned for vector
        // compares.
        #[repr(align(64))]
        struct __Rows([#u8; #rows_len]);
        static __ROWS: __Rows = __Rows(*#rows);
        #slots
        let #input = code.as_bytes();
        let #len = #input.len();
        // Outside the keys' lengths (empty and overlong inputs too): not a code of this table.
        if #len.wrapping_sub(#min) > #span {
            return #outside;
        }
        #lookup
        #variant
        let __diff = #length #d;
        // The variant is read before the test, and this is a select, not a branch: hits and
        // misses cost the same and mixed input does not mispredict.
        ::core::hint::select_unpredictable(__diff == 0, #Option::Some(__v), #Option::None)",
        helpers,
        pilots,
        rows_len = rows.len(),
        rows = Literal::byte_string(&rows),
        slots,
        min = t.min,
        span = t.max - t.min,
        outside,
        lookup,
        variant,
        length,
    )
}

/// The pilots' table, if the hash has one, and the statements that bind `s`, the input's
/// slot, and `d`, zero exactly when the input's words or chunks are its row's; for inputs
/// under 16 bytes in a table of chunks, on a second path.
fn lookup(t: &Table<'_>) -> (Option<TokenStream>, TokenStream) {
    // The slot of the words `x` (and the length `len`).
    let (pilots, slot) = match t.multiplier {
        Some(multiplier) => (
            None,
            hash::emit_tiny_slot(&t.pick.words, multiplier, t.slots.len()),
        ),
        None => {
            let hash = hash::emit_hash(&t.pick, &hash::secrets(t.seed));
            let (pilots, slot) = hash::emit_slot(&t.pilots, t.slots.len());
            (pilots, rust!("#hash #slot", hash, slot))
        }
    };
    let row_at = rust!(
        "let #row = &__ROWS.0[#s * #stride..#s * #stride + #stride];",
        stride = t.stride(),
    );
    let path = |words: TokenStream, diff: TokenStream| {
        rust!("#words #slot #row_at #diff", words, slot, row_at, diff)
    };
    if t.chunks == 0 {
        let words = hash::emit_words(t.width, t.min < 8, t.max >= 8);
        let mut diff = Vec::with_capacity(t.width);
        for i in 0..t.width {
            let word = rust!("#w8(#row, #at) ^ #x[#i]", at = i * 8, i);
            diff.push(if t.width == 1 {
                word
            } else {
                rust!("(#word)", word)
            });
        }
        let diff = rust!("let #d: #u64 = #diff;", diff = join(diff, '|'));
        return (pilots, path(words, diff));
    }
    (pilots, chunk_lookup(t, &path))
}

/// [`lookup`]'s statements in a table of chunks: `path` puts the words' and the difference's
/// statements around the slot's.
fn chunk_lookup(
    t: &Table<'_>,
    path: &dyn Fn(TokenStream, TokenStream) -> TokenStream,
) -> TokenStream {
    let long = path(
        rust!(
            "let (#src, #last): (&[#u8], #usize) = (#input, #len - 16);
            #words",
            words = hash::emit_chunk_words(t.chunks),
        ),
        hash::emit_chunk_diff(t.chunks),
    );
    if !t.short_path {
        return long;
    }
    let short = path(
        hash::emit_short_chunk_words(t.chunks, t.min < 8),
        hash::emit_short_chunk_diff(),
    );
    rust!(
        "let (#s, #d) = if #len >= 16 {
            #long
            (#s, #d)
        } else {
            #short
            (#s, #d)
        };",
        long,
        short,
    )
}

/// What `body` emits about the slots.
struct Slots {
    /// The static of each slot's variant (and key length).
    table: TokenStream,
    /// The statement that reads the input's slot's variant, `__v` (and key length, `__len`).
    variant: TokenStream,
    /// The length's part of the final test, when the keys' lengths differ.
    length: Option<TokenStream>,
}

/// Each slot's key length (`lens`, in slot order) and variant (the first in an empty slot),
/// side by side: one load finds both, with no index to load first and no bounds check. With
/// keys of one length, the range test has checked the length, and an empty slot's row matches
/// no input.
fn slots(t: &Table<'_>, ident: &Ident, variants: &[Ident], lens: &[u8]) -> Slots {
    let slots_len = t.slots.len();
    let slot_variants = t.slots.iter().map(|k| &variants[k.map_or(0, |k| k.index)]);
    // One element per slot: `quote!`'s repetition writes them straight into the table's
    // tokens, where a template would take them as a list and copy it once more.
    if t.min == t.max {
        return Slots {
            table: quote!(static __VARIANTS: [#ident; #slots_len] = [#(#ident::#slot_variants),*];),
            variant: rust!("let __v = __VARIANTS[#s];"),
            length: None,
        };
    }
    let lens = lens.iter().map(|&l| Literal::u8_unsuffixed(l));
    let u8_ = rust!("#u8");
    Slots {
        table: quote! {
            static __SLOTS: [(#u8_, #ident); #slots_len] =
                [#((#lens, #ident::#slot_variants)),*];
        },
        variant: rust!("let (__len, __v) = __SLOTS[#s];"),
        length: Some(rust!("((__len as #u64) ^ (#len as #u64)) |")),
    }
}

#[cfg(test)]
mod tests {
    use super::plan::keys_of as keys;
    use super::*;
    use quote::{ToTokens, format_ident};
    use std::collections::BTreeMap;
    use syn::visit::{self, Visit};

    /// What generated statements hold, read from their syntax tree: the local functions, the
    /// statics and structs, the calls of local functions, the `if`s and `let`s, every
    /// identifier and string literal, and how many `match`es.
    #[derive(Default)]
    struct Parts {
        fns: Vec<String>,
        statics: Vec<syn::ItemStatic>,
        structs: BTreeMap<String, syn::ItemStruct>,
        calls: BTreeMap<String, usize>,
        ifs: Vec<syn::ExprIf>,
        lets: Vec<syn::Local>,
        idents: Vec<String>,
        strings: Vec<String>,
        matches: usize,
    }

    impl<'ast> Visit<'ast> for Parts {
        fn visit_item_fn(&mut self, f: &'ast syn::ItemFn) {
            self.fns.push(f.sig.ident.to_string());
            visit::visit_item_fn(self, f);
        }
        fn visit_item_static(&mut self, s: &'ast syn::ItemStatic) {
            self.statics.push(s.clone());
            visit::visit_item_static(self, s);
        }
        fn visit_item_struct(&mut self, s: &'ast syn::ItemStruct) {
            self.structs.insert(s.ident.to_string(), s.clone());
            visit::visit_item_struct(self, s);
        }
        fn visit_expr_call(&mut self, c: &'ast syn::ExprCall) {
            if let syn::Expr::Path(p) = &*c.func
                && let Some(name) = p.path.get_ident()
            {
                *self.calls.entry(name.to_string()).or_default() += 1;
            }
            visit::visit_expr_call(self, c);
        }
        fn visit_expr_if(&mut self, i: &'ast syn::ExprIf) {
            self.ifs.push(i.clone());
            visit::visit_expr_if(self, i);
        }
        fn visit_local(&mut self, l: &'ast syn::Local) {
            self.lets.push(l.clone());
            visit::visit_local(self, l);
        }
        fn visit_ident(&mut self, i: &'ast proc_macro2::Ident) {
            self.idents.push(i.to_string());
        }
        fn visit_lit_str(&mut self, s: &'ast syn::LitStr) {
            self.strings.push(s.value());
        }
        fn visit_expr_match(&mut self, m: &'ast syn::ExprMatch) {
            self.matches += 1;
            visit::visit_expr_match(self, m);
        }
    }

    /// The parts of generated statements (parsed as a block: they must be valid Rust).
    fn parts(statements: &TokenStream) -> Parts {
        let block: syn::Block =
            syn::parse2(quote!({ #statements })).expect("the generated statements parse");
        let mut parts = Parts::default();
        parts.visit_block(&block);
        parts
    }

    /// Two syntax trees, or a tree and tokens, are the same code.
    fn same(a: &impl ToTokens, b: &TokenStream) -> bool {
        a.to_token_stream().to_string() == b.to_string()
    }

    impl Parts {
        /// The `if`s whose condition is `code`.
        fn ifs_on(&self, cond: &TokenStream) -> Vec<&syn::ExprIf> {
            self.ifs.iter().filter(|i| same(&i.cond, cond)).collect()
        }

        /// How many local functions or statics are named `name`.
        fn count(&self, name: &str) -> usize {
            self.fns.iter().filter(|f| *f == name).count()
                + self.statics.iter().filter(|s| s.ident == name).count()
        }

        /// The first static named `name`.
        fn static_named(&self, name: &str) -> &syn::ItemStatic {
            self.statics
                .iter()
                .find(|s| s.ident == name)
                .unwrap_or_else(|| panic!("no static {name}"))
        }
    }

    /// The generated body for `wires`.
    fn generated(wires: &[String]) -> TokenStream {
        let variants: Vec<Ident> = (0..wires.len()).map(|i| format_ident!("V{i}")).collect();
        let none = quote!(::core::option::Option::None);
        body(
            &Table::build(&plan::shape(&keys(wires))),
            &format_ident!("E"),
            &variants,
            &none,
        )
    }

    /// What [`emit`] generates for `wires`, with `OUTSIDE` for inputs of other lengths.
    fn looked_up(wires: &[String]) -> TokenStream {
        let variants: Vec<Ident> = (0..wires.len()).map(|i| format_ident!("V{i}")).collect();
        emit(
            &plan::layout(&keys(wires)),
            &format_ident!("E"),
            &variants,
            &quote!(OUTSIDE),
        )
    }

    /// `n` distinct codes of `len` bytes each.
    fn of_length(n: usize, len: usize, tag: char) -> Vec<String> {
        (0..n)
            .map(|i| {
                let head = format!("{tag}{i}_");
                format!("{head}{}", "X".repeat(len - head.len()))
            })
            .collect()
    }

    #[test]
    fn codes_past_64_bytes_have_a_table_not_a_match() {
        let codes: Vec<String> = (0..40)
            .map(|i| format!("{}_{i}", "LONG".repeat(20)))
            .chain((0..5).map(|i| format!("SHORT_{i}")))
            .collect();
        let variants: Vec<Ident> = (0..codes.len()).map(|i| format_ident!("V{i}")).collect();
        let pairs: Vec<(&str, usize)> = codes.iter().map(String::as_str).zip(0..).collect();
        let code = parts(&from_code(&pairs, &format_ident!("E"), &variants));
        // Reached from the short codes' range test, in a function of its own, with keys of
        // its own.
        assert_eq!(code.count("__long"), 1);
        let long = code.ifs_on(&quote!(code.len() > 64usize));
        assert_eq!(long.len(), 1);
        assert_eq!(
            parts(&long[0].then_branch.to_token_stream()).count("__KEYS"),
            1
        );
        // No code is spelled out as a string to `match` on.
        assert!(code.strings.is_empty(), "{:?}", code.strings);
        assert_eq!(code.matches, 0);
    }

    #[test]
    fn the_tail_is_a_table_behind_the_range_test() {
        let mut wires = of_length(126, 20, 'A');
        wires.extend(of_length(2, 60, 'B'));
        let code = parts(&looked_up(&wires));
        assert_eq!(code.count("__tail"), 1);
        // Outside the rest's lengths (20 bytes): the tail past 32 bytes, else what was outside
        // before.
        let rest = code.ifs_on(&quote!(__n.wrapping_sub(20usize) > 0usize));
        assert_eq!(rest.len(), 1);
        let outside = quote!({
            return if code.len() > 32usize {
                #[cold]
                #[inline(never)]
                fn __tail(code: &::core::primitive::str) -> ::core::option::Option<E> {}
                __tail(code)
            } else {
                OUTSIDE
            };
        });
        let mut then = rest[0].then_branch.clone();
        // The tail's body aside, which the next test reads.
        if let syn::Stmt::Expr(syn::Expr::Return(r), _) = &mut then.stmts[0]
            && let Some(syn::Expr::If(i)) = r.expr.as_deref_mut()
            && let syn::Stmt::Item(syn::Item::Fn(f)) = &mut i.then_branch.stmts[0]
        {
            f.block.stmts.clear();
        }
        assert!(same(&then, &outside), "{}", then.to_token_stream());
        // Outside the tail's lengths (60 bytes): nothing.
        let tail = code.ifs_on(&quote!(__n.wrapping_sub(60usize) > 0usize));
        assert_eq!(tail.len(), 1);
        assert!(same(
            &tail[0].then_branch,
            &quote!({
                return ::core::option::Option::None;
            })
        ));
        // Each table has its own rows.
        assert_eq!(code.count("__ROWS"), 2);
    }

    #[test]
    fn pilots_are_aligned_and_the_first_seed_adds_no_constant() {
        let codes: Vec<String> = (0..100).map(|i| format!("CODE_{i}_NOT_FOUND")).collect();
        let code = parts(&generated(&codes));
        // A pilot never straddles two cache lines.
        let pilots = &code.structs["__Pilots"];
        assert!(
            pilots
                .attrs
                .iter()
                .any(|a| same(a, &quote!(#[repr(align(64))])))
        );
        // The hash: the words and the length, with no seed constant.
        let hash = code
            .lets
            .iter()
            .find(|l| same(&l.pat, &quote!(__h: ::core::primitive::u64)))
            .expect("a hash");
        let init = parts(&hash.init.as_ref().expect("a value").expr.to_token_stream());
        assert!(init.idents.contains(&"__x".to_owned()));
        let mut constants = 0;
        syn::visit::visit_expr(
            &mut LitCounter(&mut constants),
            &hash.init.as_ref().unwrap().expr,
        );
        assert_eq!(constants, 0, "{}", hash.to_token_stream());
    }

    /// Counts the `u64` literals of an expression.
    struct LitCounter<'a>(&'a mut usize);

    impl<'ast> Visit<'ast> for LitCounter<'_> {
        fn visit_lit_int(&mut self, i: &'ast syn::LitInt) {
            if i.suffix() == "u64" {
                *self.0 += 1;
            }
        }
    }

    #[test]
    fn codes_of_one_byte_index_a_table_by_the_byte() {
        let mut wires: Vec<String> = ["A", "Z", "0", "_", "a"].map(String::from).to_vec();
        let code = parts(&looked_up(&wires));
        let bytes = code.static_named("__BYTES");
        assert!(same(&bytes.ty, &quote!([::core::option::Option<E>; 256])));
        let other_lengths = code.ifs_on(&quote!(__b.len() != 1));
        assert_eq!(other_lengths.len(), 1);
        assert!(same(
            &other_lengths[0].then_branch,
            &quote!({
                return OUTSIDE;
            })
        ));
        assert_eq!(code.count("__ROWS"), 0);
        // Each key's byte holds its variant, in order: `0` (48), `A` (65), `Z` (90), `_` (95),
        // `a` (97); the other 251 entries hold `None`.
        let syn::Expr::Array(entries) = &*bytes.expr else {
            panic!("an array")
        };
        let some: Vec<(usize, String)> = entries
            .elems
            .iter()
            .enumerate()
            .filter(|(_, e)| !same(*e, &quote!(::core::option::Option::None)))
            .map(|(i, e)| (i, e.to_token_stream().to_string()))
            .collect();
        let want: Vec<(usize, String)> =
            [(48, "V2"), (65, "V0"), (90, "V1"), (95, "V3"), (97, "V4")]
                .into_iter()
                .map(|(i, v)| {
                    let v = format_ident!("{v}");
                    (i, quote!(::core::option::Option::Some(E::#v)).to_string())
                })
                .collect();
        assert_eq!(some, want);
        // One key of two bytes: the hash again.
        wires.push("AB".into());
        assert_eq!(parts(&looked_up(&wires)).count("__BYTES"), 0);
    }

    #[test]
    fn inputs_under_16_bytes_take_a_path_of_their_own_in_a_table_of_chunks() {
        // Half of the keys are short: still a branch, not a copy to the stack (whose 16-byte
        // load of two 8-byte stores is not forwarded, and costs more than the branch).
        let wires: Vec<String> = (0..40).map(|i| "X".repeat(i + 1)).collect();
        let code = parts(&generated(&wires));
        let branch = code
            .lets
            .iter()
            .find(|l| same(&l.pat, &quote!((__s, __d))))
            .expect("a slot and a difference from two paths");
        let Some(syn::Expr::If(i)) = branch.init.as_ref().map(|i| &*i.expr) else {
            panic!("an if")
        };
        assert!(same(&i.cond, &quote!(__n >= 16)));
        assert!(!code.idents.iter().any(|i| i == "__buf"));
    }

    #[test]
    fn every_local_helper_it_defines_is_used() {
        let codes = |n: usize, f: &dyn Fn(usize) -> String| (0..n).map(f).collect::<Vec<_>>();
        let mostly_long = {
            let mut w = codes(40, &|i| format!("{i}_{}", "X".repeat(40)));
            w.push("SHORT".into());
            w
        };
        let layouts = [
            codes(7, &|i| format!("CODE_{i}")),   // one multiply, words
            codes(7, &|i| format!("{i:05}")),     // short inputs only
            codes(100, &|i| format!("CODE_{i}")), // pilots, words
            codes(100, &|i| format!("{i}_{}", "X".repeat(20))), // chunks, no short input
            mostly_long,                          // chunks, a branch
            codes(50, &|i| "X".repeat(i + 1)),    // chunks, a branch, inputs under 8 bytes
        ];
        for wires in &layouts {
            let code = parts(&generated(wires));
            for helper in &code.fns {
                assert!(
                    code.calls.get(helper).is_some_and(|&n| n > 0),
                    "{helper} is never called for {wires:?}"
                );
            }
        }
    }
}
