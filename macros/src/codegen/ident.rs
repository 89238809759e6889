//! What is a Rust identifier, decided without a parser: the macro crate builds without `syn`.

/// Keywords, strict and reserved, that cannot name an item: the list `syn` refuses for `Ident`.
const KEYWORDS: &[&str] = &[
    "_", "abstract", "as", "async", "await", "become", "box", "break", "const", "continue",
    "crate", "do", "dyn", "else", "enum", "extern", "false", "final", "fn", "for", "if", "impl",
    "in", "let", "loop", "macro", "match", "mod", "move", "mut", "override", "priv", "pub", "ref",
    "return", "Self", "self", "static", "struct", "super", "trait", "true", "try", "type",
    "typeof", "unsafe", "unsized", "use", "virtual", "where", "while", "yield",
];

/// `name` is a plain (not raw) identifier: XID start or `_`, then XID continue, and no keyword.
pub(crate) fn is_ident(name: &str) -> bool {
    is_xid(name) && !KEYWORDS.contains(&name)
}

/// `name` can follow `r#`: any identifier or keyword except those a raw identifier cannot be.
pub(crate) fn is_raw_ident(name: &str) -> bool {
    is_xid(name) && !matches!(name, "_" | "crate" | "self" | "Self" | "super")
}

/// XID start or `_`, then XID continue: the shape of an identifier, keywords included.
fn is_xid(name: &str) -> bool {
    let mut chars = name.chars();
    let Some(first) = chars.next() else {
        return false;
    };
    (first == '_' || unicode_ident::is_xid_start(first))
        && chars.all(unicode_ident::is_xid_continue)
}

#[cfg(test)]
mod tests {
    use super::is_ident;

    /// The same verdict as `syn`'s parser, on identifiers, keywords and what is neither.
    #[test]
    fn agrees_with_syn() {
        for name in [
            "LinkError",
            "_x",
            "x1",
            "Ünïcode",
            "r#type",
            "type",
            "Self",
            "_",
            "",
            "1x",
            "a b",
            "a-b",
            "gen",
            "union",
            "crate",
            "é",
            "a::b",
        ] {
            let by_syn = !name.starts_with("r#") && syn::parse_str::<syn::Ident>(name).is_ok();
            assert_eq!(is_ident(name), by_syn, "{name:?}");
        }
    }
}
