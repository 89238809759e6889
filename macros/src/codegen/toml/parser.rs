//! Reads a document by recursive descent over the lexer's tokens, handing its key-values and
//! headers to the tree.
//!
//! A syntax error is reported where it is and the parser carries on: a broken line is
//! skipped to its end, and a broken array or inline table to its next `,` or its closing
//! bracket, or, when it was never closed, to the line where a key-value or header starts.

use core::ops::Range;

use crate::codegen::toml::lexer::{Kind, Lexer, Mode, Token};
use crate::codegen::toml::tree::{Header, State, inline_key_value};
use crate::codegen::toml::{
    Errors, Item, Key, NESTING_LIMIT, Table, Value, all, scalar, shown, strings,
};

/// Reads `source` into its root table, with its problems.
pub(crate) fn parse(source: &str) -> (Table, Errors) {
    let mut parser = Parser {
        lexer: Lexer::new(source),
        errors: Errors::default(),
        depth: 0,
        inline: false,
    };
    let root = parser.document();
    (root, parser.errors)
}

/// Where reading a broken array or inline table resumes.
enum Recovery {
    /// After a `,`: at its next element.
    Next,
    /// After its closing bracket, which ends at the given offset.
    Closed(usize),
    /// Before the newline ending its last line, as it was never closed.
    Abandoned,
}

/// An array or an inline table: what closes it and how messages name it.
struct Collection {
    open: Range<usize>,
    close: Kind,
    name: &'static str,
    closing: &'static str,
}

/// The reader: where it is, and what it found wrong.
struct Parser<'s> {
    lexer: Lexer<'s>,
    errors: Errors,
    /// How many arrays and inline tables are open.
    depth: u32,
    /// The innermost open array or inline table is an inline table: newlines and comments
    /// may be anywhere between its tokens.
    inline: bool,
}

impl Parser<'_> {
    /// The whole document: its root table.
    fn document(&mut self) -> Table {
        let mut state = State::default();
        loop {
            self.skip_whitespace();
            let token = self.lexer.peek(Mode::Key);
            match token.kind {
                Kind::Eof => break,
                Kind::Newline | Kind::Comment | Kind::StrayCarriageReturn => {
                    self.trivia(&token);
                }
                Kind::LeftBracket => {
                    state.finish_table(&mut self.errors);
                    let header = self.header();
                    state.start_table(header, &mut self.errors);
                }
                _ => match self.key_value() {
                    Some((path, key, value)) => {
                        state.key_value(&path, key, value, &mut self.errors);
                        self.end_of_line("a value");
                    }
                    None => self.skip_line(),
                },
            }
        }
        state.finish_table(&mut self.errors);
        state.root
    }

    /// Reads a newline, a comment or a stray carriage return, `token`, reporting a problem.
    fn trivia(&mut self, token: &Token) {
        self.lexer.next(Mode::Key);
        match token.kind {
            Kind::Comment => self.comment(token),
            Kind::StrayCarriageReturn => self.errors.push(
                "a carriage return must be followed by a newline (`\\n`)",
                token.span.clone(),
            ),
            _ => {}
        }
    }

    /// Reports each control character in comment `token`.
    fn comment(&mut self, token: &Token) {
        let text = &self.lexer.source()[token.span.clone()];
        // Control characters are ASCII, and UTF-8 writes every ASCII character as itself.
        for (i, &b) in text.as_bytes().iter().enumerate() {
            if b != b'\t' && (b <= 0x1f || b == 0x7f) {
                let at = token.span.start + i;
                self.errors.push(
                    format!("control character U+{b:04X} is not allowed in a comment"),
                    at..at + 1,
                );
            }
        }
    }

    /// Skips the whitespace between a key-value's tokens (and newlines and comments too,
    /// inside an inline table).
    fn skip_blank(&mut self) {
        if self.inline {
            self.skip_trivia();
        } else {
            self.skip_whitespace();
        }
    }

    /// Skips spaces and tabs.
    fn skip_whitespace(&mut self) {
        if self.lexer.peek(Mode::Key).kind == Kind::Whitespace {
            self.lexer.next(Mode::Key);
        }
    }

    /// Skips whitespace, newlines and comments: where the last newline was, if any.
    fn skip_trivia(&mut self) -> Option<usize> {
        let mut newline = None;
        loop {
            let token = self.lexer.peek(Mode::Key);
            match token.kind {
                Kind::Whitespace => {
                    self.lexer.next(Mode::Key);
                }
                Kind::Newline | Kind::Comment | Kind::StrayCarriageReturn => {
                    if token.kind != Kind::Comment {
                        newline = Some(token.span.start);
                    }
                    self.trivia(&token);
                }
                _ => return newline,
            }
        }
    }

    /// After a key-value or header (`after`): a comment, then the end of the line.
    fn end_of_line(&mut self, after: &str) {
        self.skip_whitespace();
        let mut token = self.lexer.peek(Mode::Key);
        if token.kind == Kind::Comment {
            self.trivia(&token);
            token = self.lexer.peek(Mode::Key);
        }
        match token.kind {
            Kind::Newline | Kind::Eof | Kind::StrayCarriageReturn => self.trivia(&token),
            _ => {
                self.expected(&format!("a newline after {after}"), &token);
                self.skip_line();
            }
        }
    }

    /// Skips the rest of a broken line, its newline included.
    fn skip_line(&mut self) {
        loop {
            match self.lexer.next(Mode::Key).kind {
                Kind::Newline | Kind::Eof => return,
                _ => {}
            }
        }
    }

    /// Reports that `expected` was expected where `found` is.
    fn expected(&mut self, expected: &str, found: &Token) {
        let source = self.lexer.source();
        self.errors.push(
            format!("expected {expected}, found {}", describe(source, found)),
            found.span.clone(),
        );
    }

    /// `key = value`, the key's path split off.
    fn key_value(&mut self) -> Option<(Vec<Key>, Key, Item)> {
        let (path, key) = self.key()?;
        self.skip_blank();
        let token = self.lexer.peek(Mode::Key);
        if token.kind != Kind::Equals {
            self.expected("`=` after a key", &token);
            return None;
        }
        self.lexer.next(Mode::Key);
        self.skip_blank();
        let value = self.value()?;
        Some((path, key, value))
    }

    /// A simple or dotted key: the tables on its path, and its last key.
    fn key(&mut self) -> Option<(Vec<Key>, Key)> {
        let mut keys = Vec::new();
        loop {
            keys.push(self.simple_key()?);
            let mut after = self.lexer.clone();
            if after.peek(Mode::Key).kind == Kind::Whitespace {
                after.next(Mode::Key);
            }
            if after.peek(Mode::Key).kind != Kind::Dot {
                break;
            }
            after.next(Mode::Key);
            self.lexer = after;
            self.skip_whitespace();
        }
        if keys.len() > NESTING_LIMIT as usize {
            let span = keys[0].span.start..keys[keys.len() - 1].span.end;
            self.errors.push(
                format!("a dotted key may have at most {NESTING_LIMIT} parts"),
                span,
            );
            return None;
        }
        let last = keys.pop()?;
        Some((keys, last))
    }

    /// A bare or quoted key.
    fn simple_key(&mut self) -> Option<Key> {
        let token = self.lexer.peek(Mode::Key);
        let source = self.lexer.source();
        let name = match token.kind {
            Kind::Atom => {
                let text = &source[token.span.clone()];
                if !all(text.as_bytes(), |b| {
                    b.is_ascii_alphanumeric() || b == b'_' || b == b'-'
                }) {
                    self.errors.push(
                        format!(
                            "invalid key {}: a bare key may only have ASCII letters, digits, `_` \
                             and `-` (quote it for other characters)",
                            describe(source, &token)
                        ),
                        token.span.clone(),
                    );
                    return None;
                }
                text.to_owned()
            }
            Kind::Basic | Kind::Literal => strings::decode(source, &token, &mut self.errors),
            Kind::MultiLineBasic | Kind::MultiLineLiteral => {
                self.errors
                    .push("a key cannot be a multi-line string", token.span.clone());
                return None;
            }
            _ => {
                self.expected("a key", &token);
                return None;
            }
        };
        self.lexer.next(Mode::Key);
        Some(Key {
            name,
            span: token.span,
        })
    }

    /// A `[table]` or `[[table]]` header, the end of its line included.
    fn header(&mut self) -> Header {
        let open = self.lexer.next(Mode::Key);
        let is_array = self.lexer.peek(Mode::Key).kind == Kind::LeftBracket;
        if is_array {
            self.lexer.next(Mode::Key);
        }
        let mut header = Header {
            path: Vec::new(),
            key: None,
            span: open.span.start..self.lexer.pos(),
            is_array,
        };
        self.skip_whitespace();
        let Some((path, key)) = self.key() else {
            self.skip_line();
            return header;
        };
        self.skip_whitespace();
        let closing = if is_array { "`]]`" } else { "`]`" };
        for _ in 0..=usize::from(is_array) {
            let token = self.lexer.peek(Mode::Key);
            if token.kind != Kind::RightBracket {
                self.expected(&format!("{closing} closing the header"), &token);
                self.skip_line();
                return header;
            }
            self.lexer.next(Mode::Key);
        }
        header.span.end = self.lexer.pos();
        header.path = path;
        header.key = Some(key);
        self.end_of_line("a header");
        header
    }

    /// A value; `None` when there is none to keep (the problem reported).
    fn value(&mut self) -> Option<Item> {
        let token = self.lexer.peek(Mode::Value);
        let source = self.lexer.source();
        let value = match token.kind {
            Kind::Basic | Kind::Literal | Kind::MultiLineBasic | Kind::MultiLineLiteral => {
                Value::String(strings::decode(source, &token, &mut self.errors))
            }
            Kind::Atom => match scalar::scalar(&source[token.span.clone()]) {
                Ok(value) => value,
                Err(message) => {
                    self.lexer.next(Mode::Value);
                    self.errors.push(message, token.span);
                    return None;
                }
            },
            Kind::LeftBracket | Kind::LeftBrace => {
                self.lexer.next(Mode::Value);
                return self.collection(&token);
            }
            _ => {
                self.expected("a value", &token);
                return None;
            }
        };
        self.lexer.next(Mode::Value);
        Some(Item {
            value,
            span: token.span,
        })
    }

    /// An array or inline table opened by `open`, within the nesting limit.
    fn collection(&mut self, open: &Token) -> Option<Item> {
        let collection = if open.kind == Kind::LeftBracket {
            Collection {
                open: open.span.clone(),
                close: Kind::RightBracket,
                name: "array",
                closing: "`]`",
            }
        } else {
            Collection {
                open: open.span.clone(),
                close: Kind::RightBrace,
                name: "inline table",
                closing: "`}`",
            }
        };
        if self.depth >= NESTING_LIMIT {
            self.errors.push(
                format!("arrays and inline tables may nest at most {NESTING_LIMIT} deep"),
                open.span.clone(),
            );
            self.skip_nested();
            return None;
        }
        self.depth += 1;
        let outer = core::mem::replace(&mut self.inline, open.kind == Kind::LeftBrace);
        let item = if open.kind == Kind::LeftBracket {
            self.array(&collection)
        } else {
            self.inline_table(&collection)
        };
        self.inline = outer;
        self.depth -= 1;
        item
    }

    /// The elements of an array after its `[`, to its `]`.
    fn array(&mut self, array: &Collection) -> Option<Item> {
        let mut items = Vec::new();
        let end = loop {
            let newline = self.skip_trivia();
            let token = self.lexer.peek(Mode::Value);
            let statement = newline.is_some() && self.at_statement(false);
            let recovery = if token.kind == array.close {
                self.lexer.next(Mode::Value);
                Recovery::Closed(token.span.end)
            } else if starts_value(token.kind) && !statement {
                if let Some(item) = self.value() {
                    items.push(item);
                }
                self.separator(array)
            } else {
                self.recover(array, "a value or `]`", Some(&token), newline)
            };
            match recovery {
                Recovery::Next => {}
                Recovery::Closed(end) => break end,
                Recovery::Abandoned => return None,
            }
        };
        let value = Value::Array {
            items,
            of_tables: false,
        };
        Some(Item {
            value,
            span: array.open.start..end,
        })
    }

    /// The key-values of an inline table after its `{`, to its `}`.
    fn inline_table(&mut self, inline: &Collection) -> Option<Item> {
        let mut table = Table {
            inline: true,
            ..Table::default()
        };
        let end = loop {
            let newline = self.skip_trivia();
            let token = self.lexer.peek(Mode::Key);
            let recovery = if token.kind == inline.close {
                self.lexer.next(Mode::Key);
                Recovery::Closed(token.span.end)
            } else if starts_key(token.kind) {
                match self.key_value() {
                    Some((path, key, value)) => {
                        inline_key_value(&mut table, &path, key, value, &mut self.errors);
                        self.separator(inline)
                    }
                    None => self.recover(inline, "", None, None),
                }
            } else {
                self.recover(inline, "a key or `}`", Some(&token), newline)
            };
            match recovery {
                Recovery::Next => {}
                Recovery::Closed(end) => break end,
                Recovery::Abandoned => return None,
            }
        };
        Some(Item {
            value: Value::Table(table),
            span: inline.open.start..end,
        })
    }

    /// What follows an element of `collection`: a `,` or its closing bracket.
    fn separator(&mut self, collection: &Collection) -> Recovery {
        let newline = self.skip_trivia();
        let token = self.lexer.peek(Mode::Key);
        if token.kind == Kind::Comma {
            self.lexer.next(Mode::Key);
            Recovery::Next
        } else if token.kind == collection.close {
            self.lexer.next(Mode::Key);
            Recovery::Closed(token.span.end)
        } else {
            let expected = format!("`,` or {} after an element", collection.closing);
            self.recover(collection, &expected, Some(&token), newline)
        }
    }

    /// After a problem in `collection`: reports `expected` where `found` is (unless the
    /// problem was reported already), and finds where to resume. When the problem is on a line
    /// of its own (a `newline` before it) that starts a key-value or header, the collection
    /// was never closed: that is reported instead, and reading resumes at that line.
    fn recover(
        &mut self,
        collection: &Collection,
        expected: &str,
        found: Option<&Token>,
        newline: Option<usize>,
    ) -> Recovery {
        if let Some(at) = newline
            && self.at_statement(true)
        {
            self.errors.push(
                format!(
                    "unclosed {}: expected {}",
                    collection.name, collection.closing
                ),
                collection.open.clone(),
            );
            self.lexer.rewind(at);
            return Recovery::Abandoned;
        }
        if let Some(found) = found {
            self.expected(expected, found);
        }
        self.skip_element(collection.close)
    }

    /// Skips to the next `,` or `close` outside nested brackets (reading past it), or to a
    /// newline before a line that starts a key-value or header.
    fn skip_element(&mut self, close: Kind) -> Recovery {
        let mut nested = 0_usize;
        loop {
            let token = self.lexer.next(Mode::Value);
            match token.kind {
                Kind::LeftBracket | Kind::LeftBrace => nested += 1,
                Kind::RightBracket | Kind::RightBrace if nested > 0 => nested -= 1,
                kind if kind == close => return Recovery::Closed(token.span.end),
                Kind::Comma if nested == 0 => return Recovery::Next,
                Kind::Newline if nested == 0 => {
                    self.skip_whitespace();
                    if self.at_statement(true) {
                        self.lexer.rewind(token.span.start);
                        return Recovery::Abandoned;
                    }
                }
                Kind::Eof => return Recovery::Abandoned,
                _ => {}
            }
        }
    }

    /// Skips the rest of an array or inline table nested too deeply, without descending.
    fn skip_nested(&mut self) {
        let mut nested = 1_usize;
        while nested > 0 {
            match self.lexer.next(Mode::Value).kind {
                Kind::LeftBracket | Kind::LeftBrace => nested += 1,
                Kind::RightBracket | Kind::RightBrace => nested -= 1,
                Kind::Eof => return,
                _ => {}
            }
        }
    }

    /// Whether the line at the lexer starts a key-value (keys, then `=`) or, when `header`,
    /// a header (`[` in its first column, which may also be an array in an array).
    fn at_statement(&self, header: bool) -> bool {
        let mut lexer = self.lexer.clone();
        let start = lexer.pos();
        let first_column = start == 0 || lexer.source().as_bytes()[start - 1] == b'\n';
        if lexer.peek(Mode::Key).kind == Kind::LeftBracket {
            return header && first_column;
        }
        let mut keys = 0;
        loop {
            match lexer.next(Mode::Key).kind {
                Kind::Atom | Kind::Basic | Kind::Literal => keys += 1,
                Kind::Dot | Kind::Whitespace => {}
                Kind::Equals => return keys > 0,
                _ => return false,
            }
        }
    }
}

/// Whether a token of `kind` starts a value.
fn starts_value(kind: Kind) -> bool {
    matches!(
        kind,
        Kind::Atom
            | Kind::Basic
            | Kind::Literal
            | Kind::MultiLineBasic
            | Kind::MultiLineLiteral
            | Kind::LeftBracket
            | Kind::LeftBrace
    )
}

/// Whether a token of `kind` starts a key (or is a multi-line string, reported as one).
fn starts_key(kind: Kind) -> bool {
    matches!(
        kind,
        Kind::Atom | Kind::Basic | Kind::Literal | Kind::MultiLineBasic | Kind::MultiLineLiteral
    )
}

/// `token` as messages name what was found.
fn describe(source: &str, token: &Token) -> String {
    let text = &source[token.span.clone()];
    match token.kind {
        Kind::Eof => "the end of the input".to_owned(),
        Kind::Newline => "a newline".to_owned(),
        Kind::StrayCarriageReturn => "a carriage return".to_owned(),
        Kind::Whitespace => "whitespace".to_owned(),
        Kind::Comment => "a comment".to_owned(),
        Kind::Basic | Kind::Literal | Kind::MultiLineBasic | Kind::MultiLineLiteral => {
            "a string".to_owned()
        }
        _ => shown(text),
    }
}
