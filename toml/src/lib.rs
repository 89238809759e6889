//! A TOML document as a tree of spanned values, built from `toml_parser`'s events.
//!
//! `toml_parser` lexes and parses TOML into a flat stream of events (a key, a `[`, a scalar...)
//! with their spans, recovering from syntax errors. This crate gives those events TOML's
//! meaning: dotted keys, `[table]` and `[[array]]` headers, inline tables closed to later
//! extension, duplicate keys and redefined tables as errors. Like the parser, it keeps what is
//! valid and reports every problem, so that the spec reader can report them all in one pass.
//!
//! Tables keep their keys in the order they were first written.
//!
//! This is an internal crate of `link-errors`: `link-errors-codegen` reads specs and overlays
//! with it, and nothing else should (its API changes with codegen's, which pins its exact
//! version). It is a crate of its own because it needs nothing but `toml_parser`: a clean build
//! compiles it beside the macro's other dependencies instead of inside codegen, on the way to
//! the macro.
//!
//! It exists for build speed, and stays by measurement: `toml`'s spanned `DeTable`
//! (`parse_recoverable`, features `parse` and `preserve_order`) gives the same tree, and is the
//! oracle of this crate's tests, but in its place a user's cold build of a crate with one enum
//! took about a fifth longer, in wall and in CPU time (`benches/cold-build.sh` comparing the
//! two, alternating in one run; see BENCHMARKS.md), since `toml` brings `indexmap`, `hashbrown`,
//! `toml_datetime`, `serde_spanned` and `serde` onto the macro's path.

use core::fmt::Write as _;
use core::ops::Range;
use std::collections::HashMap;

use toml_parser::decoder::ScalarKind;
use toml_parser::parser::{Event, EventKind, RecursionGuard, ValidateWhitespace};
use toml_parser::{ErrorSink, Expected, ParseError, Source};

/// How deep arrays, inline tables and dotted keys may nest.
const NESTING_LIMIT: u32 = 80;
/// Tables of up to this many keys find a key by comparing each: quicker than hashing it, and
/// no index to build for each of a spec's thousands of `[[error]]` tables.
const SCAN: usize = 16;

/// A problem in the document: what is wrong, and where.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Error {
    /// What was found, and what was expected instead when the parser knows.
    pub message: String,
    /// Where; empty at 0 when the parser gives no place.
    pub span: Range<usize>,
}

/// A key and where it was written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Key {
    /// The key, decoded (quotes and escapes resolved).
    pub name: String,
    /// The key as written, quotes included.
    pub span: Range<usize>,
}

/// A value and where it was written.
#[derive(Debug, Clone, PartialEq)]
pub struct Item {
    /// The value.
    pub value: Value,
    /// A scalar, array or inline table: the value as written. A `[table]` or one `[[table]]`:
    /// its header; their array: its first header. A table made by a dotted key or a header
    /// path: the key that first named it.
    pub span: Range<usize>,
}

/// A TOML value. Date-times are only classified: the spec has no use for them.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    /// A string, decoded.
    String(String),
    /// An integer; `None` when it does not fit an `i128`.
    Integer(Option<i128>),
    /// A float (`inf` and `nan` included, as TOML writes them).
    Float(f64),
    /// `true` or `false`.
    Boolean(bool),
    /// An offset or local date-time, date or time.
    Datetime,
    /// An array.
    Array {
        /// Its values, in order.
        items: Vec<Item>,
        /// Written as `[[key]]` headers, not as `key = [...]`.
        of_tables: bool,
    },
    /// A table.
    Table(Table),
}

impl Value {
    /// The TOML type name, for "found ..." in messages.
    pub fn type_str(&self) -> &'static str {
        match self {
            Self::String(_) => "string",
            Self::Integer(_) => "integer",
            Self::Float(_) => "float",
            Self::Boolean(_) => "boolean",
            Self::Datetime => "datetime",
            Self::Array { .. } => "array",
            Self::Table(_) => "table",
        }
    }
}

/// A table: its entries in file order, and how it was defined (which decides how it may be
/// extended).
#[derive(Debug, Clone, Default)]
pub struct Table {
    entries: Vec<(Key, Item)>,
    /// Where each key is in `entries`, once there are more than [`SCAN`] (a spec may have
    /// thousands); the small tables, which are most of them, are scanned and need none.
    index: HashMap<String, usize>,
    /// Only named by a header path or a dotted key so far, not defined by its own header.
    implicit: bool,
    /// Made by a dotted key: a `[header]` may no longer define it.
    dotted: bool,
    /// Written `{ ... }`: closed once written.
    inline: bool,
}

/// Tables are equal when their entries are: how they were defined does not matter.
impl PartialEq for Table {
    fn eq(&self, other: &Self) -> bool {
        self.entries == other.entries
    }
}

impl Table {
    /// The entries, in the order their keys were first written.
    pub fn iter(&self) -> impl Iterator<Item = (&Key, &Item)> {
        self.entries.iter().map(|(k, v)| (k, v))
    }

    /// The values, in the order their keys were first written.
    pub fn values(&self) -> impl Iterator<Item = &Item> {
        self.entries.iter().map(|(_, v)| v)
    }

    /// The value of `key`.
    pub fn get(&self, key: &str) -> Option<&Item> {
        self.position(key).map(|i| &self.entries[i].1)
    }

    fn position(&self, key: &str) -> Option<usize> {
        if self.entries.len() <= SCAN {
            self.entries.iter().position(|(k, _)| k.name == key)
        } else {
            self.index.get(key).copied()
        }
    }

    /// Adds an entry for a new key: its position.
    fn push(&mut self, key: Key, item: Item) -> usize {
        let at = self.entries.len();
        if at == SCAN {
            for (i, (k, _)) in self.entries.iter().enumerate() {
                self.index.insert(k.name.clone(), i);
            }
        }
        if at >= SCAN {
            self.index.insert(key.name.clone(), at);
        }
        self.entries.push((key, item));
        at
    }
}

/// Reads `source` into its root table, with every problem found. What is valid is kept even
/// when there are problems.
pub fn parse(source: &str) -> (Table, Vec<Error>) {
    let source = Source::new(source);
    let tokens = source.lex().into_vec();
    let mut sink = Sink(Vec::new());
    let mut events = Vec::with_capacity(tokens.len());
    {
        let mut whitespace = ValidateWhitespace::new(&mut events, source);
        let mut guard = RecursionGuard::new(&mut whitespace, NESTING_LIMIT);
        toml_parser::parser::parse_document(&tokens, &mut guard, &mut sink);
    }
    let mut builder = Builder {
        events: &events,
        next: 0,
        source,
        errors: sink,
    };
    let root = builder.document();
    (root, builder.errors.0)
}

/// Collects the parser's errors as messages with spans.
struct Sink(Vec<Error>);

impl ErrorSink for Sink {
    fn report_error(&mut self, error: ParseError) {
        let mut message = error.description().to_owned();
        if let Some(expected) = error.expected() {
            message.push_str(", expected ");
            if expected.is_empty() {
                message.push_str("nothing");
            }
            for (i, e) in expected.iter().enumerate() {
                if i != 0 {
                    message.push_str(", ");
                }
                match e {
                    Expected::Literal("\n") => message.push_str("newline"),
                    Expected::Literal("`") => message.push_str("'`'"),
                    Expected::Literal(s) if s.chars().all(|c| c.is_ascii_control()) => {
                        let _ = write!(message, "`{}`", s.escape_debug());
                    }
                    Expected::Literal(s) => {
                        let _ = write!(message, "`{s}`");
                    }
                    Expected::Description(s) => message.push_str(s),
                    _ => message.push_str("etc"),
                }
            }
        }
        let span = error.unexpected().map_or(0..0, |s| s.start()..s.end());
        self.0.push(Error { message, span });
    }
}

impl Sink {
    fn error(&mut self, message: impl Into<String>, span: Range<usize>) {
        self.0.push(Error {
            message: message.into(),
            span,
        });
    }
}

/// A `[table]` or `[[table]]` header being filled by the key-values below it.
struct Header {
    path: Vec<Key>,
    key: Option<Key>,
    span: Range<usize>,
    is_array: bool,
}

struct Builder<'e, 'i> {
    events: &'e [Event],
    next: usize,
    source: Source<'i>,
    errors: Sink,
}

fn range(e: &Event) -> Range<usize> {
    e.span().start()..e.span().end()
}

impl Builder<'_, '_> {
    fn next_event(&mut self) -> Option<Event> {
        let e = self.events.get(self.next).copied();
        self.next += usize::from(e.is_some());
        e
    }

    fn peek(&self, i: usize) -> Option<EventKind> {
        self.events.get(self.next + i).map(Event::kind)
    }

    fn document(&mut self) -> Table {
        let mut state = State::default();
        while let Some(event) = self.next_event() {
            match event.kind() {
                EventKind::StdTableOpen | EventKind::ArrayTableOpen => {
                    state.finish_table(&mut self.errors);
                    let header = self.header(event);
                    state.start_table(header, &mut self.errors);
                }
                EventKind::SimpleKey => {
                    let (path, key) = self.key(event);
                    let Some(key) = key else { break };
                    let Some(mut sep) = self.next_event() else {
                        break;
                    };
                    if sep.kind() == EventKind::Whitespace {
                        let Some(e) = self.next_event() else { break };
                        sep = e;
                    }
                    if sep.kind() != EventKind::KeyValSep {
                        break;
                    }
                    if self.peek(0) == Some(EventKind::Whitespace) {
                        self.next += 1;
                    }
                    let value = self.value();
                    state.key_value(&path, key, value, &mut self.errors);
                }
                // Syntax errors were reported by the parser; what follows them is skipped.
                _ => {}
            }
        }
        state.finish_table(&mut self.errors);
        state.root
    }

    fn header(&mut self, open: Event) -> Header {
        let mut header = Header {
            path: Vec::new(),
            key: None,
            span: range(&open),
            is_array: open.kind() == EventKind::ArrayTableOpen,
        };
        while let Some(event) = self.next_event() {
            match event.kind() {
                EventKind::StdTableClose | EventKind::ArrayTableClose => {
                    header.span.end = event.span().end();
                    break;
                }
                EventKind::SimpleKey => {
                    let (path, key) = self.key(event);
                    header.path = path;
                    header.key = key;
                }
                _ => {}
            }
        }
        header
    }

    /// A simple or dotted key: the tables on its path, and the last key.
    fn key(&mut self, first: Event) -> (Vec<Key>, Option<Key>) {
        let mut path = Vec::new();
        let mut last: Option<Key> = None;
        let mut current = Some(first);
        if self.more_key() {
            while let Some(event) = self.next_event() {
                match event.kind() {
                    EventKind::SimpleKey => {
                        current = Some(event);
                        if !self.more_key() {
                            break;
                        }
                    }
                    EventKind::KeySep => {
                        self.close_key(&mut current, &mut path, &mut last);
                    }
                    _ => {}
                }
            }
        }
        self.close_key(&mut current, &mut path, &mut last);
        if path.len() >= NESTING_LIMIT as usize {
            self.errors.error("recursion limit", 0..0);
            return (Vec::new(), None);
        }
        (path, last)
    }

    fn more_key(&self) -> bool {
        match self.peek(0) {
            Some(EventKind::KeySep) => true,
            Some(EventKind::Whitespace) => self.peek(1) == Some(EventKind::KeySep),
            _ => false,
        }
    }

    fn close_key(
        &mut self,
        current: &mut Option<Event>,
        path: &mut Vec<Key>,
        last: &mut Option<Key>,
    ) {
        let Some(event) = current.take() else { return };
        let mut name = String::new();
        if let Some(raw) = self.source.get(event) {
            raw.decode_key(&mut name, &mut self.errors);
        }
        let key = Key {
            name,
            span: range(&event),
        };
        if let Some(previous) = last.replace(key) {
            path.push(previous);
        }
    }

    /// The value after `key =`.
    fn value(&mut self) -> Item {
        match self.next_event() {
            Some(e) if e.kind() == EventKind::InlineTableOpen => self.inline_table(e),
            Some(e) if e.kind() == EventKind::ArrayOpen => self.array(e),
            Some(e) if e.kind() == EventKind::Scalar => self.scalar(e),
            // Missing: the parser reported it. The placeholder is the one toml's tree has, so that
            // the two trees compare equal after errors too.
            _ => Item {
                value: Value::Integer(Some(0)),
                span: 0..0,
            },
        }
    }

    fn scalar(&mut self, event: Event) -> Item {
        let span = range(&event);
        let Some(raw) = self.source.get(event) else {
            return Item {
                value: Value::Integer(None),
                span,
            };
        };
        let mut decoded = String::new();
        let value = match raw.decode_scalar(&mut decoded, &mut self.errors) {
            ScalarKind::String => Value::String(decoded),
            ScalarKind::Boolean(b) => Value::Boolean(b),
            ScalarKind::Float => Value::Float(decoded.parse().unwrap_or(f64::NAN)),
            ScalarKind::Integer(radix) => {
                Value::Integer(i128::from_str_radix(&decoded, radix.value()).ok())
            }
            ScalarKind::DateTime => {
                if let Err(message) = check_datetime(&decoded) {
                    self.errors.error(message, span.clone());
                }
                Value::Datetime
            }
        };
        Item { value, span }
    }

    fn array(&mut self, open: Event) -> Item {
        let mut items = Vec::new();
        let mut current = None;
        let mut end = open.span().end();
        while let Some(event) = self.next_event() {
            end = event.span().end();
            match event.kind() {
                EventKind::InlineTableOpen => current = Some(self.inline_table(event)),
                EventKind::ArrayOpen => current = Some(self.array(event)),
                EventKind::Scalar => current = Some(self.scalar(event)),
                EventKind::ValueSep => items.extend(current.take()),
                EventKind::ArrayClose => {
                    items.extend(current.take());
                    break;
                }
                EventKind::StdTableOpen
                | EventKind::ArrayTableOpen
                | EventKind::InlineTableClose
                | EventKind::SimpleKey
                | EventKind::KeySep
                | EventKind::KeyValSep
                | EventKind::StdTableClose
                | EventKind::ArrayTableClose => break,
                _ => {}
            }
        }
        Item {
            value: Value::Array {
                items,
                of_tables: false,
            },
            span: open.span().start()..end,
        }
    }

    fn inline_table(&mut self, open: Event) -> Item {
        let mut table = Table {
            inline: true,
            ..Table::default()
        };
        let mut key = None;
        let mut value = None;
        let mut end = open.span().end();
        while let Some(event) = self.next_event() {
            end = event.span().end();
            match event.kind() {
                EventKind::SimpleKey => {
                    let (path, last) = self.key(event);
                    if let Some(last) = last {
                        key = Some((path, last));
                    }
                }
                EventKind::InlineTableOpen => value = Some(self.inline_table(event)),
                EventKind::ArrayOpen => value = Some(self.array(event)),
                EventKind::Scalar => value = Some(self.scalar(event)),
                EventKind::ValueSep | EventKind::InlineTableClose => {
                    if let (Some((path, k)), Some(v)) = (key.take(), value.take()) {
                        inline_key_value(&mut table, &path, k, v, &mut self.errors);
                    }
                    if event.kind() == EventKind::InlineTableClose {
                        break;
                    }
                }
                EventKind::StdTableOpen
                | EventKind::ArrayTableOpen
                | EventKind::StdTableClose
                | EventKind::ArrayClose
                | EventKind::ArrayTableClose
                | EventKind::KeySep => break,
                _ => {}
            }
        }
        Item {
            value: Value::Table(table),
            span: open.span().start()..end,
        }
    }
}

fn inline_key_value(table: &mut Table, path: &[Key], key: Key, value: Item, errors: &mut Sink) {
    let Some(table) = descend(table, path, true, true, errors) else {
        return;
    };
    // A dotted key may not add to a table written in full, nor a plain key to a dotted one.
    if table.dotted == path.is_empty() || table.position(&key.name).is_some() {
        errors.error("duplicate key", key.span);
    } else {
        table.push(key, value);
    }
}

/// The document being read: the root, and the table the current header is filling.
#[derive(Default)]
struct State {
    root: Table,
    current: Table,
    header: Option<Header>,
}

impl State {
    fn key_value(&mut self, path: &[Key], key: Key, value: Item, errors: &mut Sink) {
        let dotted = !path.is_empty();
        let Some(parent) = descend(&mut self.current, path, dotted, false, errors) else {
            return;
        };
        // A dotted key may not add to a table defined by a header.
        if (dotted && !parent.implicit) || parent.position(&key.name).is_some() {
            errors.error("duplicate key", key.span);
            return;
        }
        parent.push(key, value);
    }

    fn start_table(&mut self, header: Header, errors: &mut Sink) {
        if !header.is_array {
            // The parent is looked up (and made) even for a header without a key, as the
            // table will be when it is finished.
            let parent = descend(&mut self.root, &header.path, false, false, errors);
            if let (Some(parent), Some(key)) = (parent, &header.key)
                && let Some(i) = parent.position(&key.name)
            {
                // The table is taken out to be filled; `finish_table` puts it back in its place.
                let placeholder = Item {
                    value: Value::Boolean(false),
                    span: 0..0,
                };
                let old = core::mem::replace(&mut parent.entries[i].1, placeholder);
                match old.value {
                    // Named by an earlier header's path: this header defines it.
                    Value::Table(t) if t.implicit && !t.dotted => self.current = t,
                    old => {
                        errors.error("duplicate key", key.span.clone());
                        if let Value::Table(t) = old {
                            self.current = t;
                        }
                    }
                }
            }
        }
        self.current.implicit = false;
        self.current.dotted = false;
        self.header = Some(header);
    }

    fn finish_table(&mut self, errors: &mut Sink) {
        let table = core::mem::take(&mut self.current);
        let Some(header) = self.header.take() else {
            self.root = table;
            return;
        };
        let Some(key) = header.key else { return };
        let item = Item {
            value: Value::Table(table),
            span: header.span.clone(),
        };
        let Some(parent) = descend(&mut self.root, &header.path, false, false, errors) else {
            return;
        };
        if header.is_array {
            let i = match parent.position(&key.name) {
                Some(i) => i,
                None => {
                    let array = Value::Array {
                        items: Vec::new(),
                        of_tables: true,
                    };
                    parent.push(
                        key.clone(),
                        Item {
                            value: array,
                            span: header.span,
                        },
                    )
                }
            };
            match &mut parent.entries[i].1.value {
                Value::Array {
                    items,
                    of_tables: true,
                } => items.push(item),
                _ => errors.error("duplicate key", key.span),
            }
        } else {
            match parent.position(&key.name) {
                // Its place was kept by `start_table`.
                Some(i) => parent.entries[i] = (key, item),
                None => {
                    parent.push(key, item);
                }
            }
        }
    }
}

/// The table at `path` under `table`, made (implicit) where missing: for a header's path, a
/// dotted key (`dotted`), or a dotted key inside an inline table (`inline`).
fn descend<'t>(
    mut table: &'t mut Table,
    path: &[Key],
    dotted: bool,
    inline: bool,
    errors: &mut Sink,
) -> Option<&'t mut Table> {
    for key in path {
        let i = match table.position(&key.name) {
            Some(i) => i,
            None => {
                let made = Table {
                    implicit: true,
                    dotted,
                    inline,
                    ..Table::default()
                };
                table.push(
                    key.clone(),
                    Item {
                        value: Value::Table(made),
                        span: key.span.clone(),
                    },
                )
            }
        };
        // `[[x]]` then `[x.y]` or `x.y = ...`: the last `[[x]]` table.
        let last_of_array = !inline
            && matches!(&table.entries[i].1.value, Value::Array { items, of_tables: true } if !items.is_empty());
        let entry = &table.entries[i].1.value;
        let value = if last_of_array && let Value::Array { items, .. } = entry {
            &items[items.len() - 1].value
        } else {
            entry
        };
        let problem = match value {
            // The last `[[x]]` table is open to `[x.y]` and `x.y = ...` whatever its keys.
            Value::Table(_) if last_of_array => None,
            Value::Table(t) if t.inline && !inline => {
                Some("cannot extend value of type inline table with a dotted key".to_owned())
            }
            Value::Table(t) if dotted && !t.implicit => Some("duplicate key".to_owned()),
            Value::Table(_) => None,
            other => Some(format!(
                "cannot extend value of type {} with a dotted key",
                other.type_str()
            )),
        };
        if let Some(problem) = problem {
            errors.error(problem, key.span.clone());
            return None;
        }
        let entry = &mut table.entries[i].1.value;
        let value = if last_of_array && let Value::Array { items, .. } = entry {
            let last = items.len() - 1;
            &mut items[last].value
        } else {
            entry
        };
        let Value::Table(t) = value else {
            return None;
        };
        if dotted && t.implicit && !inline && !last_of_array {
            t.dotted = true;
        }
        table = t;
    }
    Some(table)
}

/// Checks a date-time's fields (the parser only checks its characters), as `toml_datetime`
/// does. `Err` says what is wrong.
fn check_datetime(text: &str) -> Result<(), String> {
    let mut tokens = DatetimeTokens(text);
    let Some((Tok::Digits, first)) = tokens.next() else {
        return Err(invalid(None, Some("year or hour")));
    };
    let date = match tokens.next_kind() {
        Some(Tok::Dash) => true,
        Some(Tok::Colon) => {
            tokens = DatetimeTokens(text);
            false
        }
        _ => return Err(invalid(None, Some("`-` (YYYY-MM) or `:` (HH:MM)"))),
    };
    if date {
        check_date(&mut tokens, first)?;
    }
    let time = if date {
        match tokens.next_kind() {
            Some(Tok::T | Tok::Space) => true,
            Some(_) => {
                return Err(invalid(
                    Some("date-time"),
                    Some("`T` between date and time"),
                ));
            }
            None => false,
        }
    } else {
        true
    };
    if time {
        check_time(&mut tokens)?;
    }
    if date && time {
        check_offset(&mut tokens)?;
    }
    if tokens.0.is_empty() {
        Ok(())
    } else {
        Err(invalid(None, None))
    }
}

/// The month and day after a date's `year` and its `-`: widths, and a day the month has.
fn check_date(tokens: &mut DatetimeTokens<'_>, year: &str) -> Result<(), String> {
    let month = tokens.expect(Tok::Digits, "date", "month")?;
    tokens.expect(Tok::Dash, "date", "`-` (MM-DD)")?;
    let day = tokens.expect(Tok::Digits, "date", "day")?;
    width(year, 4, "date", "a four-digit year (YYYY)")?;
    width(month, 2, "date", "a two-digit month (MM)")?;
    width(day, 2, "date", "a two-digit day (DD)")?;
    let (year, month, day) = (number(year), number(month), number(day));
    if !(1..=12).contains(&month) {
        return Err(invalid(Some("date"), Some("month between 01 and 12")));
    }
    let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
    let (days, expected) = match month {
        2 if leap => (29, "day between 01 and 29"),
        2 => (28, "day between 01 and 28"),
        4 | 6 | 9 | 11 => (30, "day between 01 and 30"),
        _ => (31, "day between 01 and 31"),
    };
    if !(1..=days).contains(&day) {
        return Err(invalid(Some("date"), Some(expected)));
    }
    Ok(())
}

/// `HH:MM[:SS[.fraction]]`: widths, and each field in its range.
fn check_time(tokens: &mut DatetimeTokens<'_>) -> Result<(), String> {
    let hour = tokens.expect(Tok::Digits, "time", "hour")?;
    tokens.expect(Tok::Colon, "time", "`:` (HH:MM)")?;
    let minute = tokens.expect(Tok::Digits, "time", "minute")?;
    let mut second = None;
    if tokens.peek() == Some(Tok::Colon) {
        tokens.next();
        second = Some(tokens.expect(Tok::Digits, "time", "second")?);
        if tokens.peek() == Some(Tok::Dot) {
            tokens.next();
            tokens.expect(Tok::Digits, "time", "nanosecond")?;
        }
    }
    width(hour, 2, "time", "a two-digit hour (HH)")?;
    width(minute, 2, "time", "a two-digit minute (MM)")?;
    if let Some(second) = second {
        width(second, 2, "time", "a two-digit second (SS)")?;
    }
    if number(hour) > 23 {
        return Err(invalid(Some("time"), Some("hour between 00 and 23")));
    }
    if number(minute) > 59 {
        return Err(invalid(Some("time"), Some("minute between 00 and 59")));
    }
    if let Some(second) = second
        && number(second) > 60
    {
        return Err(invalid(Some("time"), Some("second between 00 and 60")));
    }
    Ok(())
}

/// A date-time's offset, if it has one: `Z`, or `+HH:MM` / `-HH:MM` in range.
fn check_offset(tokens: &mut DatetimeTokens<'_>) -> Result<(), String> {
    match tokens.next_kind() {
        None | Some(Tok::Z) => Ok(()),
        Some(Tok::Plus | Tok::Dash) => {
            let hours = tokens.expect(Tok::Digits, "offset", "hour")?;
            tokens.expect(Tok::Colon, "offset", "`:` (HH:MM)")?;
            let minutes = tokens.expect(Tok::Digits, "offset", "minute")?;
            width(hours, 2, "offset", "a two-digit hour (HH)")?;
            width(minutes, 2, "offset", "a two-digit minute (MM)")?;
            if number(hours) > 23 {
                return Err(invalid(Some("offset"), Some("hour between 00 and 23")));
            }
            if number(minutes) > 59 {
                return Err(invalid(Some("offset"), Some("minute between 00 and 59")));
            }
            Ok(())
        }
        Some(_) => Err(invalid(Some("offset"), Some("`Z`, +OFFSET, -OFFSET"))),
    }
}

fn invalid(what: Option<&str>, expected: Option<&str>) -> String {
    let mut message = format!("invalid {}", what.unwrap_or("datetime"));
    if let Some(expected) = expected {
        message.push_str(", expected ");
        message.push_str(expected);
    }
    message
}

fn width(digits: &str, len: usize, what: &str, expected: &str) -> Result<(), String> {
    if digits.len() == len {
        Ok(())
    } else {
        Err(invalid(Some(what), Some(expected)))
    }
}

/// The value of a run of at most four digits (a [`Tok::Digits`], its width checked by `width`
/// first).
fn number(digits: &str) -> u32 {
    let mut n = 0;
    for digit in digits.bytes() {
        n = n * 10 + u32::from(digit - b'0');
    }
    n
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Tok {
    Digits,
    Dash,
    Colon,
    Dot,
    T,
    Space,
    Z,
    Plus,
    Other,
}

/// The pieces of a date-time: runs of digits and single separators.
struct DatetimeTokens<'s>(&'s str);

impl<'s> DatetimeTokens<'s> {
    fn peek(&self) -> Option<Tok> {
        Self(self.0).next_kind()
    }

    /// The kind of the next piece.
    fn next_kind(&mut self) -> Option<Tok> {
        self.next().map(|(kind, _)| kind)
    }

    /// The next piece, which must be a `kind`: its text.
    fn expect(&mut self, kind: Tok, what: &str, expected: &str) -> Result<&'s str, String> {
        match self.next() {
            Some((k, text)) if k == kind => Ok(text),
            _ => Err(invalid(Some(what), Some(expected))),
        }
    }
}

impl<'s> Iterator for DatetimeTokens<'s> {
    type Item = (Tok, &'s str);

    fn next(&mut self) -> Option<Self::Item> {
        let (kind, len) = match self.0.as_bytes().first()? {
            b'0'..=b'9' => (
                Tok::Digits,
                self.0.bytes().take_while(u8::is_ascii_digit).count(),
            ),
            b'-' => (Tok::Dash, 1),
            b':' => (Tok::Colon, 1),
            b'.' => (Tok::Dot, 1),
            b'T' | b't' => (Tok::T, 1),
            b' ' => (Tok::Space, 1),
            b'Z' | b'z' => (Tok::Z, 1),
            b'+' => (Tok::Plus, 1),
            _ => (Tok::Other, self.0.len()),
        };
        let (text, rest) = self.0.split_at(len);
        self.0 = rest;
        Some((kind, text))
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    use proptest::prelude::*;
    use toml::de::{DeTable, DeValue};

    use super::*;

    /// A tree in a form both parsers' trees convert to: tables sorted by key, as toml's are.
    #[derive(Debug, PartialEq)]
    enum Node {
        Str(String),
        Int(Option<i128>),
        Float,
        Bool(bool),
        Datetime,
        Array(Vec<(Node, Range<usize>)>),
        Table(BTreeMap<String, (Range<usize>, Node, Range<usize>)>),
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
            Value::Float(_) => Node::Float,
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
            DeValue::Integer(i) => Node::Int(i128::from_str_radix(i.as_str(), i.radix()).ok()),
            DeValue::Float(_) => Node::Float,
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
    fn keys_are_found_in_small_and_large_tables_alike() {
        for n in [1, SCAN - 1, SCAN, SCAN + 1, 3 * SCAN] {
            let mut doc = String::new();
            for i in 0..n {
                let _ = writeln!(doc, "k{i} = {i}");
            }
            let t = parse_ok(&doc);
            for i in 0..n {
                let want = Value::Integer(Some(i128::try_from(i).unwrap()));
                assert_eq!(t.get(&format!("k{i}")).unwrap().value, want, "{n} keys");
            }
            assert_eq!(t.get("k"), None);
            // A duplicate of the first key and of the last is found either way.
            let _ = write!(doc, "k0 = 0\nk{} = 0\n", n - 1);
            assert_eq!(errors(&doc).len(), 2, "{n} keys");
        }
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
        let leaf =
            prop::sample::select(vec!["1", "{}", "[]", "[{}]", "'s'"]).prop_map(str::to_owned);
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

    /// A document with a few bytes inserted or removed.
    fn mutated() -> impl Strategy<Value = String> {
        let edit = (
            any::<prop::sample::Index>(),
            0..8_usize,
            prop::sample::select(vec![
                "", "=", "\"", "'", "[", "]", "{", "}", ",", ".", "\n", " ", "\\", "#", "x", "1",
                "é",
            ]),
        );
        (document(), prop::collection::vec(edit, 1..4)).prop_map(|(mut doc, edits)| {
            for (at, remove, insert) in edits {
                let mut at = at.index(doc.len() + 1);
                while !doc.is_char_boundary(at) {
                    at -= 1;
                }
                let mut end = (at + remove % 3).min(doc.len());
                while !doc.is_char_boundary(end) {
                    end += 1;
                }
                doc.replace_range(at..end, insert);
            }
            doc
        })
    }

    fn agrees_with_toml(doc: &str) -> Result<(), TestCaseError> {
        let ((ours, our_errors), (theirs, their_errors)) = both(doc);
        prop_assert_eq!(ours, theirs, "tree of {:?}", doc);
        prop_assert_eq!(our_errors, their_errors, "errors of {:?}", doc);
        Ok(())
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2000))]

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

        /// Broken documents too: the same errors, and the same tree recovered.
        #[test]
        fn broken_documents_read_as_toml_reads_them(doc in mutated()) {
            agrees_with_toml(&doc)?;
        }
    }
}
