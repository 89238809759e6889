//! Integration tests of link-errors live in `tests/`.
