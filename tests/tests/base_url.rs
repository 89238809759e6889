//! The build and the link builder agree on every base URL: a spec's `[link] url` passes the
//! build's check exactly when `LinkUrl::build` accepts it as a base, for URL-like strings built
//! from good and bad parts (schemes in any case, hosts, IPv6 literals, ports, paths, queries
//! with and without the link's own parameters).

use link_errors::LinkUrl;
use link_errors_codegen::Spec;
use proptest::prelude::*;

/// The link settings of `specs/base_url.toml`.
#[link_errors::spec("specs/base_url.toml")]
pub enum Codes {}

/// The spec of `Codes`, with `url` as its `[link] url`, written as a TOML literal string (the
/// generated URLs have no `'` and no control character).
fn spec_with_url(url: &str) -> String {
    assert!(
        !url.contains('\'') && !url.contains(char::is_control),
        "{url}"
    );
    let source = include_str!("../specs/base_url.toml");
    source.replacen("[link]\n", &format!("[link]\nurl = '{url}'\n"), 1)
}

/// Whether the build accepts `url`; its only problem can be the url's.
fn build_accepts(url: &str) -> bool {
    match Spec::parse_strict(&spec_with_url(url), None) {
        Ok(spec) => {
            assert_eq!(spec.link.url.as_deref(), Some(url));
            true
        }
        Err(diags) => {
            assert_eq!(diags.len(), 1, "{url}: {diags:?}");
            assert!(diags[0].message.contains("url"), "{url}: {diags:?}");
            false
        }
    }
}

fn runtime_accepts(url: &str) -> bool {
    LinkUrl::<Codes>::new("t").base(url).build().is_ok()
}

fn url() -> impl Strategy<Value = String> {
    let scheme = prop_oneof![
        4 => "[hH][tT][tT][pP][sS]?".boxed(),
        1 => Just("ftp".to_owned()).boxed(),
        1 => Just(String::new()).boxed(),
    ];
    let colon = prop_oneof![8 => Just("://"), 1 => Just(":/"), 1 => Just(":")];
    let user = prop_oneof![4 => Just(""), 1 => Just("u:p@"), 1 => Just("@")];
    let host = prop_oneof![
        Just("a.example"),
        Just("A.EXAMPLE"),
        Just("localhost"),
        Just(""),
        Just("[::1]"),
        Just("[2001:db8::7]"),
        Just("[zz::1]"),
        Just("[::1"),
        Just("[:::::]"),
        Just("[::1]x"),
        Just("a<b"),
        Just("a b"),
    ];
    let port = prop_oneof![
        3 => Just(""),
        1 => Just(":"),
        1 => Just(":80"),
        1 => Just(":0"),
        1 => Just(":65535"),
        1 => Just(":65536"),
        1 => Just(":99999"),
        1 => Just(":+80"),
        1 => Just(":8o"),
    ];
    let path = "(/[a-z]{0,3}){0,2}";
    let name = prop_oneof![
        Just("token"),
        Just("rollback"),
        Just("error"),
        Just("lang"),
        Just("q"),
        Just("%74oken"),
        Just("to%ZZ"),
        Just("tokens"),
        Just(""),
    ];
    let pair = (name, prop_oneof![Just(""), Just("=1"), Just("=x+y")])
        .prop_map(|(n, v)| format!("{n}{v}"));
    let query = prop::option::of(prop::collection::vec(pair, 0..3).prop_map(|p| p.join("&")));
    let fragment = prop::option::of("[a-z?=&]{0,4}".boxed());
    (scheme, colon, user, host, port, path, query, fragment).prop_map(
        |(scheme, colon, user, host, port, path, query, fragment)| {
            let mut url = format!("{scheme}{colon}{user}{host}{port}{path}");
            if let Some(q) = query {
                url.push('?');
                url.push_str(&q);
            }
            if let Some(f) = fragment {
                url.push('#');
                url.push_str(&f);
            }
            url
        },
    )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn the_build_accepts_a_url_exactly_when_the_link_builder_does(url in url()) {
        prop_assert_eq!(build_accepts(&url), runtime_accepts(&url), "{}", url);
    }
}

/// The property is not vacuous: each side accepts some bases and refuses others (the full
/// table of cases is the CLI's, `cli/tests/base_url.rs`).
#[test]
fn both_answers_occur() {
    for (url, ok) in [
        ("HTTPS://A.EXAMPLE/link", true),
        ("https://a.example:65536/link", false),
        ("https://a.example/link?lang=en", false),
    ] {
        assert_eq!(
            (build_accepts(url), runtime_accepts(url)),
            (ok, ok),
            "{url}"
        );
    }
}
