// `type = "float"` suggests `f64` and stands as it; a type with no near match is still
// generated (as a `string` whose values are not checked), so the code calling either accessor
// gets no follow-on error.
#[link_errors::spec("specs/float_types.toml")]
pub enum ApiError {}

fn main() {
    let _: f64 = ApiError::RateLimited.backoff_seconds();
    let _ = ApiError::RateLimited.price();
}
