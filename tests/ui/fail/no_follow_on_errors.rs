// One spec error, and nothing else: the typo `mesage` is reported once (not also as a missing
// `message`), the entry keeps its variant because its code is valid, and the API exists, so
// the code below compiles as far as the spec allows.
#[link_errors::spec("specs/partly_broken.toml")]
pub enum LinkError {}

fn main() {
    let e = LinkError::InvalidSca;
    assert_eq!(e.code(), "INVALID_SCA");
    let _ = LinkError::from_code("INVALID_SCA");
    let _: Result<LinkError, _> = "X".parse();
    match e {
        LinkError::InvalidSca => {}
        LinkError::Broken => {}
    }
}
