//! Each kind of syntax error: its message, and the text its span covers.

use core::fmt::Write as _;

use link_errors_codegen::toml::parse;

/// The errors of `doc`, each as its message and the text at its span.
fn errors(doc: &str) -> Vec<(String, &str)> {
    parse(doc)
        .1
        .into_iter()
        .map(|e| (e.message, &doc[e.span]))
        .collect()
}

/// `doc` has exactly the one error `message` at `at`.
#[track_caller]
fn one(doc: &str, message: &str, at: &str) {
    assert_eq!(errors(doc), [(message.to_owned(), at)], "{doc:?}");
}

#[test]
fn unclosed_strings() {
    one(
        "a = \"open\nb = 1\n",
        "unclosed string: expected `\"` before the end of the line",
        "\"open",
    );
    one(
        "a = 'open\n",
        "unclosed string: expected `'` before the end of the line",
        "'open",
    );
    one(
        "a = \"\"\"open\nb = 1\n",
        "unclosed string: expected `\"\"\"` before the end of the input",
        "\"\"\"open\nb = 1\n",
    );
    one(
        "a = '''open",
        "unclosed string: expected `'''` before the end of the input",
        "'''open",
    );
}

#[test]
fn escapes() {
    one(
        r#"a = "x\qy""#,
        r#"invalid escape `\q`: expected one of \b \t \n \f \r \e \" \\ \xHH \uHHHH \UHHHHHHHH"#,
        r"\q",
    );
    one(
        r#"a = "\x4""#,
        "invalid escape: expected 2 hexadecimal digits",
        r"\x4",
    );
    one(
        r#"a = "\u12G4""#,
        "invalid escape: expected 4 hexadecimal digits",
        r"\u12",
    );
    one(
        r#"a = "\uD800""#,
        "invalid escape: not a Unicode scalar value",
        r"\uD800",
    );
    one(
        "a = \"\"\"x\\ y\"\"\"",
        r#"invalid escape `\ `: expected one of \b \t \n \f \r \e \" \\ \xHH \uHHHH \UHHHHHHHH"#,
        r"\ ",
    );
}

#[test]
fn control_characters() {
    one(
        "a = \"x\u{1}\"",
        "control character U+0001 is not allowed in this string; write it as an escape",
        "\u{1}",
    );
    one(
        "a = 'x\u{7f}'",
        "control character U+007F is not allowed in a literal string",
        "\u{7f}",
    );
    one(
        "a = '''x\ry'''",
        "a carriage return is not allowed in a literal string",
        "\r",
    );
    one(
        "# x\u{0}\n",
        "control character U+0000 is not allowed in a comment",
        "\u{0}",
    );
    one(
        "a = 1\rb = 2\n",
        "a carriage return must be followed by a newline (`\\n`)",
        "\r",
    );
}

#[test]
fn keys() {
    one(
        "a+b = 1",
        "invalid key `a+b`: a bare key may only have ASCII letters, digits, `_` and `-` (quote it \
         for other characters)",
        "a+b",
    );
    one(
        "\"\"\"k\"\"\" = 1",
        "a key cannot be a multi-line string",
        "\"\"\"k\"\"\"",
    );
    one("= 1", "expected a key, found `=`", "=");
    one("a. = 1", "expected a key, found `=`", "=");
    one("a b = 1", "expected `=` after a key, found `b`", "b");
    one(
        "a\nb = 1",
        "expected `=` after a key, found a newline",
        "\n",
    );
    let key = vec!["k"; 81].join(".");
    one(
        &format!("{key} = 1"),
        "a dotted key may have at most 80 parts",
        &key,
    );
}

#[test]
fn values() {
    one("a = ", "expected a value, found the end of the input", "");
    one("a = # c", "expected a value, found a comment", "# c");
    one("a = ]", "expected a value, found `]`", "]");
    one(
        "a = hello",
        "`hello` is not a value; a string must be in quotes",
        "hello",
    );
    one(
        "a = 1 2",
        "expected a newline after a value, found `2`",
        "2",
    );
    one(
        "a = 01",
        "invalid integer: leading zeros are not allowed",
        "01",
    );
    one(
        "a = 1__0",
        "invalid integer: `_` must be between two digits",
        "1__0",
    );
    one(
        "a = 0x",
        "invalid hexadecimal integer: expected digits",
        "0x",
    );
    one(
        "a = 0o8",
        "invalid octal integer: only octal digits and `_` may follow its prefix",
        "0o8",
    );
    one("a = +0x1", "invalid integer `+0x1`", "+0x1");
    one(
        "a = 1.",
        "invalid float `1.`: expected digits in its fraction",
        "1.",
    );
    one(
        "a = .5",
        "invalid float `.5`: expected digits in its integer part",
        ".5",
    );
    one(
        "a = 1e",
        "invalid float `1e`: expected digits in its exponent",
        "1e",
    );
    one(
        "a = 00.5",
        "invalid float: leading zeros are not allowed",
        "00.5",
    );
    one(
        "a = 1979-02-29",
        "invalid date, expected day between 01 and 28",
        "1979-02-29",
    );
    one(
        "a = 24:00",
        "invalid time, expected hour between 00 and 23",
        "24:00",
    );
    one(
        "a = 1979-05-27T07:32:00+25:00",
        "invalid offset, expected hour between 00 and 23",
        "1979-05-27T07:32:00+25:00",
    );
}

#[test]
fn arrays_and_inline_tables() {
    one(
        "a = [1 2]",
        "expected `,` or `]` after an element, found `2`",
        "2",
    );
    one("a = [,]", "expected a value or `]`, found `,`", ",");
    one("a = {,}", "expected a key or `}`, found `,`", ",");
    one(
        "a = {b = 1 c = 2}",
        "expected `,` or `}` after an element, found `c`",
        "c",
    );
    one("a = [1,\nb = 2\n", "unclosed array: expected `]`", "[");
    one(
        "a = { b = 1\n[t]\n",
        "unclosed inline table: expected `}`",
        "{",
    );
    let deep = format!("a = {}{}", "[".repeat(81), "]".repeat(81));
    one(
        &deep,
        "arrays and inline tables may nest at most 80 deep",
        "[",
    );
}

#[test]
fn headers() {
    one(
        "[a",
        "expected `]` closing the header, found the end of the input",
        "",
    );
    one(
        "[[a]\n",
        "expected `]]` closing the header, found a newline",
        "\n",
    );
    one(
        "[a] x\n",
        "expected a newline after a header, found `x`",
        "x",
    );
    one("[]\n", "expected a key, found `]`", "]");
}

/// Each problem is reported, and the lines around them kept.
#[test]
fn every_problem_in_one_pass() {
    let doc = "a = 01\nb = 1\nc = [1 2]\nd = 2\n[e\nf = \"\\q\"\n";
    let found: Vec<&str> = errors(doc).into_iter().map(|(_, at)| at).collect();
    assert_eq!(found, ["01", "2", "\n", "\\q"]);
    let (table, _) = parse(doc);
    assert!(table.get("b").is_some() && table.get("d").is_some());
}

/// What was found is shown in a message by its first characters only.
#[test]
fn long_text_is_cut_in_messages() {
    let doc = format!("a = {}", "x".repeat(1000));
    one(
        &doc,
        "`xxxxxxxxxxxxxxxxxxxxxxxx...` is not a value; a string must be in quotes",
        &doc[4..],
    );
}

/// Inputs that would take a reader with a quadratic step forever: each is read, with its
/// problems reported, without a panic.
#[test]
fn pathological_inputs_are_read_in_linear_time() {
    let n = 200_000;
    let docs = [
        format!("a = {}", "[".repeat(n)),
        format!("a = {}", "{ b = ".repeat(n)),
        format!("a = [{}", "1,\n".repeat(n)),
        format!("a = [\n{}", "x = 1\n".repeat(n)),
        format!("{} = 1", vec!["k"; n].join(".")),
        format!("a = \"\"\"{}", "\"\"\\\n".repeat(n)),
        "# \u{0}\r".repeat(n),
        format!("a = {}", "9".repeat(n)),
        format!("a = 1.{}e{}", "5".repeat(n), "9".repeat(n)),
        format!("a = [{}]", "'x', { b = [1, 2] }, ".repeat(n / 8)),
        (0..n / 8).fold(String::new(), |mut doc, i| {
            let _ = write!(doc, "[t.k{i}]\nv = {i}\n[[u]]\nk{i}.v = 1\n");
            doc
        }),
    ];
    for doc in docs {
        let (_, errors) = parse(&doc);
        assert!(errors.iter().all(|e| e.span.end <= doc.len()));
    }
}
