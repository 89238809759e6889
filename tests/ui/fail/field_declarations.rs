// Every problem of a `[fields.NAME]` declaration, in one build: names that are not snake_case,
// clash with a built-in key, a generated item or a trait method, or whose `_in` is taken; an
// unknown or missing type; `one_of` off a string; `optional` beside `default`; defaults that
// do not fit. The fields that are fine still get their accessors, and so do a field whose
// unknown type has a suggestion (with that type) and a text field whose `_in` another field
// takes (that other field is the one left out).
#[link_errors::spec("specs/field_declarations.toml")]
pub enum AppError {}

fn main() {
    let _: u8 = AppError::Oops.limit();
    let _: AppErrorColour = AppError::Oops.colour();
    let _: u16 = AppError::Oops.status();
    let _: &str = AppError::Oops.note_in("en");
}
