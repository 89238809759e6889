//! `link-errors simulate`, checked from outside as a new user would: the binary started on a
//! free port of 127.0.0.1, driven over HTTP (ureq, redirects not followed), on the Flanks spec
//! and on specs with other parameter names, a base URL with a path and query, and none.
//! Links are built with the typed `LinkUrl` and redirects read back with `Callback`, so the
//! simulator is held to what the runtime writes and reads. With the example overlay
//! (`link-errors-app.toml`: English and Spanish), the pages follow `Accept-Language`.

mod common;

use std::process::Command;

use common::Sim;
use link_errors::{Callback, LinkUrl, Reported, Rollback};
use link_errors_testing::{Reply, agent};

#[link_errors::spec("../link-errors-spec.toml")]
enum Flanks {}

#[link_errors::spec("../link-errors-spec.toml", overlay = "../link-errors-app.toml")]
enum FlanksApp {}

#[link_errors::spec("tests/fixtures/renamed_no_url.toml")]
enum Renamed {}

#[link_errors::spec("tests/fixtures/scopes.toml")]
enum Scopes {}

const CALLBACK: &str = "http://127.0.0.1:9/callback";

fn get(url: &str) -> Reply {
    get_in(url, None)
}

/// `url`, asking for `accept_language` when given (no `Accept-Language` header otherwise).
fn get_in(url: &str, accept_language: Option<&str>) -> Reply {
    let headers = accept_language.map(|l| ("accept-language", l));
    link_errors_testing::get(&agent(), url, headers.as_slice())
}

/// The `href` of the element with `id`, HTML-unescaped (the simulator writes `&amp;`).
fn href(body: &str, id: &str) -> Option<String> {
    let at = body.find(&format!("id=\"{id}\""))?;
    let tag_start = body[..at].rfind('<')?;
    let tag = &body[tag_start..tag_start + body[tag_start..].find('>')?];
    let h = &tag[tag.find("href=\"")? + 6..];
    Some(h[..h.find('"')?].replace("&amp;", "&"))
}

/// Chooses `outcome` (an element id) on the link page of `link`; the reply to that choice.
fn choose(sim: &Sim, link: &str, outcome: &str) -> Reply {
    let page = get(link);
    assert_eq!(page.status, 200, "{}", page.body);
    let h = href(&page.body, outcome).unwrap_or_else(|| panic!("no {outcome}: {}", page.body));
    get(&format!("{}{h}", sim.origin))
}

fn flanks_link(rollback: Rollback<Flanks>, sim: &Sim) -> String {
    let url = LinkUrl::<Flanks>::new("tok en")
        .rollback(rollback)
        .param("state", "a b&c=d/é")
        .param("user", "42")
        .param("state", "twice")
        .build()
        .unwrap();
    sim.local(&url)
}

const EXTRA: &str = "state=a+b%26c%3Dd%2F%C3%A9&user=42&state=twice";

#[test]
fn flanks_rollback_list() {
    let sim = Sim::start("../link-errors-spec.toml", CALLBACK);
    assert!(sim.page.ends_with("/link"), "{}", sim.page);
    let r = Rollback::only([Flanks::InvalidCredentials, Flanks::InvalidSca]);
    let link = flanks_link(r, &sim);

    // The page offers every outcome.
    let page = get(&link);
    assert_eq!(page.status, 200);
    for id in Flanks::CODES.iter().chain(&["success", "INVALID_LINK"]) {
        assert!(href(&page.body, id).is_some(), "{id}: {}", page.body);
    }
    assert!(page.body.contains("a b&amp;c=d/é"), "{}", page.body);

    // A listed code: 303 to the redirect URI, the error, then the extras in order.
    for code in [Flanks::InvalidCredentials, Flanks::InvalidSca] {
        let reply = choose(&sim, &link, code.code());
        assert_eq!(reply.status, 303);
        let location = reply.header("location").unwrap();
        assert_eq!(
            location,
            format!("{CALLBACK}?error={}&{EXTRA}", code.code())
        );
        let back = Callback::<Flanks>::parse(location).unwrap();
        assert_eq!(back.error(), Some(&Reported::Known(code)));
        assert_eq!(back.extra()[0], ("state".into(), "a b&c=d/é".into()));
    }

    // Success: the extras and no error.
    let reply = choose(&sim, &link, "success");
    assert_eq!(reply.status, 303);
    assert_eq!(
        reply.header("location").unwrap(),
        format!("{CALLBACK}?{EXTRA}")
    );

    // Not listed: its screen (title and text), no EXIT (ABORTED_BY_USER is not listed).
    let reply = choose(&sim, &link, "CREDENTIALS_ALREADY_EXIST");
    assert_eq!(reply.status, 200);
    assert!(reply.body.contains("<h1>Duplicated credentials</h1>"));
    assert!(reply.body.contains("<p>To avoid session collisions"));
    assert!(reply.body.contains("<p>If you want the user"), "paragraphs");
    assert!(href(&reply.body, "exit").is_none());
    // No screen text: the message.
    let reply = choose(&sim, &link, "INTERNAL_ERROR");
    assert!(
        reply
            .body
            .contains("An unexpected error from the Flanks API.")
    );
}

#[test]
fn flanks_exit_button() {
    let sim = Sim::start("../link-errors-spec.toml", CALLBACK);
    let r = Rollback::only([Flanks::InvalidSca, Flanks::AbortedByUser]);
    let link = flanks_link(r, &sim);
    for code in ["INTERNAL_ERROR", "INVALID_CREDENTIALS", "INVALID_LINK"] {
        let screen = choose(&sim, &link, code);
        assert_eq!(screen.status, 200, "{code}");
        let exit = href(&screen.body, "exit").unwrap_or_else(|| panic!("{code}: no EXIT"));
        let reply = get(&format!("{}{exit}", sim.origin));
        assert_eq!(reply.status, 303);
        assert_eq!(
            reply.header("location").unwrap(),
            format!("{CALLBACK}?error=ABORTED_BY_USER&{EXTRA}")
        );
    }
    // A listed code still goes straight back.
    let reply = choose(&sim, &link, "INVALID_SCA");
    assert_eq!(reply.status, 303);
}

#[test]
fn flanks_all_and_none() {
    let sim = Sim::start(
        "../link-errors-spec.toml",
        "http://127.0.0.1:9/cb?app=1#top",
    );
    let all = flanks_link(Rollback::all(), &sim);
    assert!(all.contains("rollback=true"));
    for code in Flanks::CODES {
        let reply = choose(&sim, &all, code);
        assert_eq!(reply.status, 303, "{code}");
        assert_eq!(
            reply.header("location").unwrap(),
            format!("http://127.0.0.1:9/cb?app=1&error={code}&{EXTRA}#top")
        );
    }
    // Under `true` the EXIT button is armed: only screens without a code can show it.
    let screen = choose(&sim, &all, "INVALID_LINK");
    assert!(href(&screen.body, "exit").is_some());

    let none = flanks_link(Rollback::none(), &sim);
    assert!(!none.contains("rollback"));
    for code in Flanks::CODES {
        let reply = choose(&sim, &none, code);
        assert_eq!(reply.status, 200, "{code}");
        assert!(href(&reply.body, "exit").is_none(), "{code}");
    }
    let reply = choose(&sim, &none, "success");
    assert_eq!(
        reply.header("location").unwrap(),
        format!("http://127.0.0.1:9/cb?app=1&{EXTRA}#top")
    );
}

/// A space separator travels as `+`, and the simulator reads `rollback=A+B` as the two codes.
#[test]
fn space_separated_rollback() {
    let sim = Sim::start("tests/fixtures/scopes.toml", CALLBACK);
    let url = LinkUrl::<Scopes>::new("t")
        .rollback(Rollback::only([Scopes::Expired, Scopes::Denied]))
        .build()
        .unwrap();
    assert!(url.ends_with("rollback=DENIED+EXPIRED"), "{url}");
    for link in [sim.local(&url), sim.local(&url.replace('+', "%20"))] {
        for (code, status) in [("DENIED", 303), ("EXPIRED", 303), ("FAILED", 200)] {
            assert_eq!(choose(&sim, &link, code).status, status, "{code} {link}");
        }
    }
}

#[test]
fn invalid_links_and_bad_requests() {
    let sim = Sim::start("../link-errors-spec.toml", CALLBACK);
    let invalid = "Invalid provided link, please generate a new one.";
    for query in [
        "",
        "?rollback=INVALID_SCA",
        "?token=",
        "?token=x&rollback=INVALID_SAC",
    ] {
        let reply = get(&format!("{}{query}", sim.page));
        assert_eq!(reply.status, 400, "{query}");
        assert!(reply.body.contains(invalid), "{query}: {}", reply.body);
    }
    // The same from an outcome link: the link is read again there.
    let reply = get(&format!(
        "{}/_simulate/error/INVALID_SCA?rollback=true",
        sim.origin
    ));
    assert!(reply.body.contains(invalid));
    let reply = get(&format!("{}?token=x&rollback=NOPE%3Cb%3E", sim.page));
    assert!(reply.body.contains("NOPE&lt;b&gt;"), "{}", reply.body);

    for (query, why) in [
        ("?token=%zz", "malformed"),
        ("?token=a&token=b", "`token` more than once"),
        (
            "?token=a&rollback=true&rollback=true",
            "`rollback` more than once",
        ),
        (
            "?token=a&error=INVALID_SCA",
            "only the redirect back carries",
        ),
    ] {
        let reply = get(&format!("{}{query}", sim.page));
        assert_eq!(reply.status, 400, "{query}");
        assert!(reply.body.contains("<h1>Bad request</h1>"), "{query}");
        assert!(reply.body.contains(why), "{query}: {}", reply.body);
    }

    // Escaped: a value with markup is text on the page.
    let reply = get(&format!(
        "{}?token=%3Cscript%3Ex&x=%22%3E%3Cimg%3E",
        sim.page
    ));
    assert!(reply.body.contains("&lt;script&gt;x"), "{}", reply.body);
    assert!(!reply.body.contains("<img>") && !reply.body.contains("<script>x"));

    for path in ["error/%FF", "screen/%FF"] {
        let reply = get(&format!("{}/_simulate/{path}?token=x", sim.origin));
        assert_eq!(reply.status, 400, "{path}");
        assert!(
            reply.body.contains("<h1>Bad request</h1>"),
            "{}",
            reply.body
        );
    }
    let reply = get(&format!("{}/_simulate/error/NOPE?token=x", sim.origin));
    assert_eq!(reply.status, 404);
    assert!(reply.body.contains("no code <code>NOPE</code>"));
    assert_eq!(get(&format!("{}/elsewhere", sim.origin)).status, 404);
}

#[test]
fn other_parameter_names_and_no_url() {
    let sim = Sim::start("tests/fixtures/renamed_no_url.toml", CALLBACK);
    assert!(sim.page.ends_with("/link"), "no [link] url: /link");
    let link = |r: Rollback<Renamed>| {
        let url = LinkUrl::<Renamed>::new("k")
            .base(sim.page.clone())
            .rollback(r)
            .param("s", "1")
            .build()
            .unwrap();
        assert!(url.contains("key=k"), "{url}");
        url
    };
    let listed = link(Rollback::only([Renamed::Denied, Renamed::Quit]));
    assert!(listed.contains("redirect_on=denied%7Cquit"), "{listed}");
    let reply = choose(&sim, &listed, "denied");
    assert_eq!(
        reply.header("location").unwrap(),
        format!("{CALLBACK}?reason=denied&s=1")
    );
    let screen = choose(&sim, &listed, "expired");
    assert!(screen.body.contains("Your session expired."));
    let exit = href(&screen.body, "exit").unwrap();
    let reply = get(&format!("{}{exit}", sim.origin));
    assert_eq!(
        reply.header("location").unwrap(),
        format!("{CALLBACK}?reason=quit&s=1")
    );
    let screen = choose(&sim, &listed, "MAINTENANCE");
    assert!(screen.body.contains("<h1>Down for maintenance</h1>"));

    // An alias and the all-value, as the runtime reads them.
    let aliased = format!("{}?key=k&redirect_on=left", sim.page);
    assert_eq!(choose(&sim, &aliased, "quit").status, 303);
    let all = link(Rollback::all());
    assert!(all.contains("redirect_on=*"), "{all}");
    assert_eq!(choose(&sim, &all, "expired").status, 303);

    // No token: the spec has no INVALID_LINK screen, so a generic one.
    let reply = get(&format!("{}?token=k", sim.page));
    assert_eq!(reply.status, 400);
    assert!(reply.body.contains("no `key` parameter"), "{}", reply.body);
}

#[test]
fn base_url_with_path_and_query() {
    // `[link] url = "https://connect.example/start?v=2"`: served at /start; `v` is the page's.
    let sim = Sim::start("tests/fixtures/custom_param.toml", CALLBACK);
    assert!(sim.page.ends_with("/start"), "{}", sim.page);
    let link = format!("{}?v=2&key=k&redirect_on=*&s=1", sim.page);
    let reply = choose(&sim, &link, "DENIED");
    assert_eq!(
        reply.header("location").unwrap(),
        format!("{CALLBACK}?reason=DENIED&s=1")
    );
}

#[test]
fn bad_arguments() {
    let run = |args: &[&str]| {
        Command::new(env!("CARGO_BIN_EXE_link-errors"))
            .arg("simulate")
            .args(args)
            .current_dir(env!("CARGO_MANIFEST_DIR"))
            .output()
            .unwrap()
    };
    let spec = "../link-errors-spec.toml";
    let out = run(&[
        spec,
        "--redirect-uri",
        "ftp://x/cb",
        "--addr",
        "127.0.0.1:0",
    ]);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(
        err.contains("--redirect-uri `ftp://x/cb`: it must start with `http://` or `https://`"),
        "{err}"
    );
    // The rule of a link's base: a port out of range is refused before the server starts.
    let out = run(&[
        spec,
        "--redirect-uri",
        "http://127.0.0.1:99999/cb",
        "--addr",
        "127.0.0.1:0",
    ]);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(
        err.contains("its port is not a number from 0 to 65535"),
        "{err}"
    );
    let out = run(&[
        spec,
        "--overlay",
        "no/such.toml",
        "--redirect-uri",
        CALLBACK,
    ]);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(
        err.starts_with("error: cannot read overlay file `no/such.toml`: "),
        "{err}"
    );
    // An overlay with problems: each rendered at its place in the overlay, as `check` does,
    // and no server.
    let (shop, broken) = (
        "tests/fixtures/shop.toml",
        "tests/fixtures/shop-app-broken.toml",
    );
    let out = run(&[shop, "--overlay", broken, "--redirect-uri", CALLBACK]);
    assert_eq!(out.status.code(), Some(1));
    assert!(out.stdout.is_empty(), "no link page");
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(
        err.contains(" --> tests/fixtures/shop-app-broken.toml:4:8\n"),
        "{err}"
    );
    assert!(err.contains("did you mean `card_declined`?"), "{err}");
    assert!(err.ends_with(&format!(
        "error: spec `{shop}` with overlay `{broken}` has 2 problems\n"
    )));
    let out = run(&[spec]);
    assert_eq!(out.status.code(), Some(2), "--redirect-uri is required");
    let out = run(&["tests/fixtures/broken.toml", "--redirect-uri", CALLBACK]);
    assert_eq!(out.status.code(), Some(1));
    let busy = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = busy.local_addr().unwrap().to_string();
    let out = run(&[spec, "--redirect-uri", CALLBACK, "--addr", &addr]);
    assert_eq!(out.status.code(), Some(2));
}

/// The `<html lang>` of a page.
fn page_lang(body: &str) -> &str {
    let at = body.find("<html lang=\"").unwrap() + 12;
    &body[at..at + body[at..].find('"').unwrap()]
}

#[test]
fn overlay_translations_follow_accept_language() {
    let sim = Sim::start_with(
        &[
            "../link-errors-spec.toml",
            "--overlay",
            "../link-errors-app.toml",
        ],
        CALLBACK,
    );
    assert_eq!(FlanksApp::LOCALES, ["en", "es"]);
    let url = LinkUrl::<FlanksApp>::new("t")
        .rollback(Rollback::only([FlanksApp::AbortedByUser]))
        .param("state", "s")
        .build()
        .unwrap();
    let link = sim.local(&url);
    let code = FlanksApp::CredentialsAlreadyExist;
    let no_screen = FlanksApp::InternalError;
    let open = |path: &str, lang: Option<&str>| {
        let r = get_in(&format!("{}{path}", sim.origin), lang);
        // Every page, in any language, says in English what serves it.
        assert!(
            r.status == 303 || r.body.contains("<p class=\"banner\" lang=\"en\">"),
            "{}",
            r.body
        );
        r
    };
    let outcome = |id: &str, lang: Option<&str>| {
        let page = get_in(&link, lang);
        assert_eq!(page.status, 200, "{}", page.body);
        open(&href(&page.body, id).unwrap(), lang)
    };
    // Spanish, English, and a language the overlay lacks (the first locale); each as the
    // generated `_in` methods give the texts, after `negotiate`.
    for (header, want) in [
        (Some("es"), "es"),
        (Some("es-ES,es;q=0.9,en;q=0.8"), "es"),
        (Some("fr-CA, es;q=0.5"), "es"),
        (Some("en"), "en"),
        (None, "en"),
        (Some("fr"), "en"),
        (Some("*"), "en"),
    ] {
        let tag = link_errors::negotiate(header.unwrap_or(""), FlanksApp::LOCALES);
        assert_eq!(tag, want);
        let ctx = format!("{header:?}");

        // The link page: each outcome with its message.
        let page = get_in(&link, header);
        assert_eq!(page_lang(&page.body), want, "{ctx}");
        assert_eq!(page.header("vary"), Some("accept-language"), "{ctx}");
        assert!(
            page.body.contains(&format!(
                "<span class=\"text\" lang=\"{want}\">{}</span>",
                code.message_in(tag)
            )),
            "{ctx}: {}",
            page.body
        );
        // A code not covered: its screen's title and text.
        let screen = outcome(code.code(), header);
        assert_eq!(screen.status, 200, "{ctx}");
        assert_eq!(page_lang(&screen.body), want, "{ctx}");
        let title = code.screen_title_in(tag).unwrap();
        assert!(
            screen.body.contains(&format!("<h1>{title}</h1>")),
            "{ctx}: {}",
            screen.body
        );
        let text = code.screen_text_in(tag).unwrap();
        let first = text.split("\n\n").next().unwrap();
        assert!(screen.body.contains(first), "{ctx}: {}", screen.body);
        // EXIT still leads back with ABORTED_BY_USER, whatever the language.
        let exit = open(&href(&screen.body, "exit").unwrap(), header);
        assert_eq!(
            exit.header("location"),
            Some(&*format!("{CALLBACK}?error=ABORTED_BY_USER&state=s"))
        );
        // A code without screen texts: its message.
        let screen = outcome(no_screen.code(), header);
        assert!(
            screen.body.contains(no_screen.message_in(tag)),
            "{ctx}: {}",
            screen.body
        );
        // The invalid link, from the link page and as an outcome.
        let invalid = match want {
            "es" => "El enlace proporcionado no es válido; genera uno nuevo.",
            _ => "Invalid provided link, please generate a new one.",
        };
        for path in [
            sim.page[sim.origin.len()..].to_owned(),
            href(&get(&link).body, "INVALID_LINK").unwrap(),
        ] {
            let path = if path.contains("/_simulate/") {
                path
            } else {
                format!("{path}?rollback=true")
            };
            let r = open(&path, header);
            assert_eq!(page_lang(&r.body), want, "{ctx}: {path}");
            assert!(
                r.body.contains(&format!("<p>{invalid}</p>")),
                "{ctx}: {path}: {}",
                r.body
            );
        }
    }
    // Fixed texts stay English (a bad request is no link's).
    let bad = get_in(&format!("{}?token=a&token=b", sim.page), Some("es"));
    assert_eq!(bad.status, 400);
    assert_eq!(page_lang(&bad.body), "en");
}

#[test]
fn without_an_overlay_pages_are_as_written() {
    let sim = Sim::start("../link-errors-spec.toml", CALLBACK);
    let link = flanks_link(Rollback::none(), &sim);
    for header in [None, Some("es")] {
        let page = get_in(&link, header);
        assert_eq!(page_lang(&page.body), "en");
        assert_eq!(page.header("vary"), None, "one language: nothing varies");
        assert!(
            page.body.contains("The provided credentials are invalid."),
            "{}",
            page.body
        );
        let h = href(&page.body, "INVALID_CREDENTIALS").unwrap();
        let screen = get_in(&format!("{}{h}", sim.origin), header);
        assert!(
            screen.body.contains("<h1>Invalid credentials</h1>"),
            "{}",
            screen.body
        );
        let invalid = get_in(&sim.page, header);
        assert!(
            invalid
                .body
                .contains("<p>Invalid provided link, please generate a new one.</p>")
        );
    }
}
