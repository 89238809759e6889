// `[problem]`: every code, an unknown one and a malformed callback answer as problem details,
// in the locale asked for.
use link_errors::{Callback, Locale, ProblemDetails, Reported};

#[link_errors::spec("specs/problem.toml")]
pub enum Pay {}

fn status_of<E: ProblemDetails>(e: E) -> u16 {
    e.problem("en").status()
}

fn main() {
    let locale = Locale::<Pay>::from_accept_language("es");
    let p = Pay::CardDeclined.problem(&locale);
    assert_eq!((p.status(), p.title()), (402, "Tarjeta rechazada."));
    assert_eq!(status_of(Pay::RateLimited), 429);
    let r = Callback::<Pay>::parse("?error=NEW").unwrap();
    let unknown = r.error().map(|e: &Reported<Pay>| e.problem(&locale)).unwrap();
    assert_eq!((unknown.status(), unknown.code()), (502, Some("NEW")));
}
