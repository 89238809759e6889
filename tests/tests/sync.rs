//! Spec sync, as a user sees it: editing the spec rebuilds the crate that uses it, and a build
//! with no change recompiles nothing (`cargo build -v` reports the crate `Fresh`).
//!
//! Builds a small crate in the target's tmp directory against this workspace's runtime, with
//! the workspace's lock file and `--offline`, in a target directory of its own (so it never
//! waits on the lock of the `cargo test` that runs it).

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

const SPEC_V1: &str = "[[error]]\ncode = \"A\"\nmessage = \"First.\"\n\n[[error]]\ncode = \"B\"\nmessage = \"Second.\"\n";
const SPEC_V2: &str = "\n[[error]]\ncode = \"C\"\nmessage = \"Added by the vendor.\"\n";

struct App {
    dir: PathBuf,
    target: PathBuf,
}

impl App {
    fn create() -> Self {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap();
        let tmp = Path::new(env!("CARGO_TARGET_TMPDIR"));
        let dir = tmp.join("sync-app");
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(dir.join("src")).unwrap();
        let runtime = root.join("runtime");
        let manifest = format!(
            "[package]\nname = \"sync-app\"\nversion = \"0.0.0\"\nedition = \"2024\"\n\n\
             [dependencies]\nlink-errors = {{ path = {:?} }}\n\n[workspace]\n",
            runtime.to_str().unwrap()
        );
        std::fs::write(dir.join("Cargo.toml"), manifest).unwrap();
        std::fs::copy(root.join("Cargo.lock"), dir.join("Cargo.lock")).unwrap();
        std::fs::write(
            dir.join("src/main.rs"),
            "#[link_errors::spec(\"spec.toml\")]\nenum E {}\n\n\
             fn main() {\n    println!(\"{}\", E::CODES.join(\",\"));\n}\n",
        )
        .unwrap();
        std::fs::write(dir.join("spec.toml"), SPEC_V1).unwrap();
        Self {
            dir,
            target: tmp.join("sync-target"),
        }
    }

    /// `cargo build -v`; returns its stderr, which says what was compiled and what was fresh.
    fn build(&self) -> String {
        let out = Command::new(env!("CARGO"))
            .args(["build", "-v", "--offline", "--target-dir"])
            .arg(&self.target)
            .current_dir(&self.dir)
            .env_remove("RUSTFLAGS")
            .output()
            .unwrap();
        let stderr = String::from_utf8(out.stderr).unwrap();
        assert!(out.status.success(), "build failed:\n{stderr}");
        stderr
    }

    fn run(&self) -> String {
        let out = Command::new(self.target.join("debug/sync-app"))
            .output()
            .unwrap();
        String::from_utf8(out.stdout).unwrap().trim().to_owned()
    }
}

#[test]
fn editing_the_spec_rebuilds_and_an_unchanged_build_is_fresh() {
    let app = App::create();
    let first = app.build();
    assert!(first.contains("Compiling sync-app"), "{first}");
    assert_eq!(app.run(), "A,B");

    let again = app.build();
    assert!(
        again.contains("Fresh sync-app"),
        "nothing changed, yet:\n{again}"
    );
    assert!(!again.contains("Compiling sync-app"), "{again}");

    // mtimes decide freshness: make sure the edit is seen as newer than the last build.
    std::thread::sleep(Duration::from_millis(1100));
    let spec = app.dir.join("spec.toml");
    std::fs::write(&spec, format!("{SPEC_V1}{SPEC_V2}")).unwrap();
    let edited = app.build();
    assert!(
        edited.contains("Compiling sync-app"),
        "the spec changed, yet:\n{edited}"
    );
    assert_eq!(app.run(), "A,B,C");

    let settled = app.build();
    assert!(settled.contains("Fresh sync-app"), "{settled}");
}
