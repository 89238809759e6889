//! SPEC.md's key tables are the schema's (`macros/src/codegen/schema.rs`), rendered by
//! `schema::markdown`: editing one without the other fails here.
//!
//! To regenerate SPEC.md's tables after changing the schema:
//! `LINK_ERRORS_BLESS=1 cargo test -p link-errors-codegen --test spec_md`.

use link_errors_codegen::schema;

const REGENERATE: &str =
    "regenerate with `LINK_ERRORS_BLESS=1 cargo test -p link-errors-codegen --test spec_md`";

/// The marker that opens the generated table of `table` in SPEC.md.
fn opening(table: &schema::Table) -> String {
    format!(
        "<!-- schema {}: generated from macros/src/codegen/schema.rs, see docs/contributing.md -->\n",
        table.header
    )
}

const CLOSING: &str = "<!-- /schema -->\n";

/// `text` with every table's generated block replaced by what the schema renders.
fn rendered(text: &str) -> String {
    let mut out = text.to_owned();
    for table in schema::TABLES {
        let open = opening(table);
        let start = out
            .find(&open)
            .unwrap_or_else(|| panic!("SPEC.md has no `{}` marker", open.trim_end()))
            + open.len();
        let end = start
            + out[start..]
                .find(CLOSING)
                .unwrap_or_else(|| panic!("SPEC.md's {} table is not closed", table.header));
        out.replace_range(start..end, &schema::markdown(table));
    }
    out
}

#[test]
fn spec_md_tables_are_the_schemas() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../SPEC.md");
    let text = std::fs::read_to_string(path).expect("SPEC.md");
    let want = rendered(&text);
    if std::env::var_os("LINK_ERRORS_BLESS").is_some() {
        std::fs::write(path, &want).expect("write SPEC.md");
        return;
    }
    if text != want {
        let line = text
            .lines()
            .zip(want.lines())
            .position(|(a, b)| a != b)
            .map_or(text.lines().count().min(want.lines().count()), |i| i + 1);
        panic!(
            "SPEC.md's key tables differ from macros/src/codegen/schema.rs (first at SPEC.md line \
             {line}); {REGENERATE}"
        );
    }
}

#[test]
fn every_key_is_in_spec_md() {
    // The rendering itself: every key of every table has a row with its doc.
    for table in schema::TABLES {
        let md = schema::markdown(table);
        for k in table.keys {
            assert!(md.contains(&format!("| `{}` |", k.name)), "{}", k.name);
        }
        assert_eq!(md.lines().count(), table.keys.len() + 2, "{}", table.header);
    }
}
