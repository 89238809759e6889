// The property the `toml_oracle` fuzz target checks, and the TOML reader's differential
// test too (`codegen/tests/toml_oracle.rs` includes this file): codegen's reading of a document
// against `toml`'s `DeTable`, the oracle. The includer imports `core::ops::Range`,
// `std::collections::BTreeMap`, `link_errors_codegen::toml::{Error, Table, Value, parse}` and
// `toml::de::{DeTable, DeValue}`.

/// A tree in a form both parsers' trees convert to: tables sorted by key, as toml's are.
#[derive(Debug, PartialEq)]
enum Node {
    Str(String),
    Int(Option<i128>),
    /// Its bits, NaN made one.
    Float(u64),
    Bool(bool),
    Datetime,
    Array(Vec<(Node, Range<usize>)>),
    Table(BTreeMap<String, (Range<usize>, Node, Range<usize>)>),
    /// What toml's `DeTable` reads as an integer without error though it is not one (`0x`,
    /// `1_0"0`), which `toml::from_str` then rejects: not TOML.
    NotToml,
}

/// Whether toml's `digits` of an integer in `radix` are one.
fn is_integer(digits: &str, radix: u32) -> bool {
    let digits = digits.strip_prefix(['+', '-']).unwrap_or(digits);
    !digits.is_empty() && digits.chars().all(|c| c.is_digit(radix))
}

/// Whether `node` has a [`Node::NotToml`] in it.
fn not_toml(node: &Node) -> bool {
    match node {
        Node::NotToml => true,
        Node::Array(items) => items.iter().any(|(n, _)| not_toml(n)),
        Node::Table(t) => t.values().any(|(_, n, _)| not_toml(n)),
        _ => false,
    }
}

fn ours(t: &Table) -> Node {
    Node::Table(
        t.iter()
            .map(|(k, v)| {
                let node = our_value(&v.value);
                (k.name.clone(), (k.span.clone(), node, v.span.clone()))
            })
            .collect(),
    )
}

fn our_value(v: &Value) -> Node {
    match v {
        Value::String(s) => Node::Str(s.clone()),
        Value::Integer(i) => Node::Int(*i),
        Value::Float(f) => float(*f),
        Value::Boolean(b) => Node::Bool(*b),
        Value::Datetime => Node::Datetime,
        Value::Array { items, .. } => Node::Array(
            items
                .iter()
                .map(|i| (our_value(&i.value), i.span.clone()))
                .collect(),
        ),
        Value::Table(t) => ours(t),
    }
}

fn float(f: f64) -> Node {
    Node::Float(if f.is_nan() {
        f64::NAN.to_bits()
    } else {
        f.to_bits()
    })
}

fn theirs(t: &DeTable<'_>) -> Node {
    Node::Table(
        t.iter()
            .map(|(k, v)| {
                let node = their_value(v.get_ref());
                (k.get_ref().to_string(), (k.span(), node, v.span()))
            })
            .collect(),
    )
}

fn their_value(v: &DeValue<'_>) -> Node {
    match v {
        DeValue::String(s) => Node::Str(s.to_string()),
        DeValue::Integer(i) if !is_integer(i.as_str(), i.radix()) => Node::NotToml,
        DeValue::Integer(i) => Node::Int(i128::from_str_radix(i.as_str(), i.radix()).ok()),
        DeValue::Float(f) => float(f.as_str().replace('_', "").parse().unwrap_or(f64::NAN)),
        DeValue::Boolean(b) => Node::Bool(*b),
        DeValue::Datetime(_) => Node::Datetime,
        DeValue::Array(items) => Node::Array(
            items
                .iter()
                .map(|i| (their_value(i.get_ref()), i.span()))
                .collect(),
        ),
        DeValue::Table(t) => theirs(t),
    }
}

/// Our tree and errors, and toml's, for `doc`.
fn both(doc: &str) -> ((Node, Vec<Error>), (Node, Vec<Error>)) {
    let (table, errors) = parse(doc);
    let (their_table, their_errors) = DeTable::parse_recoverable(doc);
    let their_errors = their_errors
        .iter()
        .map(|e| Error {
            message: e.message().to_owned(),
            span: e.span().unwrap_or(0..0),
        })
        .collect();
    (
        (ours(&table), errors),
        (theirs(their_table.get_ref()), their_errors),
    )
}

/// `doc` is accepted by `link_errors_codegen::toml::parse` exactly when toml accepts it, into the same
/// tree, and every problem is somewhere in it: `Err` says how not.
fn check_toml_oracle(doc: &str) -> Result<(), String> {
    let ((ours, our_errors), (theirs, their_errors)) = both(doc);
    let toml_accepts = their_errors.is_empty() && !not_toml(&theirs);
    if our_errors.is_empty() != toml_accepts {
        return Err(format!("{doc:?}: ours {our_errors:?}, toml's {their_errors:?}"));
    }
    if our_errors.is_empty() && ours != theirs {
        return Err(format!("tree of {doc:?}: ours {ours:?}, toml's {theirs:?}"));
    }
    for e in &our_errors {
        let inside = e.span.start <= e.span.end && e.span.end <= doc.len();
        if !inside || !doc.is_char_boundary(e.span.start) || !doc.is_char_boundary(e.span.end) {
            return Err(format!("span of {e:?} in {doc:?}"));
        }
    }
    Ok(())
}
