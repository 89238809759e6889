//! The `link-errors` binary, run as a user runs it, on specs it was not written for
//! (`tests/fixtures/`): lower-case codes, every `[link]` setting renamed, 150 codes, a broken
//! spec, and a later version of the Flanks spec for `diff`.
//!
//! `expand`'s output is compared with the macro's expansion of the same spec, parsed and
//! pretty-printed on both sides.

use std::path::Path;
use std::process::{Command, Output};

use link_errors_codegen::{EnumHead, Options, Sources};

/// Runs the binary from the crate's directory, so fixture paths stay short.
fn run(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_link-errors"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("the binary runs")
}

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).unwrap()
}

fn stderr(o: &Output) -> String {
    String::from_utf8(o.stderr.clone()).unwrap()
}

/// Runs and checks the exit status; returns stdout, stderr.
#[track_caller]
fn status(args: &[&str], code: i32) -> (String, String) {
    let o = run(args);
    assert_eq!(
        o.status.code(),
        Some(code),
        "{args:?}\nstdout:\n{}\nstderr:\n{}",
        stdout(&o),
        stderr(&o)
    );
    (stdout(&o), stderr(&o))
}

const FLANKS: &str = "../link-errors-spec.toml";
const FIXTURES: [&str; 3] = ["lower", "custom_param", "many"];

#[test]
fn help_everywhere_and_usage_errors() {
    let (out, _) = status(&["--help"], 0);
    for cmd in [
        "check",
        "expand",
        "codes",
        "url",
        "parse",
        "diff",
        "simulate",
        "Exit status",
    ] {
        assert!(out.contains(cmd), "{cmd} in\n{out}");
    }
    for cmd in [
        "check", "expand", "codes", "url", "parse", "diff", "simulate",
    ] {
        let (out, _) = status(&[cmd, "--help"], 0);
        assert!(out.contains(&format!("Usage: link-errors {cmd}")), "{out}");
        status(&["help", cmd], 0);
    }
    let (out, _) = status(&["--version"], 0);
    assert!(out.starts_with("link-errors 0."));
    // Usage errors: status 2, message on stderr, nothing on stdout.
    for args in [
        &[][..],
        &["frobnicate"],
        &["check"],
        &["codes", FLANKS, "--format", "xml"],
        &["url", FLANKS],
        &["diff", FLANKS],
        &["expand", FLANKS, "--bogus"],
    ] {
        let (out, err) = status(args, 2);
        assert!(out.is_empty(), "{args:?}: {out}");
        assert!(!err.is_empty(), "{args:?}");
    }
}

#[test]
fn check_reports_like_rustc() {
    let (out, _) = status(&["check", FLANKS], 0);
    assert_eq!(
        out,
        "../link-errors-spec.toml: ok: 7 codes, 1 screen-only error\n"
    );
    let fixtures: Vec<_> = FIXTURES
        .iter()
        .map(|f| format!("tests/fixtures/{f}.toml"))
        .collect();
    let args: Vec<&str> = ["check"]
        .into_iter()
        .chain(fixtures.iter().map(String::as_str))
        .collect();
    let (out, _) = status(&args, 0);
    assert!(out.contains("tests/fixtures/many.toml: ok: 150 codes, 0 screen-only errors\n"));

    let (out, err) = status(&["check", FLANKS, "tests/fixtures/broken.toml"], 1);
    assert!(out.contains("ok: 7 codes"));
    assert!(
        err.starts_with(
            "error: unknown key `separatr` in [link]\n --> tests/fixtures/broken.toml:2:1\n  |\n2 | separatr = \",\"\n  | ^^^^^^^^\n  = help: did you mean `separator`?\n"
        ),
        "{err}"
    );
    for part in [
        "error: duplicate code `INVALID_SCA`\n --> tests/fixtures/broken.toml:9:8\n",
        "^^^^^^^^^^^^^ first defined\n",
        "error: invalid character ' ' in code `bad code`\n  --> tests/fixtures/broken.toml:13:8\n",
        "error: `message` is empty\n  --> tests/fixtures/broken.toml:14:11\n",
        "error: spec `tests/fixtures/broken.toml` has 4 problems\n",
    ] {
        assert!(err.contains(part), "{part} in\n{err}");
    }
    let (_, err) = status(&["check", "no/such.toml"], 2);
    assert!(
        err.starts_with("error: cannot read spec file `no/such.toml`: "),
        "{err}"
    );
}

/// What `#[link_errors::spec]` expands `pub enum LinkError {}` to for this spec, less the
/// constant that makes cargo watch the spec file (`Options::track`), pretty-printed.
fn macro_expansion(spec_name: &str, source: &str) -> String {
    let head = EnumHead::parse("pub enum LinkError {}".parse().unwrap())
        .unwrap_or_else(|_| unreachable!());
    let opts = Options::default();
    let out = link_errors_codegen::expand_spec(Sources::spec(spec_name, source), &head, &opts);
    assert!(out.diagnostics.is_empty(), "{}", out.render());
    prettyplease::unparse(&syn::parse2(out.tokens).unwrap())
}

/// `expand` prints the macro's expansion: the macro's own output is compiled and tested (the
/// enums of `tests/fixtures_enums.rs`), so what `expand` prints needs no copy of its own.
#[test]
fn expand_prints_what_the_library_generates() {
    for f in FIXTURES {
        let spec = format!("tests/fixtures/{f}.toml");
        let (code, _) = status(&["expand", &spec], 0);
        let source =
            std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(&spec)).unwrap();
        assert_eq!(
            code,
            link_errors_build::expand(&source, &spec, "LinkError").unwrap()
        );
        let printed = syn::parse_file(&code).expect("`expand` prints a Rust file");
        assert!(
            prettyplease::unparse(&printed) == macro_expansion(&spec, &source),
            "`link-errors expand {spec}` differs from the macro's expansion"
        );
    }
    let (code, _) = status(
        &[
            "expand",
            "tests/fixtures/lower.toml",
            "--name",
            "/// OAuth errors.\npub(crate) enum OAuth {}",
        ],
        0,
    );
    assert!(code.contains("/// OAuth errors.\n#[derive("));
    assert!(code.contains("pub(crate) enum OAuth {"));
    let (_, err) = status(&["expand", FLANKS, "--name", "not an ident"], 2);
    assert!(err.contains("neither an enum name nor"), "{err}");
    let (out, err) = status(&["expand", "tests/fixtures/broken.toml"], 1);
    assert!(out.is_empty());
    let (_, check) = status(&["check", "tests/fixtures/broken.toml"], 1);
    assert_eq!(err, check, "expand reports problems as check does");
}

#[test]
fn codes_in_three_formats() {
    let (table, _) = status(&["codes", FLANKS], 0);
    assert!(table.starts_with("CODE "));
    for part in [
        "INVALID_CREDENTIALS        InvalidCredentials       Invalid credentials     The provided credentials are invalid.\n",
        "ABORTED_BY_USER (EXIT)",
        "  INVALID_SCA: Authorization failed\n    Log in 2FA value (sms, otp, token...) introduced is incorrect.\n",
        "Screen-only errors (no code, never redirected):\n  INVALID_LINK: Invalid provided link, please generate a new one.\n",
        "`rollback=INVALID_CREDENTIALS,INVALID_SCA`",
        "`rollback=true` redirects every error",
        "EXIT: with `ABORTED_BY_USER` in the rollback list, every error that is not itself redirected shows an EXIT button; pressing it redirects with `error=ABORTED_BY_USER`.",
    ] {
        assert!(table.contains(part), "{part} in\n{table}");
    }

    let (md, _) = status(&["codes", FLANKS, "--format", "markdown"], 0);
    assert!(md.starts_with(
        "| Code | Variant | Message | On screen | Rollback |\n|---|---|---|---|---|\n"
    ));
    assert_eq!(md.matches("\n| `").count(), 7 + 1);
    assert!(md.contains("| `INVALID_SCA` | `InvalidSca` | The provided SCA is invalid. | **Authorization failed**: Log in 2FA"));

    let (json, _) = status(
        &[
            "codes",
            "tests/fixtures/custom_param.toml",
            "--format",
            "json",
        ],
        0,
    );
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(v["link"]["error_param"], "reason");
    assert_eq!(v["exit_code"], "QUIT");
    assert_eq!(v["codes"][1]["screen_title"], "Session expired");
    assert_eq!(v["codes"][2]["exit_button"], true);
    assert!(
        v["codes"][2]["rollback"]
            .as_str()
            .unwrap()
            .contains("reason=QUIT")
    );
    assert_eq!(v["screen_only"][0]["name"], "MAINTENANCE");
    assert!(
        v["rules"][0]
            .as_str()
            .unwrap()
            .contains("`redirect_on=DENIED%7CEXPIRED`")
    );

    let (json, _) = status(
        &["codes", "tests/fixtures/many.toml", "--format", "json"],
        0,
    );
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(v["codes"].as_array().unwrap().len(), 150);
    assert_eq!(v["codes"][149]["code"], "E0149_BANK_REFUSED");
    assert_eq!(v["codes"][149]["variant"], "E0149BankRefused");

    let (lower, _) = status(
        &["codes", "tests/fixtures/lower.toml", "--format", "markdown"],
        0,
    );
    assert!(lower.contains("| `invalid_request` (also `bad_request`) | `InvalidRequest` |"));
    assert!(lower.contains("(deprecated: the provider now answers server.error)"));
}

#[test]
fn url_builds_links_as_the_runtime_does() {
    let url = |args: &[&str]| status(args, 0).0;
    assert_eq!(
        url(&[
            "url",
            FLANKS,
            "--token",
            "xxx",
            "--rollback",
            "INVALID_SCA,INVALID_CREDENTIALS"
        ]),
        "https://platform.flanks.io/link?token=xxx&rollback=INVALID_CREDENTIALS,INVALID_SCA\n"
    );
    assert_eq!(
        url(&["url", FLANKS, "--token", "xxx", "--rollback", "all"]),
        "https://platform.flanks.io/link?token=xxx&rollback=true\n"
    );
    assert_eq!(
        url(&[
            "url",
            FLANKS,
            "--token",
            "xxx",
            "--rollback",
            "true",
            "--param",
            "extraparams=value"
        ]),
        "https://platform.flanks.io/link?token=xxx&rollback=true&extraparams=value\n"
    );
    assert_eq!(
        url(&["url", FLANKS, "--token", "xxx"]),
        "https://platform.flanks.io/link?token=xxx\n"
    );
    // Renamed parameters, an encoded separator, aliases, duplicates, spec order, the base's query.
    assert_eq!(
        url(&[
            "url",
            "tests/fixtures/custom_param.toml",
            "--token",
            "k/1",
            "--rollback",
            "QUIT, DENIED,QUIT",
            "--param",
            "state=a b",
            "--param",
            "state=ñ",
        ]),
        "https://connect.example/start?v=2&key=k%2F1&redirect_on=DENIED%7CQUIT&state=a+b&state=%C3%B1\n"
    );
    assert_eq!(
        url(&[
            "url",
            "tests/fixtures/custom_param.toml",
            "--token",
            "k",
            "--rollback",
            "*"
        ]),
        "https://connect.example/start?v=2&key=k&redirect_on=*\n"
    );
    assert_eq!(
        url(&[
            "url",
            "tests/fixtures/lower.toml",
            "--token",
            "t",
            "--base",
            "http://127.0.0.1:8080/link",
            "--rollback",
            "bad_request,cancelled",
        ]),
        "http://127.0.0.1:8080/link?token=t&rollback=invalid_request,cancelled\n"
    );
    assert_eq!(
        url(&[
            "url",
            "tests/fixtures/many.toml",
            "--token",
            "t",
            "--rollback",
            "E0149_BANK_REFUSED,E0000_BANK_REFUSED"
        ]),
        "https://bank.example/link?token=t&rollback=E0000_BANK_REFUSED,E0149_BANK_REFUSED\n"
    );

    // Problems the runtime finds: status 1. Bad argument values: status 2.
    let (_, err) = status(&["url", "tests/fixtures/lower.toml", "--token", "t"], 1);
    assert_eq!(
        err,
        "error: the spec has no `[link] url`: give the link page's URL with --base URL\n"
    );
    let (_, err) = status(
        &[
            "url",
            "tests/fixtures/custom_param.toml",
            "--token",
            "t",
            "--param",
            "lang=en",
        ],
        1,
    );
    assert!(
        err.contains("extra link parameter `lang` collides"),
        "{err}"
    );
    let (_, err) = status(&["url", FLANKS, "--token", "t", "--base", "ftp://x"], 1);
    assert!(err.contains("invalid base URL `ftp://x`"), "{err}");
    let (_, err) = status(&["url", FLANKS, "--token", ""], 1);
    assert_eq!(err, "error: the link token is empty\n");
    let (_, err) = status(
        &["url", FLANKS, "--token", "t", "--rollback", "INVALID_SAC"],
        2,
    );
    assert_eq!(
        err,
        "error: --rollback: `INVALID_SAC` is not a code of the spec; did you mean `INVALID_SCA`?\n"
    );
    let (_, err) = status(&["url", FLANKS, "--token", "t", "--param", "novalue"], 2);
    assert!(err.contains("expected NAME=VALUE"), "{err}");
    let (_, err) = status(&["url", "tests/fixtures/broken.toml", "--token", "t"], 1);
    assert!(err.ends_with("has 4 problems\n"), "{err}");
}

#[test]
fn parse_decodes_redirects() {
    let (out, _) = status(
        &[
            "parse",
            FLANKS,
            "https://app.example/callback?error=INVALID_CREDENTIALS&extraparams=value",
        ],
        0,
    );
    assert_eq!(
        out,
        "result:  error INVALID_CREDENTIALS (known; variant InvalidCredentials)\n\
         message: The provided credentials are invalid.\n\
         screen:  Invalid credentials: Credentials provided might be invalid, user must review introduced credentials.\n\
         extra:   extraparams = value\n"
    );
    let (out, _) = status(&["parse", FLANKS, "?error=ABORTED_BY_USER"], 0);
    assert!(
        out.contains("exit:    the user pressed the EXIT button\n"),
        "{out}"
    );
    let (out, _) = status(&["parse", FLANKS, "/cb?state=1"], 0);
    assert_eq!(
        out,
        "result:  success (no `error` parameter)\nextra:   state = 1\n"
    );
    let (out, _) = status(&["parse", FLANKS, "error=NEW_VENDOR_CODE&a=1&a=2"], 0);
    assert!(out.starts_with("result:  error NEW_VENDOR_CODE (unknown: not in this spec; Callback gives Reported::Unknown)\n"), "{out}");
    assert!(out.ends_with("extra:   a = 1\nextra:   a = 2\n"));

    // The spec's own error parameter; `error` is an extra parameter there.
    let (json, _) = status(
        &[
            "parse",
            "tests/fixtures/custom_param.toml",
            "/cb?reason=QUIT&error=x&state=a+b",
            "--format",
            "json",
        ],
        0,
    );
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(v["error"]["code"], "QUIT");
    assert_eq!(v["error"]["exit"], true);
    assert_eq!(
        v["extra"],
        serde_json::json!([["error", "x"], ["state", "a b"]])
    );
    let (json, _) = status(
        &[
            "parse",
            "tests/fixtures/lower.toml",
            "?error=bad_request",
            "--format",
            "json",
        ],
        0,
    );
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(
        (v["error"]["sent"].as_str(), v["error"]["code"].as_str()),
        (Some("bad_request"), Some("invalid_request"))
    );
    let (json, _) = status(
        &[
            "parse",
            "tests/fixtures/lower.toml",
            "?error=acess-denied",
            "--format",
            "json",
        ],
        0,
    );
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(v["error"]["known"], false);
    assert_eq!(v["error"]["suggestion"], "access-denied");
    let (out, _) = status(
        &[
            "parse",
            "tests/fixtures/many.toml",
            "?error=E0077_BANK_REFUSED",
        ],
        0,
    );
    assert!(out.contains("variant E0077BankRefused"));

    // Malformed: status 1, the runtime's message.
    let (_, err) = status(&["parse", FLANKS, "/cb?error=INVALID_SCA&state=50%"], 1);
    assert_eq!(
        err,
        "error: invalid percent-encoding at byte 30 of the redirect: `%` must be followed by two hexadecimal digits, and the text ends there\n"
    );
    let (_, err) = status(&["parse", FLANKS, "?error=A&error=B"], 1);
    assert_eq!(
        err,
        "error: the `error` parameter is in the redirect twice, at bytes 1 and 9\n"
    );
    let (_, err) = status(&["parse", FLANKS, "?error="], 1);
    assert!(err.contains("is empty"), "{err}");
}

#[test]
fn diff_tells_ci_whether_it_breaks() {
    let (out, _) = status(&["diff", FLANKS, "tests/fixtures/flanks-v2.toml"], 1);
    assert_eq!(
        out,
        "--- ../link-errors-spec.toml\n\
         +++ tests/fixtures/flanks-v2.toml\n\
         renamed  INVALID_SCA -> INVALID_2FA (same message; variant InvalidSca -> Invalid2fa)\n\
         added    SESSION_EXPIRED (variant SessionExpired): The link session expired before the user finished.\n\
         removed  SCA_TYPE_NOT_ALLOWED (variant ScaTypeNotAllowed)\n\
         changed  INTERNAL_ERROR message:\n\
         \x20          - An unexpected error from the Flanks API.\n\
         \x20          + An unexpected error from the Flanks API. Please try again later.\n\
         index    USER_INTERACTION_NEEDED (UserInteractionNeeded): 6 -> 5\n\
         \x20        index() changed for 1 code(s): `from_index` and indexes stored by an older \
         build (databases, caches, messages) now name other codes; store `code()` instead\n\
         \n\
         BREAKING: the enum's variants changed; exhaustive `match`es on it must change:\n\
         \x20 ~ InvalidSca -> Invalid2fa (variant renamed: rename its arm and every use)\n\
         \x20 + SessionExpired (new variant: add an arm, or a wildcard)\n\
         \x20 - ScaTypeNotAllowed (variant gone: remove its arm and every use)\n"
    );
    let (json, _) = status(
        &[
            "diff",
            FLANKS,
            "tests/fixtures/flanks-v2.toml",
            "--format",
            "json",
        ],
        1,
    );
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(v["breaking"], true);
    assert_eq!(v["variants_renamed"][0]["new"], "Invalid2fa");
    assert_eq!(
        v["index_shifts"],
        serde_json::json!([{
            "code": "USER_INTERACTION_NEEDED",
            "variant": "UserInteractionNeeded",
            "old_index": 6,
            "new_index": 5,
        }])
    );
    assert!(
        v["index_shifts_break"]
            .as_str()
            .unwrap()
            .contains("`from_index`")
    );

    // Only texts changed: not breaking.
    let (out, _) = status(
        &[
            "diff",
            "tests/fixtures/flanks-v2.toml",
            "tests/fixtures/flanks-v2.toml",
        ],
        0,
    );
    assert!(out.ends_with("no differences\n"));
    let (out, _) = status(
        &[
            "diff",
            "tests/fixtures/lower.toml",
            "tests/fixtures/lower-v2.toml",
        ],
        0,
    );
    assert!(
        out.contains("changed  access-denied screen_text:\n"),
        "{out}"
    );
    assert!(
        out.contains(
            "changed  server.error aliases:\n           - (none)\n           + server_error\n"
        ),
        "{out}"
    );
    assert!(
        out.contains("link     url: (none) -> https://provider.example/authorize\n"),
        "{out}"
    );
    assert!(
        out.ends_with(
            "not breaking: the enum's variants are the same; exhaustive `match`es still compile\n"
        ),
        "{out}"
    );
    // 150 codes against the same with one more.
    let (out, _) = status(
        &[
            "diff",
            "tests/fixtures/custom_param.toml",
            "tests/fixtures/many.toml",
        ],
        1,
    );
    assert_eq!(out.matches("\nadded    ").count(), 150);

    // A spec that cannot be compared: status 2, so that 1 only ever means breaking.
    let (_, err) = status(&["diff", FLANKS, "tests/fixtures/broken.toml"], 2);
    assert!(err.contains("has 4 problems"));
    status(&["diff", FLANKS, "missing.toml"], 2);
}

#[test]
fn overlays_in_every_command() {
    let (spec, app) = ("tests/fixtures/shop.toml", "tests/fixtures/shop-app.toml");
    let (out, _) = status(&["check", spec, "--overlay", app], 0);
    assert_eq!(
        out,
        "tests/fixtures/shop.toml: ok: 2 codes, 0 screen-only errors, fields retry, advice, \
         locales en, fr\n"
    );
    // Problems in the overlay name the overlay; a misspelt code is one error, not also the
    // values its code then lacks.
    let broken = "tests/fixtures/shop-app-broken.toml";
    let (_, err) = status(&["check", spec, "--overlay", broken], 1);
    assert!(
        err.contains(" --> tests/fixtures/shop-app-broken.toml:4:8\n"),
        "{err}"
    );
    assert!(err.contains("did you mean `card_declined`?"), "{err}");
    assert!(
        err.contains(" --> tests/fixtures/shop-app-broken.toml:8:9\n"),
        "{err}"
    );
    assert!(err.ends_with(
        "error: spec `tests/fixtures/shop.toml` with overlay \
         `tests/fixtures/shop-app-broken.toml` has 2 problems\n"
    ));
    let (_, err) = status(&["check", spec, "--overlay", "no/such.toml"], 2);
    assert!(
        err.starts_with("error: cannot read overlay file `no/such.toml`: "),
        "{err}"
    );

    // `codes` shows one locale (looked up as the `_in` methods do), and every one in JSON.
    let (out, _) = status(&["codes", spec, "--overlay", app, "--locale", "fr-CA"], 0);
    assert!(
        out.contains("card_declined  CardDeclined  Refusée       La carte a été refusée."),
        "{out}"
    );
    assert!(
        out.contains("  expired_card: retry = false; advice = Vérifiez la date.\n"),
        "{out}"
    );
    let (out, _) = status(
        &["codes", spec, "--overlay", app, "--format", "markdown"],
        0,
    );
    assert!(
        out.contains("| retry = true; advice = Use another card. |"),
        "{out}"
    );
    let (out, _) = status(&["codes", spec, "--overlay", app, "--format", "json"], 0);
    let json: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(json["locales"], serde_json::json!(["en", "fr"]));
    assert_eq!(json["fields"][0]["type"], "bool");
    assert_eq!(
        json["codes"][0]["fields"]["advice"]["fr"],
        "Utilisez une autre carte."
    );
    assert_eq!(
        json["codes"][1]["translations"]["fr"]["message"],
        "La carte a expiré."
    );

    // `expand` is the macro's expansion with the overlay.
    let (code, _) = status(&["expand", spec, "--overlay", app], 0);
    let source = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(spec)).unwrap();
    let overlay = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(app)).unwrap();
    assert_eq!(
        code,
        link_errors_build::expand_overlaid(&source, spec, &overlay, app, "LinkError").unwrap()
    );
    assert!(code.contains("pub fn advice_in("), "{code}");
}

#[test]
fn diff_with_an_overlay_says_what_the_new_codes_lack() {
    let args = [
        "diff",
        "tests/fixtures/shop.toml",
        "tests/fixtures/shop-v2.toml",
        "--overlay",
        "tests/fixtures/shop-app.toml",
    ];
    let (out, _) = status(&args, 1);
    assert!(
        out.contains("BREAKING for the overlay: with it, the new spec does not build:\n"),
        "{out}"
    );
    assert!(
        out.contains("code `fraud_suspected` has no value for field `retry`"),
        "{out}"
    );
    assert!(
        out.contains("missing `fr` translation of `message` of code `fraud_suspected`"),
        "{out}"
    );
    let mut json_args = args.to_vec();
    json_args.extend(["--format", "json"]);
    let (out, _) = status(&json_args, 1);
    let json: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(json["overlay_lacks"].as_array().unwrap().len(), 3);
    // Fields removed or retyped break code; a new required field breaks the overlay.
    let (out, _) = status(
        &[
            "diff",
            "tests/fixtures/fields-v1.toml",
            "tests/fixtures/fields-v2.toml",
        ],
        1,
    );
    assert!(
        out.contains("field    retry: removed (was bool): its accessor is gone\n"),
        "{out}"
    );
    assert!(
        out.contains(
            "field    status: type u16 -> optional u16: its accessor returns another type\n"
        ),
        "{out}"
    );
    assert!(
        out.contains("field    owner: added (string, required): every code must set it\n"),
        "{out}"
    );
    assert!(
        out.contains("field    note: added (optional string)\n"),
        "{out}"
    );
    // A `one_of` field's accessor returns an enum of its values: another value, another type.
    assert!(
        out.contains(
            "field    level: type string one of [\"low\", \"high\"] -> string one of \
             [\"low\", \"high\", \"urgent\"]: its accessor returns another type\n"
        ),
        "{out}"
    );
}
