// A code with a `.` is quoted wherever a message tells where to write it (`[codes."E.RETRY"]`),
// and an overlay that writes it unquoted (a nested table `[codes.E]` → `TIMEOUT`) is told to
// quote it, once: the code it meant is not also reported for its missing translation.
#[link_errors::spec("specs/dotted_code.toml", overlay = "specs/dotted_code-app.toml")]
pub enum LinkError {}

fn main() {
    let _ = LinkError::ETimeout;
}
