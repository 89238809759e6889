//! `link-errors check` and `link-errors url --base` agree on every base URL, and give the
//! expected answer: the cases where the build and the link builder once disagreed (a port out
//! of range or not in digits, a broken IPv6 literal, a link parameter already in the base's
//! query, an upper-case scheme), and good and bad bases around them.

use std::path::{Path, PathBuf};
use std::process::Command;

/// The `[link]` both commands use: the default parameter names and one reserved name.
const LINK: &str = "reserved = [\"lang\"]\n";
const ERRORS: &str =
    "[[error]]\ncode = \"INVALID_SCA\"\nmessage = \"The provided SCA is invalid.\"\n";

/// Each base, and whether it is a valid link page URL.
const CASES: [(&str, bool); 23] = [
    // Once accepted by the build and refused by every link.
    ("https://a.example:99999/link", false),
    ("https://a.example:65536/link", false),
    ("https://a.example:+80/link", false),
    ("https://a.example:8o/link", false),
    ("http://[::1/link", false),
    ("http://[zz::1]/link", false),
    ("https://a.example/link?token=x", false),
    ("https://a.example/link?rollback=true", false),
    // Once refused by the build and accepted by the link builder.
    ("HTTPS://A.EXAMPLE/link", true),
    // Good.
    ("https://a.example/link", true),
    ("http://localhost:8080/link", true),
    ("http://[::1]:8080/link", true),
    ("https://u:p@a.example/link", true),
    ("https://a.example/link?language=en#top", true),
    ("https://a.example:/link", true),
    ("https://a.example/link?q=1&", true),
    // Bad.
    ("ftp://a.example/link", false),
    ("a.example/link", false),
    ("https:///link", false),
    ("https://a b.example/link", false),
    ("https://a.example/link?lang=en", false),
    ("https://a.example/link?error", false),
    ("https://a<b/link", false),
];

/// Writes the spec `name` in the tests' own directory, with `url` as its `[link] url` (as a
/// TOML literal string: no case has a `'`), and gives its path.
fn spec(name: &str, url: Option<&str>) -> String {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("base_url");
    std::fs::create_dir_all(&dir).unwrap();
    let path: PathBuf = dir.join(format!("{name}.toml"));
    let url = url.map(|u| format!("url = '{u}'\n")).unwrap_or_default();
    std::fs::write(&path, format!("[link]\n{url}{LINK}\n{ERRORS}")).unwrap();
    path.to_str().unwrap().to_owned()
}

/// Runs the binary; its exit status and stderr.
fn run(args: &[&str]) -> (Option<i32>, String) {
    let o = Command::new(env!("CARGO_BIN_EXE_link-errors"))
        .args(args)
        .output()
        .expect("the binary runs");
    (o.status.code(), String::from_utf8(o.stderr).unwrap())
}

#[test]
fn check_and_url_agree_on_every_base() {
    let no_url = spec("no_url", None);
    for (i, (base, ok)) in CASES.iter().enumerate() {
        let (check, check_err) = run(&["check", &spec(&format!("case{i}"), Some(base))]);
        let (url, url_err) = run(&["url", &no_url, "--token", "t", "--base", base]);
        let want = Some(i32::from(!*ok));
        assert_eq!(
            (check, url),
            (want, want),
            "{base}\ncheck: {check_err}\nurl: {url_err}"
        );
        if !ok {
            assert!(check_err.contains("invalid `url = "), "{base}: {check_err}");
            assert!(url_err.contains(base), "{base}: {url_err}");
        }
    }
}

/// The build says why, in the link builder's words.
#[test]
fn the_reasons_are_the_link_builders() {
    let port = "https://a.example:99999/link";
    let (_, err) = run(&["check", &spec("port", Some(port))]);
    assert!(
        err.contains(&format!(
            "invalid `url = \"{port}\"`: its port is not a number from 0 to 65535"
        )),
        "{err}"
    );
    let no_url = spec("reasons_no_url", None);
    let (_, err) = run(&["url", &no_url, "--token", "t", "--base", port]);
    assert_eq!(
        err,
        format!(
            "error: invalid base URL `{port}` for the link: its port is not a number from 0 to 65535\n"
        )
    );
    let (_, err) = run(&[
        "check",
        &spec("reserved", Some("https://a.example/link?token=x")),
    ]);
    assert!(
        err.contains("its query already has `token`, a parameter the link sets"),
        "{err}"
    );
}
