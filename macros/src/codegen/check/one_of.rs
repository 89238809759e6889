//! `one_of`: each value of a `string` field's list names a variant of the field's enum.

use super::sink::Sink;
use crate::codegen::diag::Diagnostic;
use crate::codegen::one_of::{Unnamed, suggest_value, variant_names};
use crate::codegen::raw::RawField;

/// A `one_of` value is a variant of the field's generated enum, in `UpperCamelCase`: it must make
/// an identifier, and no two values may make the same one (`a-b` and `a_b`), or the enum would
/// not compile. Reported at the value, once per value.
pub(super) fn values_make_variants(out: Sink<'_>, f: &RawField) {
    let (Some(ty), Some(one_of)) = (&f.ty, &f.one_of) else {
        return;
    };
    if ty.value != "string" {
        return;
    }
    let values = &one_of.value;
    let mut strings = Vec::with_capacity(values.len());
    for v in values {
        strings.push(v.value.clone());
    }
    let names = variant_names(&strings);
    for (v, named) in values.iter().zip(&names) {
        let d = match named {
            Ok(_) => continue,
            Err(Unnamed::NotIdent(name)) => Diagnostic::new(
                v.span.clone(),
                format!(
                    "`one_of` value \"{}\" of field `{}` gives the variant name `{name}`, which \
                     is not a Rust identifier",
                    v.value.escape_debug(),
                    f.name.value
                ),
            )
            .help(format!(
                "each value becomes a variant of the field's enum in UpperCamelCase: use a value \
                 that starts with a letter, such as \"{}\"",
                suggest_value(&v.value)
            )),
            Err(Unnamed::Collides(first, name)) => {
                let first = *first;
                if values[first].value == v.value {
                    Diagnostic::new(
                        v.span.clone(),
                        format!(
                            "`one_of` of field `{}` lists \"{}\" twice",
                            f.name.value,
                            v.value.escape_debug()
                        ),
                    )
                    .help("remove one of them")
                } else {
                    Diagnostic::new(
                        v.span.clone(),
                        format!(
                            "`one_of` values \"{}\" and \"{}\" of field `{}` give the same \
                             variant name `{name}`",
                            values[first].value.escape_debug(),
                            v.value.escape_debug(),
                            f.name.value
                        ),
                    )
                    .help("keep one of them, or spell them so that they differ by more than case and separators")
                }
                .related("the first", values[first].span.clone())
            }
        };
        out.push(d);
    }
}
