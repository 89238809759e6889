//! Writes the crates that `compile-time.sh` builds, into the directory given: the same 10,000
//! codes (`fixtures/shapes.rs`, varied lengths) as a link-errors enum (`ours`), as the enum with
//! strum's `EnumString` + `Display` + `AsRefStr` + `EnumIter` derives (`strum`), and as the
//! enum with the `FromStr`, `code()` and `Display` one would write by hand (`hand`).

#[path = "../../fixtures/shapes.rs"]
#[allow(dead_code, clippy::pedantic)]
mod shapes;

use std::fmt::Write as _;
use std::path::Path;

fn main() {
    let dir = std::env::args().nth(1).expect("usage: gen DIR");
    let dir = Path::new(&dir);
    let runtime = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../runtime")
        .canonicalize()
        .unwrap();
    let codes = shapes::varied(10_000, 3);
    let derives = "Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord";

    write(
        dir,
        "Cargo.toml",
        "[workspace]\nmembers = [\"ours\", \"strum\", \"hand\"]\nresolver = \"3\"\n",
    );
    let manifest = |name: &str, dep: &str| {
        let name = format!("bench-{name}");
        format!(
            "[package]\nname = \"{name}\"\nversion = \"0.0.0\"\nedition = \"2024\"\npublish = false\n\n[dependencies]\n{dep}\n"
        )
    };

    // `{:?}` quotes and escapes the path, as a TOML basic string wants.
    #[allow(clippy::unnecessary_debug_formatting)]
    let dep = format!("link-errors = {{ path = {runtime:?} }}");
    write(dir, "ours/Cargo.toml", &manifest("ours", &dep));
    write(dir, "ours/spec.toml", &shapes::spec_toml(&codes));
    write(
        dir,
        "ours/src/lib.rs",
        "#[link_errors::spec(\"spec.toml\")]\npub enum E {}\n",
    );

    write(
        dir,
        "strum/Cargo.toml",
        &manifest(
            "strum",
            "strum = { version = \"0.28\", features = [\"derive\"] }",
        ),
    );
    write(
        dir,
        "strum/src/lib.rs",
        &shapes::strum_enum(
            "E",
            &codes,
            "strum::EnumString, strum::Display, strum::AsRefStr, strum::EnumIter",
            "",
        ),
    );

    write(dir, "hand/Cargo.toml", &manifest("hand", ""));
    let mut hand = format!("#[derive({derives})]\npub enum E {{\n");
    for c in &codes {
        let _ = writeln!(hand, "    /// {}\n    {},", c.message, c.variant);
    }
    hand.push_str(
        "}\n\nimpl E {\n    pub const fn code(self) -> &'static str {\n        match self {\n",
    );
    for c in &codes {
        let _ = writeln!(hand, "            Self::{} => \"{}\",", c.variant, c.code);
    }
    hand.push_str("        }\n    }\n\n    pub const fn message(self) -> &'static str {\n        match self {\n");
    for c in &codes {
        let _ = writeln!(
            hand,
            "            Self::{} => \"{}\",",
            c.variant, c.message
        );
    }
    hand.push_str("        }\n    }\n}\n\nimpl std::fmt::Display for E {\n    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {\n        f.write_str(self.message())\n    }\n}\n\nimpl std::str::FromStr for E {\n    type Err = ();\n    fn from_str(s: &str) -> Result<Self, ()> {\n        from_code(s).ok_or(())\n    }\n}\n\n");
    hand.push_str(&shapes::hand_match("from_code", "E", &codes));
    write(dir, "hand/src/lib.rs", &hand);
}

fn write(dir: &Path, file: &str, text: &str) {
    let path = dir.join(file);
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    // Unchanged files keep their mtime, so that cargo keeps what it built.
    if std::fs::read_to_string(&path).ok().as_deref() != Some(text) {
        std::fs::write(path, text).unwrap();
    }
}
