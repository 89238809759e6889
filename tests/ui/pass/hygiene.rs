// The expansion uses absolute paths only: it compiles in a crate that shadows the prelude's
// names and the standard crates' names, with variants named like prelude items.
#![no_implicit_prelude]
#![allow(dead_code, non_camel_case_types)]

mod core {}
mod std {}
struct Result;
struct Option;
struct Some;
struct None;
struct Ok;
struct Err;
struct str;
struct usize;
struct u8;
trait Clone {}
trait Copy {}
trait Debug {}
trait Display {}
trait FromStr {}
trait Error {}

/// Codes named `OK`, `SOME`, `NONE`, `ERR`, `RESULT`, `ERROR`.
#[::link_errors::spec("specs/hygiene.toml")]
pub(crate) enum Status {}

fn main() {
    let ok = Status::Ok;
    ::std::assert_eq!(ok.code(), "OK");
    ::std::assert_eq!(Status::from_code("NONE"), ::core::option::Option::Some(Status::None));
    ::std::assert_eq!(Status::ALL.len(), 6);
    let parsed: ::core::result::Result<Status, _> = ::core::str::FromStr::from_str("ERR");
    ::std::assert_eq!(parsed, ::core::result::Result::Ok(Status::Err));
}
