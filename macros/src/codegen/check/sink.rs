//! Where the checks report problems, and whose they are.

use core::cell::RefCell;
use core::fmt;

use crate::codegen::diag::{Diagnostic, File};

/// The problems of one file: every problem reported through it is located in that file. Both
/// files' sinks write to one list, shared (as serde's `Ctxt` is) so that a rule can report
/// while the checker's state is borrowed.
#[derive(Clone, Copy)]
pub(super) struct Sink<'a> {
    diags: &'a RefCell<Vec<Diagnostic>>,
    file: File,
}

impl<'a> Sink<'a> {
    /// The sink of `file`, writing to `diags`.
    pub(super) fn new(diags: &'a RefCell<Vec<Diagnostic>>, file: File) -> Self {
        Self { diags, file }
    }

    /// The sink of `file`, writing to the same list.
    pub(super) fn of(self, file: File) -> Self {
        Self { file, ..self }
    }

    /// The file this sink reports in.
    pub(super) fn file(self) -> File {
        self.file
    }

    /// Reports `d`, located in this sink's file, its related place too.
    pub(super) fn push(self, mut d: Diagnostic) {
        d.file = self.file;
        d.related_file = self.file;
        self.diags.borrow_mut().push(d);
    }

    /// Reports `d`, located in this sink's file, its related place in the file
    /// [`Diagnostic::related_in`] gave it.
    pub(super) fn push_related(self, mut d: Diagnostic) {
        d.file = self.file;
        self.diags.borrow_mut().push(d);
    }
}

/// Whose a value is, for messages ("`message` of code `A`") and for where a missing one goes.
#[derive(Clone)]
#[cfg_attr(test, derive(Debug, PartialEq, Eq))]
pub(super) enum Owner {
    /// A code of the spec.
    Code(String),
    /// A `[[screen]]` of the spec, by name.
    Screen(String),
    /// A field's declaration (its `default`).
    Field(String),
    /// A table that has no usable name, as messages name it (`[[error]] #3`).
    Table(String),
}

impl fmt::Display for Owner {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Code(c) => write!(f, "code `{c}`"),
            Self::Screen(s) => write!(f, "screen `{s}`"),
            Self::Field(n) => write!(f, "field `{n}`"),
            Self::Table(what) => f.write_str(what),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_sink_locates_what_it_reports_in_its_file() {
        let diags = RefCell::new(Vec::new());
        let overlay = Sink::new(&diags, File::Overlay);
        overlay.push(Diagnostic::new(1..2, "a").related("first", 0..1));
        overlay.push_related(Diagnostic::new(3..4, "b").related_in("first", File::Spec, 0..1));
        Sink::new(&diags, File::Spec).push(Diagnostic::new(5..6, "c"));
        let located: Vec<_> = diags
            .into_inner()
            .into_iter()
            .map(|d| (d.message, d.file, d.related_file))
            .collect();
        assert_eq!(
            located,
            [
                ("a".to_owned(), File::Overlay, File::Overlay),
                ("b".to_owned(), File::Overlay, File::Spec),
                ("c".to_owned(), File::Spec, File::Spec),
            ]
        );
    }
}
