//! `export` and `schema`: the catalog for the rest of the stack, and the schemas that
//! describe the files.

use clap::ArgMatches;
use link_errors_build::export::Format;
use link_errors_build::schema::Schema;

use link_errors_codegen::ProblemCount;

use crate::{Failure, Output, arg, overlay, read, read_file};

/// The catalog in the chosen format, on stdout or written to `--output`.
pub(crate) fn export(m: &ArgMatches) -> Result<Output, Failure> {
    let path = arg(m, "spec");
    let source = read(path)?;
    let overlay = overlay(m)
        .map(|o| read_file(o, "overlay").map(|text| (o, text)))
        .transpose()?;
    let overlay = overlay.as_ref().map(|(o, t)| (*o, t.as_str()));
    let format = Format::from_name(arg(m, "format")).expect("clap checks the format's name");
    let text =
        link_errors_build::export(&source, path, overlay, arg(m, "name"), format).map_err(|e| {
            match e {
                link_errors_build::Error::Spec {
                    rendered, count, ..
                } => {
                    let problems = ProblemCount {
                        path,
                        overlay: overlay.map(|(o, _)| o),
                        count,
                    };
                    Failure::problem(format!("{rendered}\nerror: {problems}\n"))
                }
                e @ link_errors_build::Error::Item { .. } => {
                    Failure::trouble(format!("error: {e}"))
                }
                e => Failure::problem(format!("error: {e}")),
            }
        })?;
    match m.get_one::<String>("output") {
        None => Ok(text.into()),
        Some(out) => {
            if std::fs::read_to_string(out).ok().as_deref() != Some(text.as_str()) {
                std::fs::write(out, &text)
                    .map_err(|e| Failure::trouble(format!("error: cannot write `{out}`: {e}")))?;
            }
            Ok(String::new().into())
        }
    }
}

/// The JSON Schema named `of`.
pub(crate) fn schema(of: &str) -> String {
    Schema::from_name(of)
        .expect("clap checks the schema's name")
        .json()
}
