// A `one_of` value that is no identifier in UpperCamelCase, two that make the same variant
// and one listed twice: one error each, at the value, and the field's enum and accessor still
// exist, so code that uses them reports nothing more.
#[link_errors::spec("specs/one_of_values.toml")]
pub enum Item {}

fn main() {
    let _: ItemState = Item::A.state();
    let _ = ItemState::NeedsReview.as_str();
}
