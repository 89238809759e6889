//! Spec model, validation and code generation behind `link-errors`.
