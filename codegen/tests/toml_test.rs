//! The toml-test suite (<https://github.com/toml-lang/toml-test> at d168c2a, the cases its
//! `tests/files-toml-1.1.0` lists, vendored under `tests/toml-test` with its licence): every
//! valid case reads without error into the tree its JSON gives, and every invalid case is
//! rejected, except where `toml`, which this crate follows, reads a case otherwise: those are
//! listed in [`TOML_DEVIATES`] and read as `toml` reads them. The test computes where `toml`
//! deviates, so the list cannot go stale; with `toml` 1.2.1 it is empty (four invalid integer
//! cases that `DeTable` lets through are refused by `toml::from_str`, and count as refused).

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use link_errors_codegen::toml::{Item, Table, Value, parse};
use serde_json::Value as Json;
use toml::de::DeValue;

/// The cases `toml` decides otherwise than the suite, by path under `tests/toml-test`: none.
const TOML_DEVIATES: &[&str] = &[];

fn suite() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/toml-test")
}

/// The `.toml` files under `dir`, by path relative to the suite.
fn cases(dir: &str) -> Vec<String> {
    let root = suite();
    let mut out = Vec::new();
    let mut stack = vec![root.join(dir)];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "toml") {
                let rel = path.strip_prefix(&root).unwrap();
                out.push(rel.to_string_lossy().replace('\\', "/"));
            }
        }
    }
    out.sort();
    out
}

/// Whether a reader accepts the case: ours (`true`) or toml's. A file that is not UTF-8 is
/// rejected before either reads it, as codegen reads files as strings.
fn accepts(case: &str, ours: bool) -> bool {
    let bytes = std::fs::read(suite().join(case)).unwrap();
    let Ok(text) = String::from_utf8(bytes) else {
        return false;
    };
    if ours {
        parse(&text).1.is_empty()
    } else {
        // `DeTable` reads `0x` and `1_0٠` as integers, which `toml::from_str` then rejects.
        toml::de::DeTable::parse(&text).is_ok_and(|t| integers_are(&DeValue::Table(t.into_inner())))
    }
}

/// Whether every integer in `value` is made of digits of its radix.
fn integers_are(value: &DeValue<'_>) -> bool {
    match value {
        DeValue::Integer(i) => {
            let digits = i.as_str().strip_prefix(['+', '-']).unwrap_or(i.as_str());
            !digits.is_empty() && digits.chars().all(|c| c.is_digit(i.radix()))
        }
        DeValue::Array(items) => items.iter().all(|i| integers_are(i.get_ref())),
        DeValue::Table(t) => t.values().all(|v| integers_are(v.get_ref())),
        _ => true,
    }
}

#[test]
fn valid_and_invalid_cases_read_as_the_suite_or_toml_says() {
    let valid = cases("valid");
    let invalid = cases("invalid");
    assert!(
        valid.len() > 150 && invalid.len() > 400,
        "the suite is vendored"
    );
    let mut deviations = BTreeSet::new();
    let mut wrong = Vec::new();
    for (case, suite_accepts) in valid
        .iter()
        .map(|c| (c, true))
        .chain(invalid.iter().map(|c| (c, false)))
    {
        let toml_accepts = accepts(case, false);
        if toml_accepts != suite_accepts {
            deviations.insert(case.as_str());
        }
        if accepts(case, true) != toml_accepts {
            wrong.push(format!("{case}: toml accepts it: {toml_accepts}"));
        }
    }
    assert_eq!(wrong, Vec::<String>::new());
    assert_eq!(deviations, TOML_DEVIATES.iter().copied().collect());
}

#[test]
fn valid_cases_read_into_the_suites_trees() {
    for case in cases("valid") {
        if TOML_DEVIATES.contains(&case.as_str()) {
            continue;
        }
        let text = std::fs::read_to_string(suite().join(&case)).unwrap();
        let json = std::fs::read_to_string(suite().join(case.replace(".toml", ".json"))).unwrap();
        let json: Json = serde_json::from_str(&json).unwrap();
        let (table, errors) = parse(&text);
        assert_eq!(errors, [], "{case}");
        if let Err(at) = same_table(&table, &json) {
            panic!("{case}: differs at {at}");
        }
    }
}

/// Whether `table` is the suite's `json`: `Err` names where not.
fn same_table(table: &Table, json: &Json) -> Result<(), String> {
    let Json::Object(entries) = json else {
        return Err("a table, where the suite has no table".to_owned());
    };
    if table.iter().count() != entries.len() {
        return Err(format!(
            "keys {:?}",
            table.iter().map(|(k, _)| &k.name).collect::<Vec<_>>()
        ));
    }
    for (key, expected) in entries {
        let item = table
            .get(key)
            .ok_or_else(|| format!("missing key {key:?}"))?;
        same_item(item, expected).map_err(|at| format!("{key}.{at}"))?;
    }
    Ok(())
}

fn same_item(item: &Item, json: &Json) -> Result<(), String> {
    match (&item.value, json) {
        (Value::Table(t), _) => same_table(t, json),
        (Value::Array { items, .. }, Json::Array(expected)) => {
            if items.len() != expected.len() {
                return Err(format!("array of {}", items.len()));
            }
            for (i, (item, json)) in items.iter().zip(expected).enumerate() {
                same_item(item, json).map_err(|at| format!("[{i}]{at}"))?;
            }
            Ok(())
        }
        (value, Json::Object(tagged)) => {
            let kind = tagged.get("type").and_then(Json::as_str).unwrap_or("");
            let text = tagged.get("value").and_then(Json::as_str).unwrap_or("");
            if same_scalar(value, kind, text) {
                Ok(())
            } else {
                Err(format!(" {value:?} where the suite has {kind} {text:?}"))
            }
        }
        (value, _) => Err(format!(" {value:?}")),
    }
}

fn same_scalar(value: &Value, kind: &str, text: &str) -> bool {
    match (value, kind) {
        (Value::String(s), "string") => s == text,
        (Value::Integer(i), "integer") => *i == text.parse().ok(),
        (Value::Float(f), "float") => {
            let expected: f64 = match text {
                "inf" | "+inf" => f64::INFINITY,
                "-inf" => f64::NEG_INFINITY,
                "nan" | "+nan" | "-nan" => f64::NAN,
                _ => text.parse().unwrap(),
            };
            f.to_bits() == expected.to_bits() || (f.is_nan() && expected.is_nan())
        }
        (Value::Boolean(b), "bool") => b.to_string() == text,
        (Value::Datetime, "datetime" | "datetime-local" | "date-local" | "time-local") => true,
        _ => false,
    }
}
