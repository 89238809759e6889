//! `link-errors simulate`, checked from outside as a new user would: the binary started on a
//! free port of 127.0.0.1, driven over HTTP (ureq, redirects not followed), on the Flanks spec
//! and on specs with other parameter names, a base URL with a path and query, and none.
//! Links are built with the typed `LinkUrl` and redirects read back with `Redirect`, so the
//! simulator is held to what the runtime writes and reads.

use std::io::{BufRead, BufReader};
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use link_errors::{LinkUrl, Redirect, Reported, Rollback};
use ureq::Agent;

#[link_errors::spec("../link-errors-spec.toml")]
enum Flanks {}

#[link_errors::spec("tests/fixtures/renamed_no_url.toml")]
enum Renamed {}

const CALLBACK: &str = "http://127.0.0.1:9/callback";

/// A running simulator; killed on drop.
struct Sim {
    child: Child,
    /// `http://127.0.0.1:PORT`
    origin: String,
    /// The link page's URL.
    page: String,
}

impl Sim {
    fn start(spec: &str, redirect_uri: &str) -> Self {
        let mut child = Command::new(env!("CARGO_BIN_EXE_link-errors"))
            .args(["simulate", spec, "--redirect-uri", redirect_uri])
            .args(["--addr", "127.0.0.1:0"])
            .current_dir(env!("CARGO_MANIFEST_DIR"))
            .stdout(Stdio::piped())
            .spawn()
            .expect("the binary runs");
        let mut line = String::new();
        BufReader::new(child.stdout.take().unwrap())
            .read_line(&mut line)
            .unwrap();
        let page = line
            .trim()
            .strip_prefix("link page: ")
            .unwrap_or_else(|| panic!("first line: {line:?}"))
            .to_owned();
        let origin = page[..page[7..].find('/').unwrap() + 7].to_owned();
        Self {
            child,
            origin,
            page,
        }
    }

    /// `url` with the simulator's address in place of the spec's.
    fn local(&self, url: &str) -> String {
        let path = &url[url[8..].find('/').unwrap() + 8..];
        format!("{}{path}", self.origin)
    }
}

impl Drop for Sim {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

struct Reply {
    status: u16,
    location: Option<String>,
    body: String,
}

fn get(url: &str) -> Reply {
    let agent: Agent = Agent::config_builder()
        .max_redirects(0)
        .http_status_as_error(false)
        .timeout_global(Some(Duration::from_secs(10)))
        .build()
        .into();
    let mut response = agent.get(url).call().unwrap();
    let location = response
        .headers()
        .get("location")
        .map(|v| v.to_str().unwrap().to_owned());
    Reply {
        status: response.status().as_u16(),
        location,
        body: response.body_mut().read_to_string().unwrap(),
    }
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
        let location = reply.location.unwrap();
        assert_eq!(
            location,
            format!("{CALLBACK}?error={}&{EXTRA}", code.code())
        );
        let back = Redirect::<Flanks>::parse(&location).unwrap();
        assert_eq!(back.error(), Some(&Reported::Known(code)));
        assert_eq!(back.extra()[0], ("state".into(), "a b&c=d/é".into()));
    }

    // Success: the extras and no error.
    let reply = choose(&sim, &link, "success");
    assert_eq!(reply.status, 303);
    assert_eq!(reply.location.unwrap(), format!("{CALLBACK}?{EXTRA}"));

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
            reply.location.unwrap(),
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
            reply.location.unwrap(),
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
        reply.location.unwrap(),
        format!("http://127.0.0.1:9/cb?app=1&{EXTRA}#top")
    );
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
        reply.location.unwrap(),
        format!("{CALLBACK}?reason=denied&s=1")
    );
    let screen = choose(&sim, &listed, "expired");
    assert!(screen.body.contains("Your session expired."));
    let exit = href(&screen.body, "exit").unwrap();
    let reply = get(&format!("{}{exit}", sim.origin));
    assert_eq!(
        reply.location.unwrap(),
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
        reply.location.unwrap(),
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
    assert!(err.contains("--redirect-uri"), "{err}");
    let out = run(&[spec, "--overlay", "x.toml", "--redirect-uri", CALLBACK]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        String::from_utf8(out.stderr)
            .unwrap()
            .contains("not yet supported")
    );
    let out = run(&[spec]);
    assert_eq!(out.status.code(), Some(2), "--redirect-uri is required");
    let out = run(&["tests/fixtures/broken.toml", "--redirect-uri", CALLBACK]);
    assert_eq!(out.status.code(), Some(1));
    let busy = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = busy.local_addr().unwrap().to_string();
    let out = run(&[spec, "--redirect-uri", CALLBACK, "--addr", &addr]);
    assert_eq!(out.status.code(), Some(2));
}
