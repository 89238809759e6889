//! "Did you mean": the one suggester of link-errors, shared with the runtime and the CLI.

pub(crate) use link_errors_wire::suggest::closest;
