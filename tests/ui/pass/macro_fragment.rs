// The paths may come from a `macro_rules!` fragment, and be written with escapes or raw:
// the attribute reads them as Rust does.
macro_rules! link_errors_from {
    ($spec:literal, $overlay:expr) => {
        #[link_errors::spec($spec, overlay = $overlay)]
        pub enum PaymentError {}
    };
}

link_errors_from!("specs/payments.toml", r"specs/payments-app.toml");

#[link_errors::spec("specs/\x66lanks.\u{74}oml")]
pub enum Escaped {}

fn main() {
    let _ = PaymentError::CardDeclined;
    let _ = Escaped::InvalidCredentials;
}
