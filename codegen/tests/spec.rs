//! The spec pipeline as a library, without the compiler: what a valid spec becomes, where each
//! problem is reported, and that no input makes it panic.

use link_errors_codegen::{Diagnostic, FieldValue, File, Location, Sources, Spec};
use proptest::prelude::*;

const FLANKS: &str = include_str!("../../link-errors-spec.toml");
const APP: &str = include_str!("../../link-errors-app.toml");

fn problems(src: &str) -> Vec<String> {
    Spec::parse_strict(src, None)
        .unwrap_err()
        .iter()
        .map(|d| d.message_at(src, "s.toml"))
        .collect()
}

#[test]
fn the_flanks_spec_reads_completely() {
    let spec = Spec::parse_strict(FLANKS, None).unwrap();
    let codes: Vec<_> = spec.errors.iter().map(|e| e.code.as_str()).collect();
    assert_eq!(
        codes,
        [
            "INVALID_CREDENTIALS",
            "INVALID_SCA",
            "CREDENTIALS_ALREADY_EXIST",
            "INTERNAL_ERROR",
            "ABORTED_BY_USER",
            "SCA_TYPE_NOT_ALLOWED",
            "USER_INTERACTION_NEEDED"
        ]
    );
    assert_eq!(spec.errors[1].variant, "InvalidSca");
    assert_eq!(spec.errors[1].line, 25);
    assert_eq!(spec.exit_code().unwrap().code, "ABORTED_BY_USER");
    assert_eq!(spec.screens[0].name, "INVALID_LINK");
    assert_eq!(
        spec.link.url.as_deref(),
        Some("https://platform.flanks.io/link")
    );
}

#[test]
fn the_minimum_is_code_and_message_and_defaults_fill_the_rest() {
    let spec = Spec::parse_strict(
        "[[error]]\ncode = \"oauth-error\"\nmessage = \"Refused.\"\n",
        None,
    )
    .unwrap();
    let e = &spec.errors[0];
    assert_eq!((e.variant.as_str(), e.line), ("OauthError", 2));
    assert!(e.aliases.is_empty() && e.deprecated.is_none() && !e.exit_button);
    assert_eq!(spec.link, link_errors_codegen::Link::default());
    assert_eq!(spec.link.separator, ",");
}

#[test]
fn each_problem_names_its_line_and_column() {
    let src =
        "[[error]]\ncode = \"A\"\nmessage = \"x\"\n\n[[error]]\ncode = \"A\"\nmesage = \"y\"\n";
    assert_eq!(
        problems(src),
        [
            "s.toml:6:8: duplicate code `A` (first defined at s.toml:2:8)\n  help: a code or alias may appear once in a spec; remove or rename one",
            "s.toml:7:1: unknown key `mesage` in [[error]] #2\n  help: did you mean `message`?",
        ]
    );
}

#[test]
fn a_near_miss_of_a_missing_key_is_one_error_and_the_code_keeps_its_variant() {
    let src = "[[error]]\ncode = \"A\"\nmesage = \"typo\"\nexit_button = 3\n";
    let parsed = Spec::parse_best_effort(src, None);
    let p: Vec<_> = parsed
        .diagnostics
        .iter()
        .map(|d| d.message_at(src, "s.toml"))
        .collect();
    assert_eq!(
        p,
        [
            "s.toml:3:1: unknown key `mesage` in [[error]] #1\n  help: did you mean `message`?",
            "s.toml:4:15: `exit_button` in [[error]] #1 must be `true` or `false`, found integer",
        ]
    );
    assert_eq!(parsed.spec.errors[0].variant, "A");
    // A key that is no near miss of the missing one leaves the missing one reported.
    let far = problems("[[error]]\ncode = \"A\"\ncolour = \"x\"\n");
    assert!(far[0].contains("missing `message`"), "{far:?}");
}

#[test]
fn variant_names_are_checked_after_case_conversion() {
    let src =
        "[[error]]\ncode = \"A_B\"\nmessage = \"x\"\n[[error]]\ncode = \"a-b\"\nmessage = \"y\"\n";
    let p = problems(src);
    assert_eq!(p.len(), 1);
    assert!(
        p[0].starts_with(
            "s.toml:5:8: code `a-b` gives the variant name `AB`, which another code already has"
        ),
        "{p:?}"
    );
    let ok = Spec::parse_strict(&format!("{src}variant = \"AbDashed\"\n"), None).unwrap();
    assert_eq!(ok.errors[1].variant, "AbDashed");
}

#[test]
fn best_effort_keeps_the_valid_entries() {
    // An invalid code keeps the variant its name gives, so that uses of it report nothing
    // more; one that gives no variant name is left out, with no second error.
    let src = "[[error]]\ncode = \"GOOD\"\nmessage = \"x\"\n[[error]]\ncode = \"BAD CODE\"\n\
               message = \"y\"\n[[error]]\ncode = \"1 2\"\nmessage = \"z\"\n";
    let parsed = Spec::parse_best_effort(src, None);
    assert_eq!(parsed.diagnostics.len(), 2, "{:?}", parsed.diagnostics);
    let variants: Vec<_> = parsed
        .spec
        .errors
        .iter()
        .map(|e| e.variant.as_str())
        .collect();
    assert_eq!(variants, ["Good", "BadCode"]);
}

#[test]
fn render_is_rustc_like() {
    let src = "[[error]]\ncode = \"A B\"\nmessage = \"x\"\n";
    let d: &Diagnostic = &Spec::parse_strict(src, None).unwrap_err()[0];
    assert_eq!(
        Location::of(src, d.span.start),
        Location { line: 2, column: 8 }
    );
    assert_eq!(
        d.render(src, "s.toml"),
        "error: invalid character ' ' in code `A B`\n --> s.toml:2:8\n  |\n2 | code = \"A B\"\n  |        ^^^^^\n  = help: codes are ASCII letters, digits, `_`, `-` and `.`\n"
    );
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    /// Whatever the file holds, reading it gives a spec or diagnostics, never a panic, and
    /// every diagnostic points inside the text.
    #[test]
    fn arbitrary_text_never_panics(src in "\\PC{0,200}|[\\[\\]=\"a-z_ \n#.,{}0-9]{0,200}") {
        let parsed = Spec::parse_best_effort(&src, None);
        for d in &parsed.diagnostics {
            prop_assert!(d.span.start <= src.len() && d.span.end <= src.len());
            let _ = d.render(&src, "s.toml");
        }
    }

    /// The Flanks spec with a slice cut out or a character inserted: still no panic.
    #[test]
    fn damaged_flanks_spec_never_panics(at in 0..FLANKS.len(), len in 0..40usize, c in any::<char>()) {
        let mut cut = FLANKS.to_owned();
        let start = (0..=at).rev().find(|&i| cut.is_char_boundary(i)).unwrap();
        let end = (start + len).min(cut.len());
        let end = (end..=cut.len()).find(|&i| cut.is_char_boundary(i)).unwrap();
        cut.replace_range(start..end, "");
        let _ = Spec::parse_best_effort(&cut, None);
        let mut inserted = FLANKS.to_owned();
        inserted.insert(start, c);
        let _ = Spec::parse_best_effort(&inserted, None);
    }

    /// The Flanks overlay with a slice cut out or a character inserted: never a panic, and
    /// every diagnostic points inside the file it names.
    #[test]
    fn damaged_flanks_overlay_never_panics(at in 0..APP.len(), len in 0..40usize, c in any::<char>()) {
        let mut cut = APP.to_owned();
        let start = (0..=at).rev().find(|&i| cut.is_char_boundary(i)).unwrap();
        let end = (start + len).min(cut.len());
        let end = (end..=cut.len()).find(|&i| cut.is_char_boundary(i)).unwrap();
        cut.replace_range(start..end, "");
        let mut inserted = APP.to_owned();
        inserted.insert(start, c);
        for overlay in [cut, inserted] {
            let parsed = Spec::parse_best_effort(FLANKS, Some(&overlay));
            let sources = Sources { spec: ("s.toml", FLANKS), overlay: Some(("o.toml", &overlay)) };
            for d in &parsed.diagnostics {
                let len = if d.file == File::Overlay { overlay.len() } else { FLANKS.len() };
                prop_assert!(d.span.end <= len, "{d:?}");
                let _ = d.render_in(&sources);
            }
            // The codes are the spec's whatever the overlay holds.
            prop_assert_eq!(parsed.spec.errors.len(), 7);
        }
    }
}

#[test]
fn the_flanks_overlay_gives_every_code_its_meaning() {
    let spec = Spec::parse_strict(FLANKS, Some(APP)).unwrap();
    assert_eq!(spec.locales, ["en", "es"]);
    let problem = spec.problem.clone();
    let names: Vec<_> = spec.fields.iter().map(|f| f.name.as_str()).collect();
    assert_eq!(names, ["retry", "advice", "http_status"]);
    assert_eq!(problem.unwrap().status_field, "http_status");
    for e in &spec.errors {
        assert!(matches!(e.values[0], FieldValue::Bool(_)), "{}", e.code);
        let FieldValue::Text(advice) = &e.values[1] else {
            panic!("{}", e.code)
        };
        assert_eq!(advice.len(), 2);
        assert_ne!(advice[0], advice[1], "{}: advice not translated", e.code);
        assert_ne!(e.translations[0].message, e.message, "{}", e.code);
    }
    assert_ne!(spec.screens[0].translations[0].text, spec.screens[0].text);
}

#[test]
fn a_space_is_a_separator_and_the_wire_rule_names_what_is_not() {
    let spec = |sep: &str| {
        format!("[link]\nseparator = \"{sep}\"\n[[error]]\ncode = \"A\"\nmessage = \"x\"\n")
    };
    let scopes = Spec::parse_strict(&spec(" "), None).unwrap();
    assert_eq!(scopes.link.separator, " ");
    assert_eq!(
        Spec::parse_strict(&spec(", "), None)
            .unwrap()
            .link
            .separator,
        ", "
    );
    assert_eq!(
        problems(&spec("")),
        ["s.toml:2:13: `separator` is empty\n  help: give `separator` a value, or remove the key"]
    );
    assert_eq!(
        problems(&spec("%")),
        [
            "s.toml:2:13: separator `%` cannot be used: it contains `%`, which a URL reader takes for an escape\n  help: use punctuation or a space, such as `,`, `;` or `\" \"`"
        ]
    );
    assert_eq!(
        problems(&spec("\\t")),
        [
            "s.toml:2:13: separator `\\t` cannot be used: it contains the control character U+0009\n  help: use punctuation or a space, such as `,`, `;` or `\" \"`"
        ]
    );
    assert!(problems(&spec(" _"))[0].contains("it contains `_`, which codes can contain"));
}

#[test]
fn an_undeclared_locale_is_one_error_however_many_texts_use_it() {
    let codes: Vec<_> = ["A", "B", "C"]
        .iter()
        .map(|code| {
            format!("[[error]]\ncode = \"{code}\"\nmessage = {{ en = \"x\", de = \"y\" }}\n")
        })
        .collect();
    let mut src = format!("locales = [\"en\", \"de_DE\"]\n{}", codes.concat());
    src.push_str("[[error]]\ncode = \"D\"\nmessage = { en = \"x\", fr = \"y\" }\n");
    assert_eq!(
        problems(&src),
        [
            "s.toml:1:18: `de_DE` is not a BCP 47 language tag\n  help: did you mean `de-DE`?",
            "s.toml:4:23: 3 texts are translated into undeclared locale `de`; the first is `message` of code `A`\n  help: did you mean `de-DE`?",
            "s.toml:13:18: missing `de-DE` translation of `message` of code `D`\n  help: add `message = { de-DE = \"...\" }` under `[codes.D]` in the overlay, or give `message` as a table by locale where it is written; or set `allow_untranslated = true` to fall back to the first locale",
            "s.toml:13:23: translation of `message` of code `D` for undeclared locale `fr`\n  help: the declared locales are en, de-DE; add `fr` to `locales` to translate into it",
        ]
    );
}

#[test]
fn a_value_of_the_wrong_type_gets_its_fix_and_an_out_of_range_one_is_quoted() {
    let src = "[fields.http_status]\ntype = \"u16\"\n[fields.retry]\ntype = \"bool\"\n\
               [fields.kind]\ntype = \"string\"\n\
               [[error]]\ncode = \"A\"\nmessage = \"x\"\nhttp_status = \"401\"\nretry = \"true\"\nkind = 7\n\
               [[error]]\ncode = \"B\"\nmessage = \"x\"\nhttp_status = 70000\nretry = false\nkind = \"k\"\n\
               [[error]]\ncode = \"C\"\nmessage = \"x\"\nhttp_status = \"lots\"\nretry = true\nkind = \"k\"\n";
    assert_eq!(
        problems(src),
        [
            "s.toml:10:15: `http_status` of code `A` must be a `u16` (an integer from 0 to 65535), found string\n  help: write it without quotes: `http_status = 401`",
            "s.toml:11:9: `retry` of code `A` must be `true` or `false`, found string\n  help: write it without quotes: `retry = true`",
            "s.toml:12:8: `kind` of code `A` must be a string, found integer\n  help: write it in quotes: `kind = \"7\"`",
            "s.toml:16:15: `http_status` of code `B` is 70000, out of range for `u16` (0 to 65535)\n  help: use a value from 0 to 65535, or a wider `type` in `[fields.http_status]`",
            "s.toml:22:15: `http_status` of code `C` must be a `u16` (an integer from 0 to 65535), found string",
        ]
    );
}

#[test]
fn f64_fields_take_floats_and_exact_integers() {
    let src = "[fields.backoff_seconds]\ntype = \"f64\"\ndefault = 0.5\n\
               [[error]]\ncode = \"A\"\nmessage = \"x\"\nbackoff_seconds = 1.5\n\
               [[error]]\ncode = \"B\"\nmessage = \"x\"\nbackoff_seconds = 2\n\
               [[error]]\ncode = \"C\"\nmessage = \"x\"\n";
    let spec = Spec::parse_strict(src, None).unwrap();
    let values: Vec<_> = spec.errors.iter().map(|e| e.values[0].clone()).collect();
    assert_eq!(
        values,
        [
            FieldValue::Float(1.5),
            FieldValue::Float(2.0),
            FieldValue::Float(0.5)
        ]
    );
    assert_eq!(FieldValue::Float(2.0).to_string(), "2.0");
    let bad = src
        .replace("= 2\n", "= nan\n")
        .replace("= 1.5", "= \"1.5\"");
    assert_eq!(
        problems(&bad),
        [
            "s.toml:7:19: `backoff_seconds` of code `A` must be an `f64` (a number, such as `1.5`), found string\n  help: write it without quotes: `backoff_seconds = 1.5`",
            "s.toml:11:19: `backoff_seconds` of code `B` is NaN, which is not a finite number\n  help: an `f64` field holds a finite number, such as `1.5`",
        ]
    );
}

#[test]
fn an_unknown_field_type_suggests_f64_or_still_gives_the_field() {
    let src = |ty: &str| {
        format!(
            "[fields.backoff_seconds]\ntype = \"{ty}\"\n\
             [[error]]\ncode = \"A\"\nmessage = \"x\"\nbackoff_seconds = 1.5\n"
        )
    };
    let float = Spec::parse_best_effort(&src("float"), None);
    assert_eq!(float.diagnostics.len(), 1);
    assert!(
        float.diagnostics[0]
            .message_at(&src("float"), "s.toml")
            .contains("help: did you mean `f64`?"),
    );
    assert_eq!(float.spec.errors[0].values, [FieldValue::Float(1.5)]);
    // No near match: still generated (as a `string`, empty), its values not checked.
    let unknown = Spec::parse_best_effort(&src("money"), None);
    assert_eq!(unknown.diagnostics.len(), 1, "{:?}", unknown.diagnostics);
    assert_eq!(unknown.spec.fields[0].name, "backoff_seconds");
    assert_eq!(
        unknown.spec.errors[0].values,
        [FieldValue::Str(String::new())]
    );
}

/// A spec with a `u16` field, a `text` field and `[problem]` (with `rest` added to it), and two
/// codes (with `codes` added after them).
fn problem_spec(problem: &str, codes: &str) -> String {
    format!(
        "[fields.http_status]\ntype = \"u16\"\ndefault = 500\n\
         [fields.advice]\ntype = \"text\"\noptional = true\n\
         [fields.kind]\ntype = \"string\"\noptional = true\n\
         [problem]\n{problem}\
         [[error]]\ncode = \"A\"\nmessage = \"A.\"\nhttp_status = 404\nadvice = \"Go.\"\n\
         [[error]]\ncode = \"B\"\nmessage = \"B.\"\n{codes}"
    )
}

#[test]
fn problem_is_read_with_its_defaults() {
    let spec = Spec::parse_strict(
        &problem_spec(
            "status_field = \"http_status\"\ndetail_field = \"advice\"\n",
            "",
        ),
        None,
    )
    .unwrap();
    let p = spec.problem.unwrap();
    assert_eq!(p.status_field, "http_status");
    assert_eq!(p.detail_field.as_deref(), Some("advice"));
    assert_eq!(p.type_uri, "about:blank");
    assert_eq!(
        (p.unknown.status, p.unknown.title, p.unknown.detail),
        (502, vec!["Unknown error".to_owned()], None)
    );
    assert_eq!(
        (p.malformed.status, p.malformed.title, p.malformed.detail),
        (400, vec!["Invalid callback".to_owned()], None)
    );
    let none = Spec::parse_strict("[[error]]\ncode = \"A\"\nmessage = \"A.\"\n", None).unwrap();
    assert_eq!(none.problem, None);
}

#[test]
fn problem_names_a_u16_status_field_and_a_text_detail_field() {
    let at = |problem: &str| problems(&problem_spec(problem, ""));
    assert_eq!(
        at("detail_field = \"advice\"\n"),
        [
            "s.toml:10:1: missing `status_field` in [problem]\n  help: add `status_field = \"http_status\"`"
        ]
    );
    assert_eq!(
        at("status_field = \"http_stat\"\n"),
        [
            "s.toml:11:16: `status_field` names `http_stat`, which is not a declared field\n  help: did you mean `http_status`?"
        ]
    );
    assert_eq!(
        at("status_field = \"kind\"\n"),
        [
            "s.toml:11:16: `status_field` names `kind`, a `string` field; a status is a `u16` field\n  help: declare `[fields.kind]` with `type = \"u16\"`, or name a `u16` field"
        ]
    );
    assert_eq!(
        at("status_field = \"http_status\"\ndetail_field = \"http_status\"\n"),
        [
            "s.toml:12:16: `detail_field` names `http_status`, a `u16` field; a detail is a `text` or `string` field\n  help: name a `text` field (translated like a message)"
        ]
    );
    // A misspelt key is one error: the unknown key's.
    assert_eq!(
        at("status_feld = \"http_status\"\n"),
        [
            "s.toml:11:1: unknown key `status_feld` in [problem]\n  help: did you mean `status_field`?"
        ]
    );
}

#[test]
fn problem_statuses_are_client_or_server_errors() {
    let ok = "status_field = \"http_status\"\n";
    assert_eq!(
        problems(&problem_spec(ok, "http_status = 302\n")),
        [
            "s.toml:20:15: code `B` has status 302 (`http_status`), not a client or server error (400 to 599)\n  help: a problem's status is 400 to 599: give `http_status` such a value, such as `http_status = 400`"
        ]
    );
    assert_eq!(
        problems(&problem_spec(
            "status_field = \"http_status\"\nunknown_status = 200\nmalformed_status = \"400\"\n",
            ""
        )),
        [
            "s.toml:12:18: `unknown_status` is 200, not a client or server error (400 to 599)\n  help: give `unknown_status` a status from 400 to 599, such as `unknown_status = 502`",
            "s.toml:13:20: `malformed_status` in [problem] must be an integer, found string",
        ]
    );
    let src = problem_spec(ok, "").replace("default = 500", "default = 600");
    assert_eq!(
        problems(&src),
        [
            "s.toml:1:9: the `default` of `http_status` is 600, not a client or server error (400 to 599)\n  help: a problem's status is 400 to 599: give `http_status` such a value, such as `http_status = 400`"
        ]
    );
}

#[test]
fn problem_type_is_a_uri_template() {
    let src = problem_spec(
        "status_field = \"http_status\"\ntype = \"errors/{code}\"\n",
        "",
    );
    assert_eq!(
        problems(&src),
        [
            "s.toml:12:8: `type` in [problem] is not a URI: `errors/{code}`\n  help: write an absolute URI, in which `{code}` stands for the code (`https://errors.example/{code}`), or `about:blank`"
        ]
    );
    let spec = Spec::parse_strict(
        &problem_spec(
            "status_field = \"http_status\"\ntype = \"https://e.example/{code}\"\n",
            "",
        ),
        None,
    )
    .unwrap();
    assert_eq!(spec.problem.unwrap().type_uri, "https://e.example/{code}");
}

/// The problems of `spec` (`s.toml`) with `overlay` (`o.toml`), located.
fn overlay_problems(spec: &str, overlay: &str) -> Vec<String> {
    let sources = Sources {
        spec: ("s.toml", spec),
        overlay: Some(("o.toml", overlay)),
    };
    Spec::parse_strict(spec, Some(overlay))
        .unwrap_err()
        .iter()
        .map(|d| d.message_in(&sources))
        .collect()
}

#[test]
fn problem_is_in_one_file_and_its_texts_are_translated() {
    let spec = "locales = [\"en\", \"es\"]\n[fields.http_status]\ntype = \"u16\"\ndefault = 400\n\
                [problem]\nstatus_field = \"http_status\"\n\
                [[error]]\ncode = \"A\"\nmessage = { en = \"A.\", es = \"A es.\" }\n";
    let overlay = "[problem]\nstatus_field = \"http_status\"\nunknown_title = \"Unknown\"\n";
    assert_eq!(
        overlay_problems(spec, overlay),
        [
            "o.toml:1:1: `[problem]` is declared in the spec already (the spec's at s.toml:5:1)\n  help: declare `[problem]` in one file only"
        ]
    );
    // In the overlay alone: its texts are read against the spec's locales.
    let spec_only = spec.replace("[problem]\nstatus_field = \"http_status\"\n", "");
    assert_eq!(
        overlay_problems(&spec_only, overlay),
        [
            "o.toml:3:17: missing `es` translation of `unknown_title` of [problem]\n  help: give `unknown_title` as a table by locale with `es = \"...\"`; or set `allow_untranslated = true` to fall back to the first locale"
        ]
    );
    let translated = overlay.replace("\"Unknown\"", "{ en = \"Unknown\", es = \"Desconocido\" }");
    let p = Spec::parse_strict(&spec_only, Some(&translated))
        .unwrap()
        .problem
        .unwrap();
    assert_eq!(p.unknown.title, ["Unknown", "Desconocido"]);
    assert_eq!(p.malformed.title, ["Invalid callback", "Invalid callback"]);
}

#[test]
fn a_field_named_problem_clashes_with_problem() {
    let src = "[fields.problem]\ntype = \"u16\"\ndefault = 400\n[problem]\nstatus_field = \"problem\"\n\
               [[error]]\ncode = \"A\"\nmessage = \"A.\"\n";
    assert_eq!(
        problems(src),
        [
            "s.toml:1:9: field `problem` clashes with `problem()`, which `[problem]` generates\n  help: rename the field"
        ]
    );
}
