//! The main job on the bundled Flanks spec: every code with its message, what the Flanks
//! screen shows for it, and how rollback treats it, with the link that asks for its redirect;
//! and, from the example overlay, what an application tells its user (English and Spanish)
//! and whether the user can retry.
//!
//! Run with `cargo run --example flanks`.

use link_errors::{LinkUrl, Rollback};

/// The Flanks Link error codes, generated from the bundled spec and the example overlay.
#[link_errors::spec("../../link-errors-spec.toml", overlay = "../../link-errors-app.toml")]
pub enum LinkError {}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    println!(
        "{} Flanks Link error codes (link-errors-spec.toml)\n",
        LinkError::COUNT
    );
    for e in LinkError::ALL {
        println!("{}", e.code());
        println!("  message:  {}", e.message());
        println!("  advice:   {} (retry: {})", e.advice(), e.retry());
        println!("            es: {}", e.advice_in("es"));
        match e.screen() {
            Some(screen) => {
                let mut lines = screen.title.into_iter().chain(screen.text.lines());
                println!("  screen:   {}", lines.next().unwrap_or_default());
                for line in lines {
                    println!("            {line}");
                }
            }
            None => println!("  screen:   (the page documents no on-screen text)"),
        }
        let only = Rollback::only([e]);
        let link = LinkUrl::<LinkError>::new("xxx").rollback(only).build()?;
        println!(
            "  rollback: shown on the Flanks screen by default; redirected with rollback=true or"
        );
        println!("            {link}");
        if only.shows_exit_button() {
            println!(
                "            listed, it also puts an EXIT button on every error that is not redirected;"
            );
            println!("            pressing it redirects with error={}", e.code());
        }
        println!();
    }
    for screen in LinkError::SCREEN_ONLY {
        println!("{} (no code)", screen.name);
        println!("  screen:   {}", screen.text);
        println!("  rollback: never redirected\n");
    }
    let all = LinkUrl::<LinkError>::new("xxx")
        .rollback(Rollback::all())
        .build()?;
    println!("Redirect every error: {all}");
    Ok(())
}
