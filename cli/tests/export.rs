//! `link-errors export` checked with the real tools, as a frontend uses its output: `tsc
//! --strict`, Node and headless Chromium on the TypeScript module, ajv on the JSON document. The tools are the
//! pinned ones of `tests/export/package.json`, which `.ci/test` installs with `npm ci`.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// The workspace's root.
fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .unwrap()
        .to_owned()
}

/// The folder of the export tests' fixtures and tools.
fn fixtures() -> PathBuf {
    root().join("tests/export")
}

/// An installed tool of `tests/export/node_modules/.bin`.
fn tool(name: &str) -> PathBuf {
    let path = fixtures().join("node_modules/.bin").join(name);
    assert!(
        path.exists(),
        "{} is missing: run `npm ci --prefix tests/export` (bash .ci/test does)",
        path.display()
    );
    path
}

/// A fresh, empty folder for one test's files.
fn scratch(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR"))
        .join("export")
        .join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn run(cmd: &mut Command) -> Output {
    cmd.output()
        .unwrap_or_else(|e| panic!("{cmd:?} does not start: {e}"))
}

fn text(out: &Output) -> String {
    format!(
        "status {}\n{}{}",
        out.status,
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    )
}

/// `link-errors export SPEC [--overlay OVERLAY] --format FORMAT -o OUT`, from the root.
fn export(spec: &Path, overlay: Option<&str>, format: &str, out: &Path) {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_link-errors"));
    cmd.current_dir(root()).arg("export").arg(spec);
    if let Some(overlay) = overlay {
        cmd.args(["--overlay", overlay]);
    }
    cmd.args(["--format", format]).arg("-o").arg(out);
    let result = run(&mut cmd);
    assert!(result.status.success(), "{}", text(&result));
}

/// `tsc --strict` over `files` in `dir`: type-checked, and compiled to ES modules in `out/`.
fn tsc(dir: &Path, files: &[&str]) -> Output {
    run(Command::new(tool("tsc"))
        .current_dir(dir)
        .args(["--strict", "--target", "es2022", "--module", "es2022"])
        .args(["--moduleResolution", "bundler", "--lib", "es2022,dom"])
        .args(["--outDir", "out"])
        .args(files))
}

/// Node on the compiled `file` of `dir/out`, as an ES module.
fn node(dir: &Path, file: &str) -> Output {
    std::fs::write(dir.join("out/package.json"), "{\"type\":\"module\"}\n").unwrap();
    run(Command::new("node").current_dir(dir.join("out")).arg(file))
}

fn copy_fixture(name: &str, dir: &Path) {
    std::fs::copy(fixtures().join(name), dir.join(name)).unwrap();
}

#[test]
fn flanks_module_type_checks_and_runs() {
    let dir = scratch("flanks");
    export(
        Path::new("link-errors-spec.toml"),
        Some("link-errors-app.toml"),
        "ts",
        &dir.join("flanks.ts"),
    );
    copy_fixture("consumer-flanks.ts", &dir);
    let checked = tsc(&dir, &["consumer-flanks.ts"]);
    assert!(checked.status.success(), "{}", text(&checked));
    let ran = node(&dir, "consumer-flanks.js");
    assert!(ran.status.success(), "{}", text(&ran));
    assert!(text(&ran).contains("flanks consumer: ok"));
}

/// The module, compiled by `tsc`, runs as an ES module in a browser: headless Chromium loads a
/// page on 127.0.0.1 that imports it and writes what its lookups answer.
#[test]
fn module_runs_in_a_browser() {
    use axum::Router;
    use axum::http::header::CONTENT_TYPE;
    use axum::routing::get;

    let dir = scratch("browser");
    export(
        Path::new("link-errors-spec.toml"),
        Some("link-errors-app.toml"),
        "ts",
        &dir.join("flanks.ts"),
    );
    let compiled = tsc(&dir, &["flanks.ts"]);
    assert!(compiled.status.success(), "{}", text(&compiled));
    let module = std::fs::read_to_string(dir.join("out/flanks.js")).unwrap();
    let page = "<!doctype html><html><body><p id=\"out\">not run</p><script type=\"module\">\n\
        import { LINK_ERROR_CODES, messageIn, negotiate, parseReportedLinkError } from \"./flanks.js\";\n\
        const locale = negotiate(\"es-ES,es;q=0.9\");\n\
        document.getElementById(\"out\").textContent = [LINK_ERROR_CODES.length, locale,\n\
          messageIn(\"INVALID_SCA\", locale), parseReportedLinkError(\"NEW\")?.known].join(\" | \");\n\
        </script></body></html>";
    let server = link_errors_testing::Server::start(
        Router::new()
            .route(
                "/",
                get(move || async move { ([(CONTENT_TYPE, "text/html")], page) }),
            )
            .route(
                "/flanks.js",
                get(move || async move { ([(CONTENT_TYPE, "text/javascript")], module) }),
            ),
    );
    let profile = dir.join("profile");
    let dom = run(Command::new(
        which("chromium").expect("chromium is installed: bash .ci/test installs it"),
    )
    .args([
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
    ])
    .args([
        "--disable-background-networking",
        "--disable-component-update",
        "--no-first-run",
    ])
    .arg(format!("--user-data-dir={}", profile.display()))
    .arg("--dump-dom")
    .arg(format!("{}/", server.base())));
    let dom = String::from_utf8_lossy(&dom.stdout);
    assert!(
        dom.contains(
            "7 | es | La autenticación reforzada (SCA) proporcionada no es válida. | false"
        ),
        "{dom}"
    );
}

fn which(name: &str) -> Option<PathBuf> {
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path)
        .map(|dir| dir.join(name))
        .find(|p| p.exists())
}

/// The README's frontend example type-checks against the Flanks module.
#[test]
fn readme_example_type_checks() {
    let dir = scratch("readme");
    export(
        Path::new("link-errors-spec.toml"),
        Some("link-errors-app.toml"),
        "ts",
        &dir.join("link-errors.ts"),
    );
    let readme = std::fs::read_to_string(root().join("README.md")).unwrap();
    let start = readme
        .find("```ts\n")
        .expect("the README has a TypeScript example")
        + 6;
    let example = &readme[start..start + readme[start..].find("```").unwrap()];
    std::fs::write(dir.join("example.ts"), example).unwrap();
    let checked = tsc(&dir, &["example.ts"]);
    assert!(checked.status.success(), "{}", text(&checked));
}

/// The second spec, and the shared table of cases that the Rust crate answers in
/// `tests/tests/export_cases.rs`: the two sides agree on every case.
#[test]
fn second_spec_answers_the_shared_cases_as_rust_does() {
    let dir = scratch("payments");
    export(
        &fixtures().join("payments.toml"),
        None,
        "ts",
        &dir.join("payments.ts"),
    );
    copy_fixture("consumer-payments.ts", &dir);
    let cases = std::fs::read_to_string(fixtures().join("cases.json")).unwrap();
    let cases = format!(
        "type Case = readonly [string, string | null];\n\
         export const cases: {{ readonly locales: readonly string[]; readonly [list: string]: \
         readonly Case[] | readonly string[] | string }} & {{ readonly lookup: readonly Case[]; \
         readonly negotiate: readonly Case[]; readonly parse: readonly Case[]; \
         readonly reported: readonly Case[] }} = {cases};\n"
    );
    std::fs::write(dir.join("cases.ts"), cases).unwrap();
    let checked = tsc(&dir, &["consumer-payments.ts"]);
    assert!(checked.status.success(), "{}", text(&checked));
    let ran = node(&dir, "consumer-payments.js");
    assert!(ran.status.success(), "{}", text(&ran));
    assert!(text(&ran).contains("payments consumer: ok"));
}

/// The vendor adds a code: the same consumer no longer type-checks, and the error names the
/// new code, as an exhaustive `match` does in Rust.
#[test]
fn a_new_code_fails_the_frontend_build() {
    let dir = scratch("new-code");
    let spec = std::fs::read_to_string(root().join("link-errors-spec.toml")).unwrap();
    let spec = format!(
        "{spec}\n[[error]]\ncode = \"ACCOUNT_LOCKED\"\nmessage = \"The account is locked.\"\n"
    );
    let overlay = std::fs::read_to_string(root().join("link-errors-app.toml")).unwrap();
    let overlay = format!(
        "{overlay}\n[codes.ACCOUNT_LOCKED]\nretry = false\nmessage = {{ es = \"La cuenta está bloqueada.\" }}\n\
         advice = {{ en = \"Unlock it at your bank.\", es = \"Desbloquéala en tu banco.\" }}\n"
    );
    std::fs::write(dir.join("spec.toml"), spec).unwrap();
    std::fs::write(dir.join("app.toml"), overlay).unwrap();
    let overlay = dir.join("app.toml");
    export(
        &dir.join("spec.toml"),
        Some(overlay.to_str().unwrap()),
        "ts",
        &dir.join("flanks.ts"),
    );
    copy_fixture("consumer-flanks.ts", &dir);
    let checked = tsc(&dir, &["consumer-flanks.ts"]);
    let out = text(&checked);
    assert!(
        !checked.status.success(),
        "the consumer still type-checks:\n{out}"
    );
    assert!(
        out.contains("\"ACCOUNT_LOCKED\"") && out.contains("never"),
        "the error does not name the new code:\n{out}"
    );
}

/// Every exported JSON catalog is valid against the catalog's schema (`schema catalog`), and
/// a document that breaks it is not.
#[test]
fn json_catalogs_match_their_schema() {
    let dir = scratch("json");
    let schema = dir.join("catalog.schema.json");
    let printed = run(Command::new(env!("CARGO_BIN_EXE_link-errors")).args(["schema", "catalog"]));
    assert!(printed.status.success(), "{}", text(&printed));
    std::fs::write(&schema, &printed.stdout).unwrap();
    export(
        Path::new("link-errors-spec.toml"),
        Some("link-errors-app.toml"),
        "json",
        &dir.join("flanks.json"),
    );
    export(
        Path::new("link-errors-spec.toml"),
        None,
        "json",
        &dir.join("flanks-alone.json"),
    );
    export(
        &fixtures().join("payments.toml"),
        None,
        "json",
        &dir.join("payments.json"),
    );
    let validate = |files: &[&str]| {
        run(Command::new("node")
            .arg(fixtures().join("validate.mjs"))
            .arg(&schema)
            .args(files.iter().map(|f| dir.join(f))))
    };
    let valid = validate(&["flanks.json", "flanks-alone.json", "payments.json"]);
    assert!(valid.status.success(), "{}", text(&valid));

    let good = std::fs::read_to_string(dir.join("payments.json")).unwrap();
    let bad = good.replacen("\"version\": 1", "\"version\": \"1\"", 1);
    assert_ne!(bad, good);
    std::fs::write(dir.join("bad.json"), bad).unwrap();
    let invalid = validate(&["bad.json"]);
    assert!(
        !invalid.status.success(),
        "a wrong version passed:\n{}",
        text(&invalid)
    );
}

/// Written to a file, the export is deterministic: the same bytes twice, and a header that
/// says it is generated and from what.
#[test]
fn exports_are_deterministic_and_say_they_are_generated() {
    let dir = scratch("deterministic");
    for format in ["ts", "json"] {
        let (a, b) = (
            dir.join(format!("a.{format}")),
            dir.join(format!("b.{format}")),
        );
        export(
            Path::new("link-errors-spec.toml"),
            Some("link-errors-app.toml"),
            format,
            &a,
        );
        export(
            Path::new("link-errors-spec.toml"),
            Some("link-errors-app.toml"),
            format,
            &b,
        );
        let (a, b) = (std::fs::read(a).unwrap(), std::fs::read(b).unwrap());
        assert_eq!(a, b, "{format} differs between two runs");
        let head: String = String::from_utf8(a).unwrap().lines().take(3).collect();
        assert!(
            head.contains("@generated by link-errors")
                && head.contains("`link-errors-spec.toml` with the overlay `link-errors-app.toml`"),
            "{format}: {head}"
        );
    }
}
