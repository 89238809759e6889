// One spec error, and nothing else: the valid entries still become variants and the API
// exists, so the code below compiles as far as the spec allows.
#[link_errors::spec("specs/partly_broken.toml")]
pub enum LinkError {}

fn main() {
    let e = LinkError::InvalidSca;
    assert_eq!(e.code(), "INVALID_SCA");
    let _ = LinkError::from_code("INVALID_SCA");
    let _: Result<LinkError, _> = "X".parse();
}
