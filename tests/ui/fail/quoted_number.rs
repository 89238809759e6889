// A number written in quotes gets the fix without them; a value out of range is quoted in
// the error. The codes keep their accessor.
#[link_errors::spec("specs/quoted_number.toml")]
pub enum ApiError {}

fn main() {
    let _: u16 = ApiError::Unauthorized.http_status();
}
