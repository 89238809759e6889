// A `one_of` field is an enum: `<Enum><Field>`, a variant per value, `ALL`, `as_str()`,
// `Display`, `FromStr`, serde as the value, and a `const fn` accessor (in an `Option` when the
// field is optional).
#[link_errors::spec("specs/payments.toml", overlay = "specs/payments-app.toml")]
pub enum PayError {}

#[link_errors::spec("specs/one_of_optional.toml")]
pub enum Job {}

const SEVERITY: PayErrorSeverity = PayError::CardDeclined.severity();

fn main() {
    use PayErrorSeverity::{Fatal, Info, Warning};
    assert_eq!(SEVERITY, Warning);
    assert_eq!(PayErrorSeverity::ALL, [Info, Warning, Fatal]);
    assert_eq!(Warning.as_str(), "warning");
    assert_eq!(Fatal.to_string(), "fatal");
    assert_eq!("info".parse::<PayErrorSeverity>(), Ok(Info));
    let err = "Info".parse::<PayErrorSeverity>().unwrap_err();
    assert_eq!((err.field(), err.suggestion()), ("severity", Some("info")));
    assert!(Info < Fatal);
    let copied = Warning;
    let _ = (copied, Warning);
    assert_eq!(format!("{Warning:?}"), "Warning");
    // serde: as the value.
    assert_eq!(serde_json::to_string(&Warning).unwrap(), "\"warning\"");
    assert_eq!(serde_json::from_str::<PayErrorSeverity>("\"fatal\"").unwrap(), Fatal);
    assert!(serde_json::from_str::<PayErrorSeverity>("\"fatl\"").is_err());
    // Optional: `Option<_>`.
    assert_eq!(Job::Stuck.phase(), Some(JobPhase::InReview));
    assert_eq!(Job::Lost.phase(), None);
    assert_eq!(JobPhase::ALL.map(JobPhase::as_str), ["queued", "in-review"]);
}
