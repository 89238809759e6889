// Every problem of a field's value on a code, in one build: the wrong type, out of range,
// not `one_of`, a required field not set (named with the code), and an unknown key with the
// declared fields among the suggestions. A wrong value is not also reported as missing, and
// every code keeps its variant and accessors.
#[link_errors::spec("specs/field_values.toml")]
pub enum ApiError {}

fn main() {
    let _: bool = ApiError::Timeout.retry();
    let _: u16 = ApiError::TooBig.http_status();
    let _: ApiErrorSeverity = ApiError::Gone.severity();
}
