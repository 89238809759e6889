//! Writes `$OUT_DIR/specs.rs`: one module per spec, each with the enum `E` the macro makes of
//! it and `lookup`, its `from_code` behind one `#[inline(never)]` call. The specs are the
//! dispatch fixtures of `tests/specs/`, the Flanks spec, the shapes of the lookup benchmark
//! (`fixtures/shapes.rs`: 7, 1,000 and 10,000 codes), and three written here: many codes in
//! rows too wide for a power of two of slots, and codes past 64 bytes (with and without one
//! code far longer than the rest).

#[path = "../fixtures/shapes.rs"]
// `Code::code` reads as the spec's key does.
#[allow(dead_code, clippy::struct_field_names)]
mod shapes;

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use shapes::{Code, spec_toml};

const FIXTURES: &[&str] = &[
    "small",
    "bytes",
    "fixed",
    "varied",
    "mid",
    "long",
    "mostly_long",
    "overlong",
    "tail32",
    "tail48",
];

fn main() {
    let out = PathBuf::from(std::env::var_os("OUT_DIR").unwrap());
    let root = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .canonicalize()
        .unwrap();
    println!("cargo::rerun-if-changed=../fixtures/shapes.rs");
    let mut specs: Vec<(String, PathBuf)> =
        vec![("flanks7".into(), root.join("link-errors-spec.toml"))];
    for f in FIXTURES {
        specs.push((
            f.to_string(),
            root.join(format!("tests/specs/dispatch_{f}.toml")),
        ));
    }
    let codes = |wires: Vec<String>| -> Vec<Code> {
        wires
            .into_iter()
            .enumerate()
            .map(|(i, code)| Code {
                code,
                variant: format!("V{i}"),
                message: format!("Code {i}."),
            })
            .collect()
    };
    let dense: Vec<String> = (0..4_000)
        .map(|i| format!("ACCOUNT_{i}_{}_NOT_FOUND_UPSTREAM", "X".repeat(i % 16)))
        .chain((0..100).map(|i| format!("E{i}")))
        .collect();
    let longer: Vec<String> = (0..600)
        .map(|i| format!("{}_{i}_{}", "P".repeat(60 + i % 40), "S".repeat(i % 150)))
        .collect();
    let mut skewed = longer.clone();
    skewed.push("Z".repeat(3_000));
    let sets = shapes::sets().into_iter();
    for (name, codes) in sets.chain([
        ("dense4k", codes(dense)),
        ("longer600", codes(longer)),
        ("skewed601", codes(skewed)),
    ]) {
        let path = out.join(format!("{name}.toml"));
        std::fs::write(&path, spec_toml(&codes)).unwrap();
        specs.push((name.to_string(), path));
    }
    let mut src = String::new();
    let mut names = Vec::new();
    for (name, path) in &specs {
        let path = path.display().to_string();
        println!("cargo::rerun-if-changed={path}");
        let _ = write!(
            src,
            r"
pub mod {name} {{
    #[link_errors::spec({path:?})]
    pub enum E {{}}

    #[inline(never)]
    pub fn lookup(s: &str) -> Option<usize> {{
        E::from_code(s).map(|e| e as usize)
    }}
}}
"
        );
        names.push(format!("({name:?}, &{name}::E::CODES, {name}::lookup)"));
    }
    let _ = write!(
        src,
        "\n/// Every spec: its name, its codes and its lookup.\npub const SPECS: &[Spec] = &[{}];\n",
        names.join(", ")
    );
    std::fs::write(out.join("specs.rs"), src).unwrap();
}
