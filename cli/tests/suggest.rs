//! One "did you mean" for the compiler, the generated enum and the CLI: the same typo gets the
//! same suggestion from all three (`link_errors_wire::suggest` is the one implementation).

use std::process::Command;

use link_errors_codegen::Spec;

const SPEC: &str = "tests/fixtures/keys-as-codes.toml";

/// The codes of `SPEC`, as the generated enum parses them.
#[link_errors::spec("tests/fixtures/keys-as-codes.toml")]
enum Key {}

/// What the compiler suggests for `typo` written as a key of an `[[error]]` table.
fn compiler(typo: &str) -> Option<String> {
    let source = format!("[[error]]\ncode = \"X\"\nmessage = \"x\"\n{typo} = \"x\"\n");
    let problems = Spec::parse_strict(&source, None).expect_err("an unknown key is a problem");
    let text = problems[0].message_at(&source, "s.toml");
    assert!(text.contains(&format!("unknown key `{typo}`")), "{text}");
    did_you_mean(&text)
}

/// What the generated enum's `ParseCodeError` suggests for `typo`.
fn runtime(typo: &str) -> Option<String> {
    let err = typo.parse::<Key>().expect_err("a typo is no code");
    let suggestion = err.suggestion().map(str::to_owned);
    assert_eq!(did_you_mean(&err.to_string()), suggestion);
    suggestion
}

/// What `link-errors url --rollback TYPO` suggests.
fn cli(typo: &str) -> Option<String> {
    let out = Command::new(env!("CARGO_BIN_EXE_link-errors"))
        .args(["url", SPEC, "--token", "t", "--rollback", typo])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("the binary runs");
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(err.contains("is not a code of the spec"), "{err}");
    did_you_mean(&err)
}

fn did_you_mean(text: &str) -> Option<String> {
    let rest = &text[text.find("did you mean `")? + "did you mean `".len()..];
    Some(rest[..rest.find('`')?].to_owned())
}

#[test]
fn same_suggestion_everywhere() {
    for (typo, expected) in [
        ("mesage", Some("message")),
        ("varaint", Some("variant")),
        ("Code", Some("code")),
        ("screen_tilte", Some("screen_title")),
        ("screentext", Some("screen_text")),
        ("deprecate", Some("deprecated")),
        // Too far by edits, but the one name it begins.
        ("alias", Some("aliases")),
        ("colour", None),
    ] {
        let expected = expected.map(str::to_owned);
        assert_eq!(compiler(typo), expected, "compiler, {typo}");
        assert_eq!(runtime(typo), expected, "runtime, {typo}");
        assert_eq!(cli(typo), expected, "CLI, {typo}");
    }
}
