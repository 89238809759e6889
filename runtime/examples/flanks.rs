//! The main job on the bundled Flanks spec: every code with its message, what the Flanks
//! screen shows for it, and how rollback treats it.
//!
//! Run with `cargo run --example flanks`.

use link_errors::ErrorCode;

/// The Flanks Link error codes, generated from the bundled spec.
#[link_errors::spec("../link-errors-spec.toml")]
pub enum LinkError {}

fn main() {
    let exit = LinkError::EXIT_CODE;
    println!(
        "{} Flanks Link error codes ({}):\n",
        LinkError::COUNT,
        "link-errors-spec.toml"
    );
    for e in LinkError::ALL {
        println!("{}", e.code());
        println!("  message:  {}", e.message());
        match e.screen() {
            Some(s) => {
                if let Some(title) = s.title {
                    println!("  screen:   {title}");
                }
                for line in s.text.lines() {
                    println!("            {line}");
                }
            }
            None => println!("  screen:   (no on-screen text in the spec)"),
        }
        let rollback = if Some(e) == exit {
            format!(
                "redirects with `{0}` when listed (rollback={0} or rollback={1}); listed, it also \
                 shows an EXIT button on every error that is not redirected",
                e.code(),
                LinkError::LINK.rollback_all
            )
        } else {
            format!(
                "shown on screen by default; redirected when listed (rollback={0} or rollback={1})",
                e.code(),
                LinkError::LINK.rollback_all
            )
        };
        println!("  rollback: {rollback}\n");
    }
    for s in LinkError::SCREEN_ONLY {
        println!("{} (on screen only, no code)", s.name);
        println!("  screen:   {}", s.text);
        println!("  rollback: never redirected\n");
    }
}
