//! `link-errors schema`: the committed schemas are what the CLI prints, and taplo (the TOML
//! toolkit behind Even Better TOML), pinned in `tests/export/package.json`, accepts every spec
//! and overlay of the repository that the build accepts and refuses what the format forbids.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use link_errors_codegen::Spec;

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .unwrap()
        .to_owned()
}

fn cli(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_link-errors"))
        .args(args)
        .output()
        .unwrap()
}

fn schema_file(of: &str) -> PathBuf {
    root().join(format!("schemas/link-errors-{of}.schema.json"))
}

/// `taplo lint` of `files` against `schema` (or their own `#:schema` directive).
fn taplo(schema: Option<&Path>, files: &[PathBuf]) -> Output {
    let taplo = root().join("tests/export/node_modules/.bin/taplo");
    assert!(
        taplo.exists(),
        "{} is missing: run `npm ci --prefix tests/export` (bash .ci/test does)",
        taplo.display()
    );
    let mut cmd = Command::new(taplo);
    cmd.current_dir(root())
        .args(["lint", "--no-auto-config", "--colors", "never"]);
    if let Some(schema) = schema {
        cmd.arg("--schema")
            .arg(format!("file://{}", schema.display()));
    }
    cmd.args(files).output().unwrap()
}

fn text(out: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    )
}

#[test]
fn committed_schemas_are_what_the_cli_prints() {
    for of in ["spec", "overlay"] {
        let printed = cli(&["schema", of]);
        assert!(printed.status.success(), "{}", text(&printed));
        let committed = std::fs::read_to_string(schema_file(of)).unwrap();
        assert!(
            committed == String::from_utf8(printed.stdout).unwrap(),
            "schemas/link-errors-{of}.schema.json is stale: regenerate it with \
             `cargo run -p link-errors-cli -- schema {of} > schemas/link-errors-{of}.schema.json`"
        );
    }
}

/// An overlay is named after its spec: `shop-app.toml` (or `shop-app-broken.toml`) goes with
/// `shop.toml`, and the bundled `link-errors-app.toml` with `link-errors-spec.toml`.
fn spec_of(overlay: &Path) -> Option<PathBuf> {
    let name = overlay.file_name()?.to_str()?;
    let stem = name.split("-app").next()?;
    let dir = overlay.parent()?;
    [format!("{stem}.toml"), format!("{stem}-spec.toml")]
        .into_iter()
        .map(|n| dir.join(n))
        .find(|p| p.exists())
}

/// What the build accepts, the schema accepts: every spec and overlay in the repository that
/// passes the macro's checks passes taplo's validation.
#[test]
fn taplo_accepts_every_spec_and_overlay_the_build_accepts() {
    let (mut specs, mut overlays) = (Vec::new(), Vec::new());
    for file in link_errors_testing::repository_tomls() {
        // A fixture of a file that is not UTF-8 is no spec at all.
        let Ok(text) = std::fs::read_to_string(&file) else {
            continue;
        };
        let is_overlay = file.file_name().unwrap().to_string_lossy().contains("-app");
        if is_overlay {
            let Some(spec) = spec_of(&file) else { continue };
            let spec = std::fs::read_to_string(spec).unwrap();
            if Spec::parse_strict(&spec, Some(&text)).is_ok() {
                overlays.push(file);
            }
        } else if Spec::parse_strict(&text, None).is_ok() {
            specs.push(file);
        }
    }
    // The bundled pair, the export tests' spec, the CLI's fixtures and the tests' specs.
    assert!(
        specs.len() >= 20 && overlays.len() >= 3,
        "{specs:?} {overlays:?}"
    );
    for (of, files) in [("spec", &specs), ("overlay", &overlays)] {
        let out = taplo(Some(&schema_file(of)), files);
        assert!(out.status.success(), "{of}s:\n{}", text(&out));
    }
}

/// What a static schema can see, it refuses: an unknown table, an unknown `[link]` key, a
/// built-in key's value of the wrong type, a field declared with an unknown type.
#[test]
fn taplo_refuses_what_the_format_forbids() {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("schema");
    std::fs::create_dir_all(&dir).unwrap();
    let base = "[[error]]\ncode = \"A\"\nmessage = \"a\"\n";
    let cases = [
        (
            "spec",
            "unknown-table",
            format!("{base}[lnk]\nurl = \"https://a.example/\"\n"),
            "lnk",
        ),
        (
            "spec",
            "unknown-link-key",
            format!("{base}[link]\nseperator = \"|\"\n"),
            "seperator",
        ),
        (
            "spec",
            "wrong-type",
            format!("{base}exit_button = \"yes\"\n"),
            "boolean",
        ),
        (
            "spec",
            "no-message",
            "[[error]]\ncode = \"A\"\n".to_owned(),
            "message",
        ),
        (
            "spec",
            "field-type",
            format!("[fields.x]\ntype = \"float\"\n{base}"),
            "float",
        ),
        ("overlay", "codes-in-spec-only", base.to_owned(), "error"),
        (
            "overlay",
            "unknown-code-key",
            "[codes.A]\nmesage = [1.5]\n".to_owned(),
            "[1.5]",
        ),
    ];
    for (of, name, toml, expect) in cases {
        let file = dir.join(format!("{name}.toml"));
        std::fs::write(&file, toml).unwrap();
        let out = taplo(Some(&schema_file(of)), &[file]);
        assert!(!out.status.success(), "{of} {name} passed:\n{}", text(&out));
        assert!(text(&out).contains(expect), "{of} {name}:\n{}", text(&out));
    }
}

/// The bundled files name the committed schemas with taplo's `#:schema` directive, so an
/// editor finds them without configuration: they pass it, and a copy beside the schemas with
/// an unknown table fails it with no `--schema` given.
#[test]
fn bundled_files_name_their_schema() {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("directive");
    std::fs::create_dir_all(dir.join("schemas")).unwrap();
    for (file, of) in [
        ("link-errors-spec.toml", "spec"),
        ("link-errors-app.toml", "overlay"),
    ] {
        let text = std::fs::read_to_string(root().join(file)).unwrap();
        let directive = format!("#:schema ./schemas/link-errors-{of}.schema.json");
        assert!(
            text.lines().any(|l| l == directive),
            "{file} lacks `{directive}`"
        );
        let out = taplo(None, &[root().join(file)]);
        assert!(out.status.success(), "{file}:\n{}", self::text(&out));

        let schema = format!("schemas/link-errors-{of}.schema.json");
        std::fs::copy(root().join(&schema), dir.join(&schema)).unwrap();
        std::fs::write(dir.join(file), format!("{text}\n[lnk]\nx = 1\n")).unwrap();
        let out = taplo(None, &[dir.join(file)]);
        assert!(
            !out.status.success(),
            "{file}'s directive was not followed:\n{}",
            self::text(&out)
        );
    }
}
