//! The wire rules of `link-errors`: what a code, a link's base URL, the link's parameters and a
//! locale tag may be, how query components are encoded, and the "did you mean" of every error
//! message. Each rule has its home here, in one module, and the three places that apply it
//! call that module:
//!
//! - the build's checks of a spec (`link-errors-codegen`, behind the attribute and build.rs);
//! - the runtime (`link-errors-core`, re-exported by `link-errors`), when it builds links and
//!   reads redirects;
//! - the command-line tool (`link-errors-cli`).
//!
//! So a spec the build accepts is one the runtime works with, and the three say the same.
//!
//! | Module | The rule |
//! |---|---|
//! | [`code`] | the code alphabet and [`MAX_CODE_LEN`](code::MAX_CODE_LEN) |
//! | [`base_url`] | what a link page's base URL may be (scheme, host, port, its query) |
//! | [`link`] | the link's default parameter names and values, and which names are reserved |
//! | [`form`] | `application/x-www-form-urlencoded` encoding and strict decoding |
//! | [`locale`] | locale tag syntax and lookup |
//! | [`suggest`] | the suggester |
//! | [`shown`] | how a value from outside is shown in a message |
//!
//! This is an internal crate of `link-errors`, with no stability promise of its own: depend on
//! `link-errors`. It depends on nothing, so that it adds next to nothing to a cold build.

pub mod base_url;
pub mod code;
pub mod form;
pub mod link;
pub mod locale;
pub mod shown;
pub mod suggest;
