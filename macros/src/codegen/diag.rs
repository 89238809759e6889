//! Problems found in a spec, located by byte offsets into its text.
//!
//! A [`Diagnostic`] knows nothing of the compiler: the macro turns it into a `compile_error!`
//! on the path literal ([`Diagnostic::message_at`]), the CLI renders it like rustc
//! ([`Diagnostic::render`]).

use core::fmt::Write as _;
use core::ops::Range;

/// Which of the files a span is in.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum File {
    /// The spec.
    #[default]
    Spec,
    /// The overlay.
    Overlay,
}

/// The texts a diagnostic's spans point into, with the paths its message names.
#[derive(Debug, Clone, Copy)]
pub struct Sources<'a> {
    /// The spec: its path as the user wrote it, and its text.
    pub spec: (&'a str, &'a str),
    /// The overlay, if there is one: path and text.
    pub overlay: Option<(&'a str, &'a str)>,
}

impl<'a> Sources<'a> {
    /// A spec alone.
    pub fn spec(path: &'a str, text: &'a str) -> Self {
        Self {
            spec: (path, text),
            overlay: None,
        }
    }

    /// The path and text of `file` (the spec's, when no overlay was given).
    fn get(&self, file: File) -> (&'a str, &'a str) {
        match file {
            File::Overlay => self.overlay.unwrap_or(self.spec),
            File::Spec => self.spec,
        }
    }
}

/// One problem in a spec: what is wrong, where, and what to do about it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    /// The file `span` is in.
    pub file: File,
    /// The file the related span is in.
    pub related_file: File,
    /// What is wrong, in one sentence.
    pub message: String,
    /// Where, as a byte range of the spec's text.
    pub span: Range<usize>,
    /// What to do about it, if there is something to say.
    pub help: Option<String>,
    /// Another place that takes part (the first definition of a duplicate).
    pub related: Option<(String, Range<usize>)>,
}

impl Diagnostic {
    /// A problem at `span`.
    pub fn new(span: Range<usize>, message: impl Into<String>) -> Self {
        Self {
            file: File::Spec,
            related_file: File::Spec,
            message: message.into(),
            span,
            help: None,
            related: None,
        }
    }

    /// The same problem, located in the overlay (and its related place too).
    #[must_use]
    pub fn in_overlay(mut self) -> Self {
        self.file = File::Overlay;
        self.related_file = File::Overlay;
        self
    }

    /// Points at another place, in `file`.
    #[must_use]
    pub fn related_in(mut self, label: impl Into<String>, file: File, span: Range<usize>) -> Self {
        self.related = Some((label.into(), span));
        self.related_file = file;
        self
    }

    /// Adds advice.
    #[must_use]
    pub fn help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(help.into());
        self
    }

    /// Points at another place, with a label such as "first defined here".
    #[must_use]
    pub fn related(mut self, label: impl Into<String>, span: Range<usize>) -> Self {
        self.related = Some((label.into(), span));
        self
    }

    /// The problem as one message that names the file, line and column, as the macro reports
    /// it: `spec.toml:3:8: duplicate code `X` (first defined at spec.toml:1:8); help: ...`.
    pub fn message_at(&self, source: &str, path: &str) -> String {
        self.message_in(&Sources::spec(path, source))
    }

    /// [`message_at`](Self::message_at) for a problem that may be in the spec or the overlay.
    pub fn message_in(&self, sources: &Sources<'_>) -> String {
        let (path, source) = sources.get(self.file);
        let at = Location::of(source, self.span.start);
        let mut out = format!("{path}:{at}: {}", self.message);
        if let Some((label, span)) = &self.related {
            let (path, source) = sources.get(self.related_file);
            let _ = write!(
                out,
                " ({label} at {path}:{})",
                Location::of(source, span.start)
            );
        }
        if let Some(help) = &self.help {
            let _ = write!(out, "\n  help: {help}");
        }
        out
    }

    /// The problem rendered like rustc: the file, line and column, the source line and a caret.
    pub fn render(&self, source: &str, path: &str) -> String {
        self.render_in(&Sources::spec(path, source))
    }

    /// [`render`](Self::render) for a problem that may be in the spec or the overlay.
    pub fn render_in(&self, sources: &Sources<'_>) -> String {
        let mut out = format!("error: {}\n", self.message);
        let (path, source) = sources.get(self.file);
        // One gutter for the whole message, as wide as its largest line number.
        let mut width = Location::of(source, self.span.start).line;
        if let Some((_, span)) = &self.related {
            width = width.max(Location::of(sources.get(self.related_file).1, span.start).line);
        }
        let width = width.to_string().len();
        snippet(&mut out, source, path, &self.span, None, width);
        if let Some((label, span)) = &self.related {
            let (path, source) = sources.get(self.related_file);
            snippet(&mut out, source, path, span, Some(label), width);
        }
        if let Some(help) = &self.help {
            let _ = writeln!(out, "{} = help: {help}", " ".repeat(width));
        }
        out
    }
}

fn snippet(
    out: &mut String,
    source: &str,
    path: &str,
    span: &Range<usize>,
    label: Option<&str>,
    width: usize,
) {
    let at = Location::of(source, span.start);
    let line_start = line_start(source, span.start);
    let line = source[line_start..].lines().next().unwrap_or("");
    let pad = " ".repeat(width);
    // The caret covers the span on its first line, at least one column.
    let end = clamp(source, span.end)
        .min(line_start + line.len())
        .max(clamp(source, span.start));
    let carets = source[clamp(source, span.start)..end]
        .chars()
        .count()
        .max(1);
    let _ = writeln!(out, "{pad}--> {path}:{at}");
    let _ = writeln!(out, "{pad} |");
    let _ = writeln!(out, "{:>width$} | {line}", at.line);
    let _ = write!(
        out,
        "{pad} | {}{}",
        " ".repeat(at.column - 1),
        "^".repeat(carets)
    );
    match label {
        Some(label) => {
            let _ = writeln!(out, " {label}");
        }
        None => out.push('\n'),
    }
}

/// `offset` moved back to a char boundary inside `source`.
fn clamp(source: &str, offset: usize) -> usize {
    let mut offset = offset.min(source.len());
    while !source.is_char_boundary(offset) {
        offset -= 1;
    }
    offset
}

/// Where the line of byte `offset` starts (clamped to the text).
fn line_start(source: &str, offset: usize) -> usize {
    source[..clamp(source, offset)]
        .rfind('\n')
        .map_or(0, |i| i + 1)
}

/// Where each line starts, so that the line of many offsets costs a binary search each
/// instead of a scan from the top (a 10,000-code spec asks for 10,000 lines).
pub(crate) struct LineStarts(Vec<usize>);

impl LineStarts {
    pub(crate) fn new(source: &str) -> Self {
        let mut starts = vec![0];
        for (i, _) in source.match_indices('\n') {
            starts.push(i + 1);
        }
        Self(starts)
    }

    /// The 1-based line of byte `offset` (agrees with [`Location::of`]).
    pub(crate) fn line(&self, offset: usize) -> usize {
        self.0.partition_point(|&start| start <= offset)
    }
}

/// The order that sorts `keys` stably: the indices of `keys`, smallest key first, equal keys
/// in the order given. The crate's one sort, a bottom-up merge sort of indices: the standard
/// library's sorts compile a whole sort (and its fallbacks) for each element type and key.
pub(crate) fn stable_order(keys: &[(usize, usize, usize)]) -> Vec<usize> {
    let mut order: Vec<usize> = (0..keys.len()).collect();
    let mut merged = order.clone();
    let mut width = 1;
    while width < order.len() {
        let mut start = 0;
        while start < order.len() {
            let mid = order.len().min(start + width);
            let end = order.len().min(mid + width);
            merge(
                keys,
                &order[start..mid],
                &order[mid..end],
                &mut merged[start..end],
            );
            start = end;
        }
        std::mem::swap(&mut order, &mut merged);
        width *= 2;
    }
    order
}

/// Merges two runs of indices, each in key order, into `into`; on equal keys the left run's
/// index comes first, which keeps the merge stable.
fn merge(keys: &[(usize, usize, usize)], left: &[usize], right: &[usize], into: &mut [usize]) {
    let (mut l, mut r) = (0, 0);
    for slot in into {
        let take_left = r == right.len() || (l < left.len() && keys[left[l]] <= keys[right[r]]);
        if take_left {
            *slot = left[l];
            l += 1;
        } else {
            *slot = right[r];
            r += 1;
        }
    }
}

/// Sorts `diagnostics` by file, then by where they are in it, keeping the order of those at the
/// same place.
pub(crate) fn sort(diagnostics: &mut [Diagnostic]) {
    let mut keys = Vec::with_capacity(diagnostics.len());
    for d in diagnostics.iter() {
        keys.push((d.file as usize, d.span.start, d.span.end));
    }
    let order = stable_order(&keys);
    // Position `k` takes the diagnostic first at `order[k]`; one that an earlier swap moved is
    // found by following the swaps back.
    for k in 0..order.len() {
        let mut from = order[k];
        while from < k {
            from = order[from];
        }
        diagnostics.swap(k, from);
    }
}

/// A 1-based line and column (in characters) of a byte offset.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Location {
    /// 1-based line.
    pub line: usize,
    /// 1-based column, counted in characters.
    pub column: usize,
}

impl Location {
    /// The line and column of byte `offset` in `source` (clamped to the text).
    pub fn of(source: &str, offset: usize) -> Self {
        let before = &source[..clamp(source, offset)];
        let line_start = line_start(source, offset);
        Self {
            line: before.matches('\n').count() + 1,
            column: before[line_start..].chars().count() + 1,
        }
    }
}

impl core::fmt::Display for Location {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        write!(f, "{}:{}", self.line, self.column)
    }
}

/// The closing line of a spec's problems, as the CLI and the build.rs API print it:
/// ``spec `link-errors-spec.toml` has 2 problems``, or
/// ``spec `spec.toml` with overlay `app.toml` has 1 problem``.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ProblemCount<'a> {
    /// The spec's path as the user gave it.
    pub path: &'a str,
    /// The overlay's path as the user gave it, if there is one.
    pub overlay: Option<&'a str>,
    /// How many problems they have.
    pub count: usize,
}

impl core::fmt::Display for ProblemCount<'_> {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        let s = if self.count == 1 { "" } else { "s" };
        write!(f, "spec `{}`", self.path)?;
        if let Some(overlay) = self.overlay {
            write!(f, " with overlay `{overlay}`")?;
        }
        write!(f, " has {} problem{s}", self.count)
    }
}

/// `items`, each between two `quote`s (`""` for none), separated by `, `: a list in a message.
pub(crate) fn list(items: &mut dyn Iterator<Item = &str>, quote: &str) -> String {
    let mut list = String::new();
    for (i, item) in items.enumerate() {
        if i > 0 {
            list.push_str(", ");
        }
        list.push_str(quote);
        list.push_str(item);
        list.push_str(quote);
    }
    list
}

/// `name` as a TOML key in a message that tells where to write something: bare when TOML allows
/// it (`[A-Za-z0-9_-]+`), quoted otherwise, so that `[codes.{}]` with `E.TIMEOUT` reads
/// `[codes."E.TIMEOUT"]`, which is one table and not two nested ones.
pub(crate) fn toml_key(name: &str) -> String {
    let bare = !name.is_empty()
        && name
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-');
    if bare {
        return name.to_owned();
    }
    let mut quoted = String::from("\"");
    for c in name.chars() {
        match c {
            '"' | '\\' => {
                quoted.push('\\');
                quoted.push(c);
            }
            c if c.is_control() => {
                let _ = write!(quoted, "\\u{:04X}", u32::from(c));
            }
            c => quoted.push(c),
        }
    }
    quoted.push('"');
    quoted
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn toml_keys() {
        assert_eq!(toml_key("INVALID_SCA"), "INVALID_SCA");
        assert_eq!(toml_key("card-declined"), "card-declined");
        assert_eq!(toml_key("E.TIMEOUT"), "\"E.TIMEOUT\"");
        assert_eq!(toml_key("card declined"), "\"card declined\"");
        assert_eq!(toml_key("a\"b\\c"), "\"a\\\"b\\\\c\"");
        assert_eq!(toml_key(""), "\"\"");
        // Every key it writes reads back as itself.
        for name in ["E.TIMEOUT", "é", "a\"b", "tab\there", ""] {
            assert_eq!(read_back(name).unwrap(), [name.to_owned()]);
        }
    }

    /// The names of the `[codes.NAME]` tables of an overlay that writes one, for `name`, with
    /// [`toml_key`]; or the problems reading it.
    fn read_back(name: &str) -> Result<Vec<String>, Vec<Diagnostic>> {
        let doc = format!("[codes.{}]\nx = 1\n", toml_key(name));
        let mut diags = Vec::new();
        let overlay = crate::codegen::raw::read_overlay(&doc, &mut diags);
        if !diags.is_empty() {
            return Err(diags);
        }
        Ok(overlay.codes.into_iter().map(|c| c.name.value).collect())
    }

    proptest::proptest! {
        /// [`sort`] orders diagnostics as a stable sort by file and span does.
        #[test]
        fn sort_is_a_stable_sort_by_file_and_span(
            places in proptest::collection::vec((proptest::bool::ANY, 0..4usize, 0..4usize), 0..40),
        ) {
            let mut diags: Vec<Diagnostic> = places
                .iter()
                .enumerate()
                .map(|(i, &(overlay, start, len))| {
                    let d = Diagnostic::new(start..start + len, i.to_string());
                    if overlay { d.in_overlay() } else { d }
                })
                .collect();
            let mut want = diags.clone();
            want.sort_by_key(|d| (d.file, d.span.start, d.span.end));
            sort(&mut diags);
            proptest::prop_assert_eq!(diags, want);
        }

        /// [`stable_order`] orders indices as a stable sort of them by key does, past several
        /// rounds of merging.
        #[test]
        fn stable_order_is_a_stable_sort(
            keys in proptest::collection::vec((0..3usize, 0..3usize, 0..3usize), 0..200),
        ) {
            let mut want: Vec<usize> = (0..keys.len()).collect();
            want.sort_by_key(|&i| keys[i]);
            proptest::prop_assert_eq!(stable_order(&keys), want);
        }

        /// Any name, written as a key and read back by the TOML parser, is that name: one
        /// key, never a nested table (read by the spec reader).
        #[test]
        fn toml_key_reads_back_as_itself(name in "\\PC{0,12}|[a-zA-Z0-9_.\"\\\\ -]{0,12}") {
            proptest::prop_assert_eq!(read_back(&name), Ok(vec![name.clone()]));
        }
    }

    #[test]
    fn counts_problems() {
        let line = |overlay, count| {
            ProblemCount {
                path: "s.toml",
                overlay,
                count,
            }
            .to_string()
        };
        assert_eq!(line(None, 1), "spec `s.toml` has 1 problem");
        assert_eq!(line(None, 3), "spec `s.toml` has 3 problems");
        assert_eq!(
            line(Some("app.toml"), 2),
            "spec `s.toml` with overlay `app.toml` has 2 problems"
        );
    }

    #[test]
    fn locations_count_lines_and_characters() {
        let src = "a = 1\nbé = 2\n";
        assert_eq!(Location::of(src, 0), Location { line: 1, column: 1 });
        assert_eq!(Location::of(src, 6), Location { line: 2, column: 1 });
        assert_eq!(Location::of(src, 9), Location { line: 2, column: 3 });
        assert_eq!(Location::of(src, 999), Location { line: 3, column: 1 });
        let lines = LineStarts::new(src);
        for offset in 0..src.len() + 2 {
            assert_eq!(
                lines.line(offset),
                Location::of(src, offset).line,
                "{offset}"
            );
        }
    }

    #[test]
    fn message_names_file_line_column_related_and_help() {
        let src = "x\ncode = \"A\"\n";
        let d = Diagnostic::new(9..12, "duplicate code `A`")
            .related("first defined", 0..1)
            .help("remove one");
        assert_eq!(
            d.message_at(src, "s.toml"),
            "s.toml:2:8: duplicate code `A` (first defined at s.toml:1:1)\n  help: remove one"
        );
    }

    #[test]
    fn render_draws_the_line_and_a_caret() {
        let src = "code = \"A B\"\n";
        let d = Diagnostic::new(7..12, "bad code");
        assert_eq!(
            d.render(src, "s.toml"),
            "error: bad code\n --> s.toml:1:8\n  |\n1 | code = \"A B\"\n  |        ^^^^^\n"
        );
    }
}
