//! Gives a document's key-values and headers TOML's meaning: dotted keys, `[table]` and
//! `[[array]]` headers, inline tables closed to later extension, duplicate keys and redefined
//! tables as errors. What is valid is kept whatever the errors.

use core::ops::Range;

use crate::codegen::toml::{Errors, Item, Key, Table, Value};

/// A `[table]` or `[[table]]` header being filled by the key-values below it.
pub(crate) struct Header {
    /// The tables on its path.
    pub(crate) path: Vec<Key>,
    /// Its last key; `None` for a header too broken to name a table, whose key-values are
    /// read and dropped.
    pub(crate) key: Option<Key>,
    /// The header, brackets included.
    pub(crate) span: Range<usize>,
    /// `[[...]]`.
    pub(crate) is_array: bool,
}

/// Adds `path.key = value` to inline table `table`.
pub(crate) fn inline_key_value(
    table: &mut Table,
    path: &[Key],
    key: Key,
    value: Item,
    errors: &mut Errors,
) {
    let Some(table) = descend(table, path, true, true, errors) else {
        return;
    };
    // A dotted key may not add to a table written in full, nor a plain key to a dotted one.
    if table.dotted == path.is_empty() || table.position(&key.name).is_some() {
        errors.push("duplicate key", key.span);
    } else {
        table.push(key, value);
    }
}

/// The document being read: the root, and the table the current header is filling.
#[derive(Default)]
pub(crate) struct State {
    /// The root table, once the last header is finished.
    pub(crate) root: Table,
    /// The table the current header fills (the root's own key-values before any header).
    current: Table,
    /// The current header.
    header: Option<Header>,
}

impl State {
    /// Adds `path.key = value` to the current table.
    pub(crate) fn key_value(&mut self, path: &[Key], key: Key, value: Item, errors: &mut Errors) {
        let dotted = !path.is_empty();
        let Some(parent) = descend(&mut self.current, path, dotted, false, errors) else {
            return;
        };
        // A dotted key may not add to a table defined by a header.
        if (dotted && !parent.implicit) || parent.position(&key.name).is_some() {
            errors.push("duplicate key", key.span);
            return;
        }
        parent.push(key, value);
    }

    /// Starts filling the table `header` names.
    pub(crate) fn start_table(&mut self, header: Header, errors: &mut Errors) {
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
                        errors.push("duplicate key", key.span.clone());
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

    /// Puts the table being filled in its place.
    pub(crate) fn finish_table(&mut self, errors: &mut Errors) {
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
                _ => errors.push("duplicate key", key.span),
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
    errors: &mut Errors,
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
            errors.push(problem, key.span.clone());
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
