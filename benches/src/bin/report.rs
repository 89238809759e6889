//! Writes `BENCHMARKS.md` at the repository root from criterion's estimates
//! (`target/criterion`) and `compile-time.sh`'s results. Run by `run.sh`.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

const INPUTS: f64 = 4096.0;
const SPECS: [(&str, &str); 7] = [
    ("flanks7", "7 (Flanks)"),
    ("varied7", "7 varied"),
    ("fixed7", "7 of 5 chars"),
    ("varied1k", "1,000 varied"),
    ("fixed1k", "1,000 of 5 chars"),
    ("varied10k", "10,000 varied"),
    ("fixed10k", "10,000 of 5 chars"),
];
const KINDS: [&str; 3] = ["hit", "miss", "mixed"];
const COMPETITORS: [&str; 5] = ["link-errors", "match", "strum", "strum-phf", "phf-map"];

/// Median time of one criterion benchmark, in ns per iteration.
fn median(criterion: &Path, group: &str, function: &str) -> Option<f64> {
    let path = criterion
        .join(group)
        .join(function)
        .join("new/estimates.json");
    let json: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(path).ok()?).ok()?;
    json["median"]["point_estimate"].as_f64()
}

fn ns(x: Option<f64>) -> String {
    match x {
        Some(x) if x >= 100.0 => format!("{x:.0}"),
        Some(x) => format!("{x:.1}"),
        None => "–".into(),
    }
}

fn ratio(a: Option<f64>, b: Option<f64>) -> Option<f64> {
    Some(a? / b?)
}

fn x(r: Option<f64>) -> String {
    r.map_or_else(|| "–".into(), |r| format!("{r:.2}x"))
}

fn mark(ok: bool) -> &'static str {
    if ok { "✅" } else { "❌" }
}

#[allow(clippy::too_many_lines)]
fn main() {
    let here = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let criterion = here.join("target/criterion");
    let results =
        std::fs::read_to_string(here.join("target/compile-time/results.tsv")).unwrap_or_default();
    // `results.tsv`: a measurement's kind, subject, optional detail, then its value.
    let mut measured: BTreeMap<(String, String, String), String> = BTreeMap::new();
    for line in results.lines() {
        let fields: Vec<&str> = line.split('\t').collect();
        let (key, value) = match fields.as_slice() {
            [kind, subject, detail, value] => ((*kind, *subject, *detail), *value),
            [kind, subject, value] => ((*kind, *subject, ""), *value),
            _ => continue,
        };
        measured.insert((key.0.into(), key.1.into(), key.2.into()), value.into());
    }
    let get = |kind: &str, subject: &str, detail: &str| {
        measured
            .get(&(kind.into(), subject.into(), detail.into()))
            .cloned()
    };
    let lookup = |spec: &str, kind: &str, who: &str| {
        median(&criterion, &format!("from_code-{spec}-{kind}"), who).map(|t| t / INPUTS)
    };

    let mut md = String::new();
    md.push_str("# Benchmarks\n\n");
    md.push_str(
        "Regenerate everything below with `benches/run.sh` (about 20 minutes on 2 cores; \
         `benches/run.sh --quick` skips the cold builds). The benchmark crate lives in \
         `benches/`, outside the workspace (strum's derive pulls syn 2; the workspace keeps \
         one syn).\n\n",
    );
    let _ = writeln!(
        md,
        "Machine: {}, {} cores; {}. All figures of one table come from one run.\n",
        get("env", "cpu", "").unwrap_or_default(),
        get("env", "cores", "").unwrap_or_default(),
        get("env", "rustc", "").unwrap_or_default(),
    );

    md.push_str("## `from_code`: ns per lookup (median)\n\n");
    md.push_str(
        "Each figure is one pass over 4,096 inputs in random order, divided by 4,096; each pass \
         reads the next 4,096 of a ring of 262,144, so that the branch predictor cannot learn \
         the order (it learns a pass over the same 4,096 inputs, repeated: a string `match` over \
         7 codes of one length then takes 3 ns per hit, against 12 ns). *hit* = codes only, *miss* = near \
         misses only (one character changed, so same length with shared prefix and suffix; for \
         varied lengths also one dropped or two codes spliced), *mixed* = half and half. \
         *7 varied* and *7 of 5 chars* are generated like the larger ones. Varied codes are 2 to 5 words (`ACCOUNT_NOT_FOUND`, ...: 9 to 55 bytes, many sharing \
         prefixes and suffixes); the others are 5 characters, like SQLSTATE. The inputs of a \
         pass lie one after another in one buffer, in reading order: a parser hands \
         `from_code` a string it has just read. Every competitor \
         sits behind one `#[inline(never)]` call, as `from_code` is for a user in another \
         crate; `match` is a hand-written string `match`; `strum` is `EnumString` \
         (`strum-phf` with `#[strum(use_phf)]`); `phf-map` is a `phf::Map` built by \
         `phf_codegen`. All five agree on every input before they are timed.\n\n",
    );
    let _ = writeln!(
        md,
        "| codes | input | {} | match ÷ link-errors | strum ÷ link-errors |",
        COMPETITORS.join(" | ")
    );
    md.push_str("|---|---|---:|---:|---:|---:|---:|---:|---:|\n");
    for (spec, label) in SPECS {
        for kind in KINDS {
            let t: Vec<Option<f64>> = COMPETITORS.iter().map(|c| lookup(spec, kind, c)).collect();
            let _ = writeln!(
                md,
                "| {label} | {kind} | {} | {} | {} |",
                t.iter().map(|t| ns(*t)).collect::<Vec<_>>().join(" | "),
                x(ratio(t[1], t[0])),
                x(ratio(t[2], t[0])),
            );
        }
    }

    md.push_str("\n### Targets, from the table above\n\n");
    md.push_str("| target | measured | |\n|---|---|---|\n");
    for (spec, label) in [
        ("flanks7", "7 (Flanks)"),
        ("varied7", "7 varied"),
        ("fixed7", "7 of 5 chars"),
    ] {
        for kind in KINDS {
            let r = ratio(
                lookup(spec, kind, "link-errors"),
                lookup(spec, kind, "match"),
            );
            let _ = writeln!(
                md,
                "| {label}, {kind}: link-errors at most 1.0x a hand-written `match` | {} | {} |",
                x(r),
                mark(r.is_some_and(|r| r <= 1.0))
            );
        }
    }
    for (spec, label, need) in [
        ("varied1k", "1,000 varied", 4.0),
        ("varied10k", "10,000 varied", 4.0),
        ("fixed1k", "1,000 of one length", 20.0),
        ("fixed10k", "10,000 of one length", 20.0),
    ] {
        for kind in KINDS {
            let r = ratio(
                lookup(spec, kind, "match"),
                lookup(spec, kind, "link-errors"),
            );
            let _ = writeln!(
                md,
                "| {label}, {kind}: at least {need}x faster than `match` | {} | {} |",
                x(r),
                mark(r.is_some_and(|r| r >= need))
            );
        }
    }
    // Per lookup, 10,000 codes against 7: the Flanks spec, and the 7 codes of the same shape.
    for (spec, label, seven, seven_label) in [
        (
            "varied10k",
            "10,000 varied",
            "flanks7",
            "the 7 Flanks codes",
        ),
        ("varied10k", "10,000 varied", "varied7", "7 varied codes"),
        (
            "fixed10k",
            "10,000 of one length",
            "flanks7",
            "the 7 Flanks codes",
        ),
        (
            "fixed10k",
            "10,000 of one length",
            "fixed7",
            "7 codes of 5 chars",
        ),
    ] {
        for kind in KINDS {
            let r = ratio(
                lookup(spec, kind, "link-errors"),
                lookup(seven, kind, "link-errors"),
            );
            let _ = writeln!(
                md,
                "| {label}, {kind}: within 1.5x of {seven_label} per lookup | {} | {} |",
                x(r),
                mark(r.is_some_and(|r| r <= 1.5))
            );
        }
    }
    let worst = SPECS
        .iter()
        .flat_map(|(s, _)| KINDS.iter().map(move |k| lookup(s, k, "link-errors")))
        .flatten()
        .fold(0.0, f64::max);
    let _ = writeln!(
        md,
        "| under 10 ns per lookup at any size | worst {worst:.1} ns | {} |",
        mark(worst < 10.0)
    );
    md.push_str(
        "\nWhere the 10,000 varied codes fall short of the 7 varied. The 10,000 codes are 9 to \
         55 bytes; the 33 past 48 bytes have a table of their own, behind a length test, so \
         that each lookup among the rest loads a pilot and compares three 16-byte chunks of a \
         64-byte row, in a table of 720 KB. The pilot is a load that depends on the input: a \
         perfect hash of thousands of keys must read data chosen by the key (about 1.44 bits \
         per key at least), while 7 keys fit one multiplier held in the code. The 7 varied \
         codes are 19 to 25 bytes: no pilot, two chunks, all in L1. The split below puts most \
         of the gap on that lookup path, little on memory. A lookup is bound by the latency of its chain of \
         dependent steps (the input, the hash, the pilot, the row, the compare) and by how \
         many of its instructions wait on that chain: a core overlaps only two or three \
         lookups, so every cycle and every instruction on the chain shows in the figures. The \
         7 Flanks codes are compared as 8-byte words. Codes of one length, in 8-byte rows, \
         stay close to their 7.\n",
    );
    md.push_str(
        "\nThe gap, split: the 10,000-code table looked up with 7 of its own codes, as long as \
         the 7 varied codes (*on 7*). From *7 varied* to *on 7* only the table changes (its \
         lookup path); from *on 7* to *10,000 varied* only the inputs do (the rows they reach, \
         past L1, and their lengths).\n\n\
         | input | 7 varied | 10,000 varied, on 7 | 10,000 varied | lookup path | memory and lengths |\n\
         |---|---:|---:|---:|---:|---:|\n",
    );
    for kind in KINDS {
        let seven = lookup("varied7", kind, "link-errors");
        let on7 = lookup("varied10k-on7", kind, "link-errors");
        let all = lookup("varied10k", kind, "link-errors");
        let _ = writeln!(
            md,
            "| {kind} | {} | {} | {} | {} | {} |",
            ns(seven),
            ns(on7),
            ns(all),
            x(ratio(on7, seven)),
            x(ratio(all, on7)),
        );
    }

    md.push_str("\n## `code()` and `Display`: ns per call (median)\n\n");
    md.push_str(
        "4,096 codes picked at random; `Display` writes into one reused `String`. strum: \
         `AsRefStr` and `Display` (which writes the code: link-errors writes the message).\n\n",
    );
    md.push_str("| codes | operation | link-errors | strum |\n|---|---|---:|---:|\n");
    for (spec, label) in [("flanks7", "7 (Flanks)"), ("varied10k", "10,000 varied")] {
        for op in ["code", "display"] {
            let g = format!("{op}-{spec}");
            let _ = writeln!(
                md,
                "| {label} | {} | {} | {} |",
                if op == "code" {
                    "`code()` / `as_ref()`"
                } else {
                    "`Display`"
                },
                ns(median(&criterion, &g, "link-errors").map(|t| t / INPUTS)),
                ns(median(&criterion, &g, "strum").map(|t| t / INPUTS)),
            );
        }
    }

    md.push_str("\n### A text in a locale: ns per call (median)\n\n");
    md.push_str(
        "The Flanks codes with `link-errors-app.toml` (English, Spanish), 4,096 picked at \
         random; each call returns a `&'static str` and allocates nothing.\n\n",
    );
    md.push_str("| call | ns | ÷ `message()` |\n|---|---:|---:|\n");
    let message = median(&criterion, "message-flanks7", "message").map(|t| t / INPUTS);
    for (f, label) in [
        ("message", "`message()`"),
        ("message_in-es", "`message_in(\"es\")`"),
        (
            "message_in-es-ES",
            "`message_in(\"es-ES\")` (a subtag dropped)",
        ),
        ("advice_in-es", "`advice_in(\"es\")` (a `text` field)"),
    ] {
        let t = median(&criterion, "message-flanks7", f).map(|t| t / INPUTS);
        let _ = writeln!(md, "| {label} | {} | {} |", ns(t), x(ratio(t, message)));
    }

    md.push_str("\n## `Rollback` and `Callback`: ns per call (median)\n\n");
    md.push_str("| operation | ns |\n|---|---:|\n");
    for (g, f, label) in [
        (
            "rollback-3-codes",
            "link-errors-reused-string",
            "`Rollback::only(3 codes)` formatted into a reused `String` (`write!`)",
        ),
        (
            "rollback-3-codes",
            "link-errors-push-to",
            "the same with `Rollback::push_to` into a reused `String`",
        ),
        (
            "rollback-3-codes",
            "three-push-str",
            "the same three codes with `push_str` (the floor)",
        ),
        (
            "rollback-3-codes",
            "vec-string-join",
            "`Vec<String>` of the codes, then `join(\",\")`",
        ),
        (
            "redirect-parse",
            "link-errors",
            "`Callback::parse` of `https://app.example/callback?error=INVALID_CREDENTIALS&extraparams=value&state=a%20b`",
        ),
        (
            "redirect-parse",
            "url-query-pairs-vec",
            "`url::Url::parse` of the same, `query_pairs()` collected into a `Vec<(String, String)>`",
        ),
    ] {
        let _ = writeln!(md, "| {label} | {} |", ns(median(&criterion, g, f)));
    }

    md.push_str("\n## Compile time\n\n");
    md.push_str(
        "`cargo build` wall time of one crate holding one 10,000-code enum (the *varied* codes \
         above, each with its message as doc), dependencies already built; a clean build of that \
         one crate each time (its artifacts and incremental state removed), median of 3 \
         (`hand` in release: one run, its 10,000-arm match takes minutes in LLVM; \
         `benches/compile-time.sh`). `strum`: the \
         enum with strum's `EnumString`, `Display`, `AsRefStr` and `EnumIter` derives; \
         `hand`: the enum with a hand-written `FromStr` (string `match`), `code()`, `message()` \
         and `Display`. The link-errors enum has all of that and more (`ALL`, `CODES`, \
         aliases, screens, `ErrorCode`, the perfect hash). `+ fields`: the same link-errors \
         enum with 3 fields (`bool` with a default, `u16`, `text`) and 2 locales, every text \
         translated (`benches/src/bin/gen.rs`); the target is at most 1.5x the plain enum.\n\n",
    );
    md.push_str("| profile | link-errors | + fields | strum | hand | link-errors ÷ strum | | + fields ÷ link-errors | |\n|---|---:|---:|---:|---:|---:|---|---:|---|\n");
    for profile in ["debug", "release"] {
        let ms = |c: &str| get("build", profile, c).and_then(|v| v.parse::<f64>().ok());
        let (o, s, h) = (ms("ours"), ms("strum"), ms("hand"));
        let rich = ms("rich");
        let sec = |v: Option<f64>| v.map_or_else(|| "–".into(), |v| format!("{:.2} s", v / 1e3));
        let r = ratio(o, s);
        let rr = ratio(rich, o);
        let _ = writeln!(
            md,
            "| {profile} | {} | {} | {} | {} | {} | {} | {} | {} |",
            sec(o),
            sec(rich),
            sec(s),
            sec(h),
            x(r),
            mark(r.is_some_and(|r| r < 1.0)),
            x(rr),
            mark(rr.is_some_and(|r| r <= 1.5))
        );
    }
    md.push_str("\n### The expansion alone (10,000 codes)\n\n");
    md.push_str(
        "`benches/src/bin/expand.rs` runs what the macro runs, without the compiler: read and \
         check the spec, generate the tokens, print them; peak memory from `/usr/bin/time -v`.\n\n",
    );
    md.push_str("| measure | value |\n|---|---:|\n");
    for (k, label) in [
        ("read_and_check_ms", "read and check the spec (ms)"),
        ("generate_ms", "generate, perfect hash included (ms)"),
        ("to_string_ms", "tokens to text (ms)"),
        ("total_ms", "total (ms)"),
        ("spec_bytes", "spec size (bytes)"),
        ("expansion_bytes", "expansion size (bytes)"),
        ("peak_rss_kb", "peak memory of the whole process (KiB)"),
    ] {
        let _ = writeln!(
            md,
            "| {label} | {} |",
            get("expand", k, "").unwrap_or_else(|| "–".into())
        );
    }
    md.push_str("\n### Cold build of `link-errors`\n\n");
    md.push_str(
        "`cargo build -p link-errors` in an empty target directory: the runtime, the macro \
         (with codegen's sources) and every dependency.\n\n| profile | wall time |\n|---|---:|\n",
    );
    for profile in ["debug", "release"] {
        let v = get("cold", profile, "link-errors").and_then(|v| v.parse::<f64>().ok());
        let _ = writeln!(
            md,
            "| {profile} | {} |",
            v.map_or_else(|| "–".into(), |v| format!("{:.1} s", v / 1e3))
        );
    }
    let _ = writeln!(
        md,
        "\n`syn` in the tree of the crates users depend on (runtime, macros, codegen): {}.",
        get("env", "syn_versions", "").unwrap_or_default().trim()
    );

    // Sections other scripts write (`cold-build.sh`, `real-app.sh`, `web-load.sh`) are theirs:
    // kept as they are.
    let previous = std::fs::read_to_string(here.join("../BENCHMARKS.md")).unwrap_or_default();
    for (begin, end) in [
        ("<!-- cold-build: written", "<!-- cold-build: end -->"),
        ("<!-- real-app: written", "<!-- real-app: end -->"),
        ("<!-- web-load:begin -->", "<!-- web-load:end -->"),
    ] {
        if let Some(section) = kept_section(&previous, begin, end) {
            let _ = writeln!(md, "\n{section}");
        }
    }

    md.push_str(
        "\n## Commands\n\n```sh\nbenches/run.sh            # everything, then writes BENCHMARKS.md\n\
         cd benches && cargo bench --bench lookup -- from_code-varied10k   # one group\n\
         benches/compile-time.sh   # compile time, expansion, cold builds only\n\
         benches/cold-build.sh     # the cold build against thiserror only\n\
         benches/real-app.sh       # what link-errors adds to an axum application's build only\n\
         benches/web-load.sh       # the web example's requests per second only\n```\n",
    );
    std::fs::write(here.join("../BENCHMARKS.md"), md).unwrap();
    println!("wrote {}", here.join("../BENCHMARKS.md").display());
}

/// The text from `begin` to the end of `end` in `text`, if both are there in that order.
fn kept_section<'a>(text: &'a str, begin: &str, end: &str) -> Option<&'a str> {
    let start = text.find(begin)?;
    let len = text[start..].find(end)? + end.len();
    Some(&text[start..start + len])
}
