//! What the CLI's HTTP tests share (`simulate.rs`, `browser.rs`): `link-errors simulate`
//! started on a free port of 127.0.0.1. Each test file uses part of it.
#![allow(dead_code)]

use std::io::{BufRead, BufReader};
use std::process::{Child, Command, Stdio};

/// A running simulator; killed on drop.
pub struct Sim {
    child: Child,
    /// `http://127.0.0.1:PORT`
    pub origin: String,
    /// The link page's URL.
    pub page: String,
}

impl Sim {
    /// `link-errors simulate SPEC --redirect-uri REDIRECT_URI` on a free port of 127.0.0.1,
    /// run from the CLI's directory, once it has printed its link page.
    pub fn start(spec: &str, redirect_uri: &str) -> Self {
        Self::start_with(&[spec], redirect_uri)
    }

    /// With more arguments after `simulate`: the spec, then `--overlay FILE`.
    pub fn start_with(args: &[&str], redirect_uri: &str) -> Self {
        let mut child = Command::new(env!("CARGO_BIN_EXE_link-errors"))
            .arg("simulate")
            .args(args)
            .args(["--redirect-uri", redirect_uri])
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
    pub fn local(&self, url: &str) -> String {
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
