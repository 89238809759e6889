//! `link-errors`: the command-line tool for spec work. See `docs/cli.md` and `--help`.
//!
//! Exit status, as `diff(1)` and `grep(1)` have it: 0 success (for `diff`: not breaking),
//! 1 the command found problems (a spec with problems, a malformed redirect, a link that
//! cannot be built; for `diff`: a breaking change), 2 trouble (bad arguments, a file that
//! cannot be read; for `diff`: a spec that cannot be compared).

#![deny(missing_docs)]

use std::fmt::Write as _;
use std::process::ExitCode;

use clap::{Arg, ArgAction, ArgMatches, Command};
use link_errors_codegen::{ProblemCount, Sources, Spec};

mod catalog;
mod codes;
mod diff;
mod protocol;
mod simulate;

/// Why a command stopped: its exit status and what to print on stderr.
#[derive(Debug)]
struct Failure {
    status: u8,
    message: String,
}

impl Failure {
    /// Exit status 1: the command ran and found a problem.
    fn problem(message: impl Into<String>) -> Self {
        Self {
            status: 1,
            message: message.into(),
        }
    }

    /// Exit status 2: bad arguments or an unreadable file.
    fn trouble(message: impl Into<String>) -> Self {
        Self {
            status: 2,
            message: message.into(),
        }
    }
}

/// What a command prints on stdout, and whether it ends with status 1 (`diff`: breaking).
struct Output {
    text: String,
    status: u8,
}

impl From<String> for Output {
    fn from(text: String) -> Self {
        Self { text, status: 0 }
    }
}

fn spec_arg() -> Arg {
    Arg::new("spec")
        .value_name("SPEC")
        .required(true)
        .help("The spec file (TOML)")
}

fn overlay_arg() -> Arg {
    Arg::new("overlay")
        .long("overlay")
        .value_name("OVERLAY")
        .help("An overlay (TOML): fields, locales, values and translations for the spec's codes, as overlay = \"...\" in the macro")
}

fn format_arg(formats: &'static [&'static str]) -> Arg {
    Arg::new("format")
        .long("format")
        .value_name("FORMAT")
        .value_parser(clap::builder::PossibleValuesParser::new(formats))
        .default_value(formats[0])
        .help("Output format")
}

fn cli() -> Command {
    Command::new("link-errors")
        .version(env!("CARGO_PKG_VERSION"))
        .about("Work with a link-errors spec: check it, expand it to Rust, list its codes, build link URLs, decode redirects, diff two versions, simulate the link page")
        .after_help(
            "Exit status: 0 success (diff: not breaking); 1 problems found (diff: breaking);\n\
             2 bad arguments or unreadable files (diff: specs that cannot be compared).",
        )
        .subcommand_required(true)
        .arg_required_else_help(true)
        .subcommands([
            check_command(),
            expand_command(),
            codes_command(),
            url_command(),
            parse_command(),
            simulate_command(),
            diff_command(),
            export_command(),
            schema_command(),
        ])
}

fn export_command() -> Command {
    Command::new("export")
        .about("Write the catalog for a frontend or another language: a TypeScript module or JSON")
        .long_about(
            "Write the catalog (every code with its messages, translations, screens and \
             fields, and the link settings) as one TypeScript module with no dependencies \
             (a union type of the codes, parseLinkError, messageIn, negotiate, one function \
             per field...) or as one JSON document (see `link-errors schema catalog`). The \
             output is deterministic and says that it is generated and from what.",
        )
        .arg(spec_arg())
        .arg(overlay_arg())
        .arg(
            format_arg(&["ts", "json"])
                .required(true)
                .default_value(None),
        )
        .arg(
            Arg::new("name")
                .long("name")
                .value_name("NAME")
                .default_value("LinkError")
                .help("The enum's name: the TypeScript type, and the stem of the other names"),
        )
        .arg(
            Arg::new("output")
                .short('o')
                .long("output")
                .value_name("FILE")
                .help("Write to FILE (only when it changes) instead of stdout"),
        )
}

fn schema_command() -> Command {
    Command::new("schema")
        .about("Print a JSON Schema: of the spec or overlay format (for editors), or of the exported catalog")
        .arg(
            Arg::new("of")
                .value_name("WHAT")
                .required(true)
                .value_parser(clap::builder::PossibleValuesParser::new(
                    link_errors_build::schema::Schema::ALL.map(link_errors_build::schema::Schema::name),
                ))
                .help(
                    "spec or overlay: the TOML files' formats, for editors (taplo's #:schema); \
                     catalog: the document `export --format json` writes",
                ),
        )
}

fn check_command() -> Command {
    Command::new("check")
        .about("Validate specs with the macro's checks; report every problem like rustc")
        .arg(spec_arg().num_args(1..).help("The spec files (TOML)"))
        .arg(overlay_arg())
}

fn expand_command() -> Command {
    Command::new("expand")
        .about("Print the Rust code the macro generates for a spec, formatted")
        .long_about(
            "Print the Rust code #[link_errors::spec] generates for a spec, formatted \
             with prettyplease: the macro, this tool and link-errors-build share one \
             code generator. Without the macro's include_bytes! of the spec, which only \
             serves to rebuild on change. Include the file with include!() in a crate \
             that depends on link-errors.",
        )
        .arg(spec_arg())
        .arg(overlay_arg())
        .arg(
            Arg::new("name")
                .long("name")
                .value_name("NAME")
                .default_value("LinkError")
                .help("The enum's name, or a whole declaration such as 'pub(crate) enum Codes {}'"),
        )
}

fn codes_command() -> Command {
    Command::new("codes")
        .about("List every code: message, on-screen title and text, fields, rollback behaviour")
        .arg(spec_arg())
        .arg(overlay_arg())
        .arg(
            Arg::new("locale")
                .long("locale")
                .value_name("LOCALE")
                .help("Show the texts in this locale (looked up as the _in methods do); json lists every locale anyway"),
        )
        .arg(format_arg(&["table", "markdown", "json"]))
}

fn url_command() -> Command {
    Command::new("url")
        .about("Build the link URL for a token, as LinkUrl does")
        .arg(spec_arg())
        .arg(
            Arg::new("token")
                .long("token")
                .value_name("TOKEN")
                .required(true)
                .help("The link token"),
        )
        .arg(
            Arg::new("rollback")
                .long("rollback")
                .value_name("CODES|all|none")
                .default_value("none")
                .help(
                    "Errors to redirect: codes (or aliases) separated by commas, 'all' \
                     (or the spec's rollback_all value), or 'none'",
                ),
        )
        .arg(
            Arg::new("param")
                .long("param")
                .value_name("NAME=VALUE")
                .action(ArgAction::Append)
                .help("An extra parameter, sent back on the redirect (repeatable, order kept)"),
        )
        .arg(
            Arg::new("base")
                .long("base")
                .value_name("URL")
                .help("The link page's URL, instead of the spec's [link] url"),
        )
}

fn parse_command() -> Command {
    Command::new("parse")
        .about("Decode what arrived at the redirect URI, as Callback::parse does")
        .arg(spec_arg())
        .arg(
            Arg::new("url")
                .value_name("URL")
                .required(true)
                .help("A full URL, a path with a query, or the query alone"),
        )
        .arg(format_arg(&["text", "json"]))
}

fn simulate_command() -> Command {
    Command::new("simulate")
        .about("Serve a local stand-in for the link page, driven by the spec")
        .long_about(
            "Serve a local stand-in for the vendor's link page, driven by the spec: \
             the link page at the path of [link] url (/link without one) offers every \
             outcome; codes the link's rollback covers redirect to --redirect-uri with \
             the error and the link's extra parameters, others show their screen (with \
             EXIT when armed). Runs until stopped (Ctrl-C).",
        )
        .arg(spec_arg())
        .arg(overlay_arg().help(
            "An overlay (TOML), as overlay = \"...\" in the macro: with locales, the \
             pages show the spec's texts in the language the browser asks for",
        ))
        .arg(
            Arg::new("redirect-uri")
                .long("redirect-uri")
                .value_name("URL")
                .required(true)
                .help("The application's redirect URI, where outcomes are sent"),
        )
        .arg(
            Arg::new("addr")
                .long("addr")
                .value_name("HOST:PORT")
                .default_value("127.0.0.1:3001")
                .help("Where to listen (port 0: any free port, printed on start)"),
        )
}

fn diff_command() -> Command {
    Command::new("diff")
        .about("Compare two versions of a spec; exit 1 if the change breaks exhaustive matches")
        .long_about(
            "Compare two versions of a spec: codes added, removed, renamed (same \
             message, new code), and codes whose variant, text or settings changed. \
             The change is breaking when the enum's set of variants changes (a variant \
             added, removed or renamed): users' exhaustive matches stop compiling. \
             Exit status 0: not breaking; 1: breaking; 2: a spec could not be read or \
             has problems.",
        )
        .arg(
            Arg::new("old")
                .value_name("OLD")
                .required(true)
                .help("The old spec"),
        )
        .arg(
            Arg::new("new")
                .value_name("NEW")
                .required(true)
                .help("The new spec"),
        )
        .arg(overlay_arg().help(
            "The application's overlay: compared with both specs, it tells which codes \
             of the new spec lack a value or a translation it requires",
        ))
        .arg(format_arg(&["text", "json"]))
}

fn main() -> ExitCode {
    let matches = cli().get_matches();
    let result = match matches.subcommand() {
        Some(("check", m)) => check(m),
        Some(("expand", m)) => expand(m),
        Some(("codes", m)) => with_spec(m, |spec, _| {
            let locale = m.get_one::<String>("locale").map(String::as_str);
            Ok(codes::run(spec, arg(m, "format"), locale))
        }),
        Some(("url", m)) => with_spec(m, |spec, _| protocol::url(spec, m)),
        Some(("parse", m)) => with_spec(m, |spec, _| protocol::parse(spec, m)),
        Some(("simulate", m)) => {
            load(arg(m, "spec"), overlay(m)).and_then(|(_, spec)| simulate::run(spec, m))
        }
        Some(("diff", m)) => diff::run(arg(m, "old"), arg(m, "new"), overlay(m), arg(m, "format")),
        Some(("export", m)) => catalog::export(m),
        Some(("schema", m)) => Ok(catalog::schema(arg(m, "of")).into()),
        _ => unreachable!("clap requires a subcommand"),
    };
    match result {
        Ok(out) => {
            print!("{}", out.text);
            ExitCode::from(out.status)
        }
        Err(f) => {
            eprint!("{}", f.message);
            if !f.message.ends_with('\n') {
                eprintln!();
            }
            ExitCode::from(f.status)
        }
    }
}

/// A string argument that clap guarantees (required or defaulted).
///
/// # Panics
/// If the command has no such argument (a misspelt name) or it has no value (an argument
/// neither required nor defaulted): a bug here, not the user's mistake. The tests below hold
/// every name read to an argument of the commands.
fn arg<'a>(m: &'a ArgMatches, name: &str) -> &'a str {
    match m.try_get_one::<String>(name) {
        Ok(Some(value)) => value,
        _ => panic!(
            "argument `{name}` is not a required or defaulted string argument of this command"
        ),
    }
}

/// The `--overlay` argument, where the command has one.
fn overlay(m: &ArgMatches) -> Option<&str> {
    m.try_get_one::<String>("overlay")
        .ok()
        .flatten()
        .map(String::as_str)
}

fn read_file(path: &str, kind: &str) -> Result<String, Failure> {
    std::fs::read_to_string(path)
        .map_err(|e| Failure::trouble(format!("error: cannot read {kind} file `{path}`: {e}")))
}

fn read(path: &str) -> Result<String, Failure> {
    read_file(path, "spec")
}

/// Every problem rendered like rustc's, blank-line separated, and a closing line.
fn render_problems(
    sources: &Sources<'_>,
    diagnostics: &[link_errors_codegen::Diagnostic],
) -> String {
    let problems = ProblemCount {
        path: sources.spec.0,
        overlay: sources.overlay.map(|(o, _)| o),
        count: diagnostics.len(),
    };
    format!(
        "{}\nerror: {problems}\n",
        link_errors_codegen::render(diagnostics, sources)
    )
}

/// Reads and checks a spec and its overlay, if any: [`Failure::trouble`] if unreadable,
/// [`Failure::problem`] with every problem rendered if they do not pass the macro's checks.
fn load(path: &str, overlay_path: Option<&str>) -> Result<(String, Spec), Failure> {
    let source = read(path)?;
    let overlay = overlay_path
        .map(|o| read_file(o, "overlay").map(|text| (o, text)))
        .transpose()?;
    let sources = Sources {
        spec: (path, &source),
        overlay: overlay.as_ref().map(|(o, t)| (*o, t.as_str())),
    };
    match Spec::parse_strict(&source, sources.overlay.map(|(_, t)| t)) {
        Ok(spec) => Ok((source, spec)),
        Err(diagnostics) => Err(Failure::problem(render_problems(&sources, &diagnostics))),
    }
}

fn with_spec(
    m: &ArgMatches,
    run: impl FnOnce(&Spec, &str) -> Result<Output, Failure>,
) -> Result<Output, Failure> {
    let path = arg(m, "spec");
    let (_, spec) = load(path, overlay(m))?;
    run(&spec, path)
}

fn check(m: &ArgMatches) -> Result<Output, Failure> {
    let mut ok = String::new();
    let mut problems = String::new();
    let mut status = 0;
    for path in m.get_many::<String>("spec").into_iter().flatten() {
        match load(path, overlay(m)) {
            Ok((_, spec)) => {
                let n = spec.errors.len();
                let screens = spec.screens.len();
                let _ = write!(
                    ok,
                    "{path}: ok: {n} code{}, {screens} screen-only error{}",
                    if n == 1 { "" } else { "s" },
                    if screens == 1 { "" } else { "s" },
                );
                if !spec.fields.is_empty() {
                    let names: Vec<_> = spec.fields.iter().map(|f| f.name.as_str()).collect();
                    let _ = write!(ok, ", fields {}", names.join(", "));
                }
                if !spec.locales.is_empty() {
                    let _ = write!(ok, ", locales {}", spec.locales.join(", "));
                }
                ok.push('\n');
            }
            Err(f) => {
                status = status.max(f.status);
                problems.push_str(&f.message);
            }
        }
    }
    if status == 0 {
        Ok(ok.into())
    } else {
        print!("{ok}");
        Err(Failure {
            status,
            message: problems,
        })
    }
}

fn expand(m: &ArgMatches) -> Result<Output, Failure> {
    let path = arg(m, "spec");
    let source = read(path)?;
    let code = match overlay(m) {
        Some(o) => {
            let text = read_file(o, "overlay")?;
            link_errors_build::expand_overlaid(&source, path, &text, o, arg(m, "name"))
        }
        None => link_errors_build::expand(&source, path, arg(m, "name")),
    };
    match code {
        Ok(code) => Ok(code.into()),
        Err(link_errors_build::Error::Spec {
            rendered, count, ..
        }) => {
            let problems = ProblemCount {
                path,
                overlay: overlay(m),
                count,
            };
            Err(Failure::problem(format!("{rendered}\nerror: {problems}\n")))
        }
        Err(e) => Err(Failure::trouble(format!("error: {e}"))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// clap's own checks of the definition: ids, value names, defaults against possible values.
    #[test]
    fn the_command_line_is_well_formed() {
        cli().debug_assert();
    }

    /// Every argument name the commands read exists: each `arg(m, "...")` and
    /// `get_one`/`get_many`/`try_get_one::<...>("...")` in the CLI's sources names an argument
    /// some command defines. (In a release build clap does not check ids when reading.)
    #[test]
    fn every_name_read_is_an_argument() {
        let defined: Vec<String> = cli()
            .get_subcommands()
            .flat_map(Command::get_arguments)
            .map(|a| a.get_id().to_string())
            .collect();
        let sources = [
            include_str!("main.rs"),
            include_str!("protocol.rs"),
            include_str!("simulate.rs"),
            include_str!("codes.rs"),
            include_str!("diff.rs"),
            include_str!("catalog.rs"),
        ];
        let mut read = Vec::new();
        for source in sources {
            // The code, not its tests.
            let source = source.split("#[cfg(test)]").next().unwrap();
            for opener in ["arg(m, \"", ">(\""] {
                for (at, _) in source.match_indices(opener) {
                    let rest = &source[at + opener.len()..];
                    read.push(&rest[..rest.find('"').unwrap()]);
                }
            }
        }
        // The scan finds the reads: more names than the commands share (spec, format, ...).
        assert!(read.len() >= 15, "{read:?}");
        for name in read {
            assert!(
                defined.iter().any(|d| d == name),
                "`{name}` is read but no command defines it (defined: {defined:?})"
            );
        }
    }

    #[test]
    #[should_panic(expected = "argument `fromat`")]
    fn a_misspelt_name_panics() {
        let m = cli().get_matches_from(["link-errors", "codes", "spec.toml"]);
        let (_, m) = m.subcommand().unwrap();
        let _ = arg(m, "fromat");
    }
}
