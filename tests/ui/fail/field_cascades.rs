// Field mistakes are one error each, and code that uses what they meant still compiles: a
// type spelt as in another language (`uint16`) suggests `u16` and the accessor exists with
// it; of a text field `advice` and a field `advice_in`, the text field's `advice_in(locale)`
// is kept; an invalid code keeps the variant its name gives (`card declined` →
// `CardDeclined`); a value not in `one_of` suggests the value it begins (`warn` → `warning`);
// a field name that clashes suggests a name no field has.
#[link_errors::spec("specs/field_cascades.toml")]
pub enum LinkError {}

fn main() {
    let e = LinkError::CardDeclined;
    let _: u16 = e.status();
    let _: &str = e.advice_in("es");
    let _: LinkErrorSeverity = e.severity();
    let _ = LinkError::Café.message();
}
