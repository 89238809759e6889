//! The document tree against `toml`'s own (`DeTable`, the oracle): examples of each construct,
//! and generated documents, valid and broken, which must be accepted exactly when `toml`
//! accepts them, into the same tree, spans included.

use core::ops::Range;
use std::collections::BTreeMap;

use link_errors_codegen::toml::{Error, Table, Value, parse};
use proptest::prelude::*;
use proptest::test_runner::FileFailurePersistence;
use toml::de::{DeTable, DeValue};

include!("../../fuzz/check/toml_oracle.rs");

fn parse_ok(doc: &str) -> Table {
    let (table, errors) = parse(doc);
    assert_eq!(errors, [], "{doc}");
    table
}

fn errors(doc: &str) -> Vec<(String, &str)> {
    parse(doc)
        .1
        .into_iter()
        .map(|e| (e.message, &doc[e.span]))
        .collect()
}

fn table<'t>(t: &'t Table, key: &str) -> &'t Table {
    match &t.get(key).unwrap().value {
        Value::Table(t) => t,
        other => panic!("{key} is {other:?}"),
    }
}

fn keys(t: &Table) -> Vec<&str> {
    t.iter().map(|(k, _)| k.name.as_str()).collect()
}

#[test]
fn keys_keep_the_files_order_and_their_spans() {
    let doc = "b = 1\na = 2\n\"c d\" = 3\n'e' = 4\n";
    let t = parse_ok(doc);
    assert_eq!(keys(&t), ["b", "a", "c d", "e"]);
    let (k, v) = t.iter().nth(2).unwrap();
    assert_eq!(&doc[k.span.clone()], "\"c d\"");
    assert_eq!(&doc[v.span.clone()], "3");
}

#[test]
fn dotted_keys_make_tables() {
    let doc = "a.b.c = 1\na.d = 2\n[x]\ny.z = true\n";
    let t = parse_ok(doc);
    let a = table(&t, "a");
    assert_eq!(keys(a), ["b", "d"]);
    assert_eq!(&doc[t.get("a").unwrap().span.clone()], "a");
    assert_eq!(
        table(a, "b").get("c").unwrap().value,
        Value::Integer(Some(1))
    );
    assert_eq!(
        table(table(&t, "x"), "y").get("z").unwrap().value,
        Value::Boolean(true)
    );
}

#[test]
fn headers_define_tables_once() {
    let doc = "[a.b]\nx = 1\n[a]\ny = 2\n";
    let t = parse_ok(doc);
    let a = t.get("a").unwrap();
    assert_eq!(&doc[a.span.clone()], "[a]");
    let Value::Table(a) = &a.value else { panic!() };
    assert_eq!(keys(a), ["b", "y"]);
    assert_eq!(&doc[a.get("b").unwrap().span.clone()], "[a.b]");
    // A table named first and defined later keeps its first place.
    assert_eq!(keys(&parse_ok("[a.b]\n[c]\n[a]\n")), ["a", "c"]);

    assert_eq!(errors("[a]\n[a]\n"), [("duplicate key".to_owned(), "a")]);
    assert_eq!(
        errors("[a]\nb.c = 1\n[a.b]\n"),
        [("duplicate key".to_owned(), "b")]
    );
    assert_eq!(
        errors("[a.b]\n[a]\nb.c = 1\n"),
        [("duplicate key".to_owned(), "b")]
    );
    assert_eq!(
        errors("a = 1\na = 2\n"),
        [("duplicate key".to_owned(), "a")]
    );
    assert_eq!(
        errors("a = 1\na.b = 2\n"),
        [(
            "cannot extend value of type integer with a dotted key".to_owned(),
            "a"
        )]
    );
}

#[test]
fn arrays_of_tables_take_sub_tables() {
    let doc = "[[x]]\nn = 1\n[x.y]\nm = 2\n[[x]]\nn = 3\n";
    let t = parse_ok(doc);
    let x = t.get("x").unwrap();
    assert_eq!(&doc[x.span.clone()], "[[x]]");
    let Value::Array { items, of_tables } = &x.value else {
        panic!()
    };
    assert!(of_tables);
    assert_eq!(items.len(), 2);
    assert_eq!(items[1].span, 24..29);
    let Value::Table(first) = &items[0].value else {
        panic!()
    };
    assert_eq!(keys(first), ["n", "y"]);
    assert_eq!(
        errors("x = [1]\n[[x]]\n"),
        [("duplicate key".to_owned(), "x")]
    );
    assert_eq!(errors("[[x]]\n[x]\n"), [("duplicate key".to_owned(), "x")]);
}

#[test]
fn inline_tables_are_closed() {
    let doc = "t = { a = 1, b.c = \"s\" }\n";
    let t = parse_ok(doc);
    assert_eq!(
        &doc[t.get("t").unwrap().span.clone()],
        "{ a = 1, b.c = \"s\" }"
    );
    assert_eq!(keys(table(&t, "t")), ["a", "b"]);
    assert_eq!(
        errors("t = { a = 1 }\nt.b = 2\n"),
        [(
            "cannot extend value of type inline table with a dotted key".to_owned(),
            "t"
        )]
    );
    assert_eq!(
        errors("t = { a = 1 }\n[t]\n"),
        [("duplicate key".to_owned(), "t")]
    );
    assert_eq!(
        errors("t = { a = 1, a = 2 }\n"),
        [("duplicate key".to_owned(), "a")]
    );
}

#[test]
fn strings_are_decoded() {
    let doc = r#"a = "tab\there \"q\" \u00e9 \U0001F600"
b = 'C:\path'
c = """
line one \
  continued"""
d = '''
raw \n'''
"#;
    let t = parse_ok(doc);
    let s = |k: &str| match &t.get(k).unwrap().value {
        Value::String(s) => s.clone(),
        other => panic!("{other:?}"),
    };
    assert_eq!(s("a"), "tab\there \"q\" é 😀");
    assert_eq!(s("b"), "C:\\path");
    assert_eq!(s("c"), "line one continued");
    assert_eq!(s("d"), "raw \\n");
    assert_eq!(&doc[t.get("b").unwrap().span.clone()], "'C:\\path'");
}

#[test]
fn scalars_are_classified() {
    let doc = "a = 0xff\nb = 0o17\nc = 0b101\nd = -1_000\ne = 1e3\nf = 1979-05-27\n\
               g = 99999999999999999999999999999999999999999\nh = inf\n";
    let t = parse_ok(doc);
    let v = |k: &str| t.get(k).unwrap().value.clone();
    assert_eq!(v("a"), Value::Integer(Some(0xff)));
    assert_eq!(v("b"), Value::Integer(Some(0o17)));
    assert_eq!(v("c"), Value::Integer(Some(5)));
    assert_eq!(v("d"), Value::Integer(Some(-1000)));
    assert_eq!(v("e"), Value::Float(1000.0));
    assert_eq!(v("f"), Value::Datetime);
    assert_eq!(v("g"), Value::Integer(None));
    assert_eq!(v("h"), Value::Float(f64::INFINITY));
    let floats = parse_ok("a = 1.5\nb = -0.25\nc = 6.02_2e2\nd = -inf\ne = nan\nf = +1.0\n");
    let f = |k: &str| match floats.get(k).unwrap().value {
        Value::Float(x) => x,
        ref other => panic!("{other:?}"),
    };
    assert_eq!(
        [f("a"), f("b"), f("c"), f("d"), f("f")].map(f64::to_bits),
        [1.5, -0.25, 602.2, f64::NEG_INFINITY, 1.0].map(f64::to_bits)
    );
    assert!(f("e").is_nan());
    assert_eq!(errors("a = 0x_ff\n").len(), 1);
    assert_eq!(
        errors("a = 1979-02-30\n"),
        [(
            "invalid date, expected day between 01 and 28".to_owned(),
            "1979-02-30"
        )]
    );
}

#[test]
fn syntax_errors_are_all_reported_and_the_rest_kept() {
    let doc = "a = \"open\nb = 2\nc = ]\nd = 4\n";
    let (t, errors) = parse(doc);
    assert!(errors.len() >= 2, "{errors:?}");
    assert_eq!(t.get("d").unwrap().value, Value::Integer(Some(4)));
    assert_eq!(t.get("b").unwrap().value, Value::Integer(Some(2)));
}

#[test]
fn deep_nesting_and_long_keys_read_as_in_toml() {
    for depth in [79, 80, 81, 200] {
        let arrays = format!("a = {}{}", "[".repeat(depth), "]".repeat(depth));
        let tables = format!("a = {}{}", "{ b = ".repeat(depth), "}".repeat(depth));
        let key = format!("{} = 1", vec!["k"; depth].join("."));
        let header = format!("[{}]", vec!["k"; depth].join("."));
        for doc in [arrays, tables, key, header] {
            agrees_with_toml(&doc).unwrap();
        }
    }
    assert!(
        !parse(&format!("a = {}{}", "[".repeat(200), "]".repeat(200)))
            .1
            .is_empty()
    );
}

/// Documents of the shapes specs and overlays have, and some they must not.
fn document() -> impl Strategy<Value = String> {
    let key = prop::sample::select(vec![
        "code",
        "message",
        "message.en",
        "message.es",
        "a.b",
        "a",
        "\"q k\"",
        "'lit.eral'",
        "x . y",
        "\"\"",
    ]);
    let scalar = prop::sample::select(vec![
        "\"text\"",
        "\"esc \\\" \\\\ \\n \\u00e9\"",
        "'lit \\ eral'",
        "\"\"\"\nml \\\n  basic\"\"\"",
        "'''\nml literal'''",
        "42",
        "-0",
        "+1_000",
        "0xDEAD_beef",
        "0o755",
        "0b1010",
        "170141183460469231731687303715884105728",
        "3.14",
        "-1e-3",
        "nan",
        "true",
        "false",
        "1979-05-27T07:32:00Z",
        "1979-05-27 07:32:00.999-07:00",
        "1979-05-27",
        "07:32:00",
        "2000-02-30",
        "1979-05-27T24:00:00",
        "07:32",
        "1979-05-27T07:32Z",
        "1979-05-27t07:32:00.5+01:30",
        "\"\\e \\x41 \\U0001F600\"",
        "\"\"\"q\"\"\"\"\"",
        "'''\r\nraw'''",
        "1e+05",
        "-0.0_1",
        "+inf",
        "{\n  a = 1, # c\n  b.c = [\n    2,\n  ],\n}",
        "[\n  1, # c\n  2,\n]",
        "[ { a = 1 }, [], 'x', ]",
    ]);
    let value = prop_oneof![
        4 => scalar.clone().prop_map(str::to_owned),
        1 => prop::collection::vec(scalar.clone(), 0..3)
            .prop_map(|v| format!("[{}]", v.join(", "))),
        1 => prop::collection::vec((key.clone(), scalar), 0..3).prop_map(|v| {
            let kvs: Vec<String> = v.iter().map(|(k, s)| format!("{k} = {s}")).collect();
            format!("{{ {} }}", kvs.join(", "))
        }),
    ];
    let header = prop::sample::select(vec![
        "[link]",
        "[[error]]",
        "[[screen]]",
        "[fields.ticket]",
        "[fields.\"a.b\"]",
        "[codes.E1]",
        "[codes.\"E.2\"]",
        "[a]",
        "[a.b]",
        "[ a . b . c ]",
        "[[a]]",
        "[[error.x]]",
        "[error.y]",
    ]);
    let line = prop_oneof![
        3 => (key, value).prop_map(|(k, v)| format!("{k} = {v}")),
        1 => header.prop_map(str::to_owned),
        1 => Just("# comment".to_owned()),
    ];
    prop::collection::vec(line, 0..12).prop_map(|lines| lines.join("\n"))
}

/// Documents made of few names, so that tables meet: headers, dotted keys and inline
/// tables defining, extending and redefining each other.
fn tangled() -> impl Strategy<Value = String> {
    let key = prop::sample::select(vec!["a", "b", "c", "a.b", "b.c", "b.a", "a.b.c", "c . a"]);
    let inline_key = key.clone();
    let leaf = prop::sample::select(vec!["1", "{}", "[]", "[{}]", "'s'"]).prop_map(str::to_owned);
    let value = leaf.prop_recursive(3, 12, 3, move |inner| {
        prop_oneof![
            prop::collection::vec((inline_key.clone(), inner.clone()), 0..3).prop_map(|v| {
                let kvs: Vec<String> = v.iter().map(|(k, s)| format!("{k} = {s}")).collect();
                format!("{{ {} }}", kvs.join(", "))
            }),
            prop::collection::vec(inner, 0..3).prop_map(|v| format!("[{}]", v.join(", "))),
        ]
    });
    let header = prop::sample::select(vec![
        "[a]",
        "[b]",
        "[a.b]",
        "[a.b.c]",
        "[b.c]",
        "[[a]]",
        "[[a.b]]",
        "[[b]]",
        "[[a.b.c]]",
    ]);
    let line = prop_oneof![
        2 => (key, value).prop_map(|(k, v)| format!("{k} = {v}")),
        1 => header.prop_map(str::to_owned),
    ];
    prop::collection::vec(line, 0..10).prop_map(|lines| lines.join("\n"))
}

/// One change to a document.
#[derive(Debug, Clone)]
enum Edit {
    /// Up to two characters at a place replaced by a string.
    Replace(prop::sample::Index, usize, &'static str),
    /// Up to four characters at a place written twice.
    Duplicate(prop::sample::Index, usize),
    /// A line copied over another (`true`), or into the middle of it.
    Splice(prop::sample::Index, prop::sample::Index, bool),
}

impl Edit {
    fn apply(&self, doc: &mut String) {
        let floor = |doc: &str, mut at: usize| {
            while !doc.is_char_boundary(at) {
                at -= 1;
            }
            at
        };
        let chars = |doc: &str, at: usize, n: usize| {
            doc[at..]
                .char_indices()
                .nth(n)
                .map_or(doc.len(), |(i, _)| at + i)
        };
        match self {
            Self::Replace(at, remove, insert) => {
                let at = floor(doc, at.index(doc.len() + 1));
                let end = chars(doc, at, remove % 3);
                doc.replace_range(at..end, insert);
            }
            Self::Duplicate(at, len) => {
                let at = floor(doc, at.index(doc.len() + 1));
                let copy = doc[at..chars(doc, at, len % 5)].to_owned();
                doc.insert_str(at, &copy);
            }
            Self::Splice(from, to, replace) => {
                let mut lines: Vec<String> = doc.split('\n').map(str::to_owned).collect();
                let line = lines[from.index(lines.len())].clone();
                let to = to.index(lines.len());
                if *replace {
                    lines[to] = line;
                } else {
                    let at = floor(&lines[to], lines[to].len() / 2);
                    lines[to].insert_str(at, &line);
                }
                *doc = lines.join("\n");
            }
        }
    }
}

/// A document with a few characters replaced, inserted, removed or duplicated, or lines
/// spliced.
fn mutated() -> impl Strategy<Value = String> {
    let insert = prop::sample::select(vec![
        "", "=", "\"", "'", "[", "]", "{", "}", ",", ".", "\n", " ", "\\", "#", "x", "1", "é",
        "\t", "\r", "\r\n", "\u{7f}", "\u{0}", "e", "_", "0", ":", "-", "+", "T", "Z", "\"\"\"",
        "'''",
    ]);
    let index = any::<prop::sample::Index>;
    let edit = prop_oneof![
        4 => (index(), 0..8_usize, insert).prop_map(|(a, r, i)| Edit::Replace(a, r, i)),
        1 => (index(), 0..8_usize).prop_map(|(a, l)| Edit::Duplicate(a, l)),
        1 => (index(), index(), any::<bool>()).prop_map(|(f, t, r)| Edit::Splice(f, t, r)),
    ];
    (document(), prop::collection::vec(edit, 1..4)).prop_map(|(mut doc, edits)| {
        for edit in edits {
            edit.apply(&mut doc);
        }
        doc
    })
}

/// [`check_toml_oracle`], as a property.
fn agrees_with_toml(doc: &str) -> Result<(), TestCaseError> {
    check_toml_oracle(doc).map_err(TestCaseError::fail)
}

/// Documents the generators once found a disagreement in.
#[test]
fn past_disagreements_are_gone() {
    for doc in [
        "a= = 42\ncode = \"text\"",
        "code = { code = 2000-02-30 }",
        "[link]\na.b = 42\na.b = 42\nmessage = {  }\ncode = 170141183460469231731687303715884105728\nmessage.en = 'lit \\ eral'\ncode = 0o755\nmessage = \"text\"",
        "=",
    ] {
        agrees_with_toml(doc).unwrap();
    }
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: 2000,
        failure_persistence: Some(Box::new(FileFailurePersistence::Direct(
            "proptest-regressions/toml_oracle.txt"
        ))),
        ..ProptestConfig::default()
    })]

    /// The tree, spans included, and the errors are toml's own.
    #[test]
    fn documents_read_as_toml_reads_them(doc in document()) {
        agrees_with_toml(&doc)?;
    }

    /// Tables defined, extended and redefined every way: the same tables, the same
    /// errors.
    #[test]
    fn tangled_tables_read_as_toml_reads_them(doc in tangled()) {
        agrees_with_toml(&doc)?;
    }

    /// Broken documents too: accepted or not as toml says, every problem inside the text.
    #[test]
    fn broken_documents_read_as_toml_reads_them(doc in mutated()) {
        agrees_with_toml(&doc)?;
    }

    /// Any short text of TOML's punctuation, quotes, digits, control and multi-byte
    /// characters.
    #[test]
    fn any_text_reads_as_toml_reads_it(doc in r#"[-a-z0-9 \t\n\r=.,\[\]{}"'#\\_+:\x00\x7Fé😀]{0,40}"#) {
        agrees_with_toml(&doc)?;
    }
}

/// Corners of the grammar, each read as toml reads it.
#[test]
fn corners_read_as_toml_reads_them() {
    let docs = [
        "a = \"\"\"x\r\ny\"\"\"",
        "a = \"\"\"x \\  \r\n  \r\n  y\"\"\"",
        "a = \"\"\"x \\  y\"\"\"",
        "a = \"\"\"x\\\n\"\"\"",
        "a = '''a''''''",
        "a = \"\"\"a\"\"\"\"\"",
        "a = \"\"\"a\"\"\"\"\"\"",
        "a = \"\"\"\n\"\"\"",
        "a = \"\\x4\"",
        "a = \"\\xZZ\"",
        "a = \"\\u00\"",
        "a = \"\\uD800\"",
        "a = \"\\U00110000\"",
        "a = \"\\ \"",
        "a = 'tab\there'",
        "a = 'del\u{7f}'",
        "a = 1 # del\u{7f}",
        "a = 1 # nul\u{0}",
        "a = 1\r",
        "a = 1\rb = 2",
        "\u{feff}a = 1",
        "\"\" = 1",
        "'' = 1",
        "a.\"\".b = 1",
        "true = 1\n1.2 = 3\n\"a.b\" = 1\na . \"b\" . 'c' = 1",
        "[ a ]\n[[ b ]]",
        "[ [a] ]",
        "[[a] ]",
        "[a]]",
        "[a]\n[[a]]",
        "[[a]]\n[a]",
        "a = {}\na.b = 1",
        "a = {a=1,}",
        "a = {,}",
        "a = [,]",
        "a = [1,,2]",
        "a = [1 2]",
        "a = 1979-05-27 07:32:00Z",
        "a = 1979-05-27 ",
        "a = 1979-05-27T07:32:00.Z",
        "a = 07:32:00Z",
        "a = 0_0\nb = -0x1\nc = 1__0\nd = 1_\ne = _1",
        "a = 1.e5",
        "a = 1.5e",
        "a = 1e_5",
        "a = 1e5_",
        "a = 01.5",
        "a = 0e0\nb = +nan\nc = -inf\nd = 0.0e-0_1",
        "a = nan_",
        "a = 0X1",
        "a = 0xG",
        "a = 0b102",
        "a = 9223372036854775808\nb = -170141183460469231731687303715884105729",
        "a = tru",
        "a = truee",
        "a =",
        "= 1",
        "a b = 1",
        "a = 1 b = 2",
        "a.b.c = 1\n[a]\nb.d = 2",
        "[a.b.c]\n[a]\nb.c.d = 1",
        "[[a.b]]\n[a]\nb.c = 1",
        "a = [{b = 1}]\n[a.c]",
        "a = \"\"\"\"\"\"\"",
        "a = '''''''",
    ];
    for doc in docs {
        agrees_with_toml(doc).unwrap();
    }
}
