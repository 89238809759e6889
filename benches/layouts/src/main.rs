//! `layouts run [SPEC]`: every spec's (or one spec's) `from_code` on hits and on near misses, in an order the branch
//! predictor cannot learn (windows of [`INPUTS`] read in turn from a ring of [`RING`], as in
//! `benches/lookup.rs`); prints one line per spec and kind: nanoseconds per lookup (the median
//! of the passes) and a checksum of the answers.
//!
//! `layouts compare BASE ALT...`: reads the output of several rounds of runs of each binary
//! (files `BASE.N` and `ALT.N`, round `N`) and prints, per spec and kind, the base's median
//! over rounds and, per alternative, the median over rounds of its ratio to the base in the
//! same round. Runs of one binary must agree on every checksum, and so must the binaries (a
//! layout changes the speed, never the answer).

use std::collections::{BTreeMap, HashSet};
use std::fmt::Write as _;
use std::hint::black_box;
use std::time::Instant;

use fastrand::Rng;

type Spec = (
    &'static str,
    &'static [&'static str],
    fn(&str) -> Option<usize>,
);

mod specs {
    use super::Spec;
    include!(concat!(env!("OUT_DIR"), "/specs.rs"));
}

/// Inputs per timed pass.
const INPUTS: usize = 4096;
/// Inputs in all, read a window of [`INPUTS`] at a time.
const RING: usize = 1 << 18;
/// Timed passes per spec and kind.
const PASSES: usize = 301;

/// A string close to a code that is not one: a byte changed, dropped or added.
fn near_miss(rng: &mut Rng, codes: &[&str], known: &HashSet<&str>) -> String {
    const ALPHABET: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_";
    loop {
        let mut m = codes[rng.usize(..codes.len())].as_bytes().to_vec();
        let i = rng.usize(..m.len());
        match rng.usize(..4) {
            0 if m.len() > 1 => {
                m.remove(i);
            }
            1 => m.insert(i, ALPHABET[rng.usize(..ALPHABET.len())]),
            _ => m[i] = ALPHABET[rng.usize(..ALPHABET.len())],
        }
        let m = String::from_utf8(m).unwrap();
        if !known.contains(m.as_str()) {
            return m;
        }
    }
}

/// `strings` laid one after another in one buffer, in the order they are read.
fn laid_out(strings: &[String]) -> Vec<&'static str> {
    let buffer: &'static str = String::leak(strings.concat());
    let mut at = 0;
    strings
        .iter()
        .map(|s| {
            at += s.len();
            &buffer[at - s.len()..at]
        })
        .collect()
}

fn run(only: Option<&str>) {
    for &(name, codes, lookup) in specs::SPECS {
        if only.is_some_and(|o| o != name) {
            continue;
        }
        let mut rng = Rng::with_seed(7);
        let known: HashSet<&str> = codes.iter().copied().collect();
        let hits: Vec<String> = (0..RING)
            .map(|_| codes[rng.usize(..codes.len())].to_string())
            .collect();
        let misses: Vec<String> = (0..RING)
            .map(|_| near_miss(&mut rng, codes, &known))
            .collect();
        for (kind, inputs) in [("hit", laid_out(&hits)), ("miss", laid_out(&misses))] {
            let sum: usize = inputs
                .iter()
                .map(|s| lookup(s).map_or(0, |v| v + 1))
                .fold(0, usize::wrapping_add);
            let per_pass = f64::from(u32::try_from(INPUTS).unwrap());
            let mut windows = inputs.chunks_exact(INPUTS).cycle();
            let mut times: Vec<f64> = (0..PASSES)
                .map(|_| {
                    let window = windows.next().unwrap();
                    let start = Instant::now();
                    let mut acc = 0usize;
                    for s in window {
                        acc = acc.wrapping_add(lookup(black_box(s)).map_or(0, |v| v + 1));
                    }
                    black_box(acc);
                    start.elapsed().as_secs_f64() * 1e9 / per_pass
                })
                .collect();
            times.sort_by(f64::total_cmp);
            println!("{name}\t{kind}\t{:.3}\t{sum}", times[PASSES / 2]);
        }
    }
}

fn median(v: &mut [f64]) -> f64 {
    v.sort_by(f64::total_cmp);
    v[v.len() / 2]
}

/// Per binary, per (spec, kind): the figure of each round, and the checksum they agree on.
type Runs = BTreeMap<(String, String), (Vec<f64>, String)>;

fn read_runs(base: &str) -> Runs {
    let mut runs = Runs::new();
    for n in 1.. {
        let Ok(text) = std::fs::read_to_string(format!("{base}.{n}")) else {
            break;
        };
        for line in text.lines() {
            let f: Vec<&str> = line.split('\t').collect();
            let entry = runs
                .entry((f[0].to_string(), f[1].to_string()))
                .or_insert_with(|| (Vec::new(), f[3].to_string()));
            assert_eq!(entry.1, f[3], "{base}.{n}: {line}: another answer");
            entry.0.push(f[2].parse().unwrap());
        }
    }
    assert!(!runs.is_empty(), "no runs of {base}");
    runs
}

fn compare(base: &str, alts: &[String]) {
    let name = |path: &str| path.rsplit('/').next().unwrap_or(path).to_string();
    let base_runs = read_runs(base);
    let alt_runs: Vec<Runs> = alts.iter().map(|a| read_runs(a)).collect();
    let names: Vec<String> = alts.iter().map(|a| name(a)).collect();
    println!("spec\tkind\tns ({})\t{}", name(base), names.join("\t"));
    for (key, (times, sum)) in &base_runs {
        let mut line = format!("{}\t{}\t{:.2}", key.0, key.1, median(&mut times.clone()));
        for alt in &alt_runs {
            let (t, s) = &alt[key];
            assert_eq!(s, sum, "{key:?}: another answer");
            let mut ratios: Vec<f64> = t.iter().zip(times).map(|(a, b)| a / b).collect();
            let _ = write!(line, "\t{:.2}x", median(&mut ratios));
        }
        println!("{line}");
    }
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.first().map(String::as_str) {
        Some("run") => run(args.get(1).map(String::as_str)),
        Some("compare") if args.len() > 2 => compare(&args[1], &args[2..]),
        Some("specs") => {
            for (name, _, _) in specs::SPECS {
                println!("{name}");
            }
        }
        _ => eprintln!("usage: layouts run [SPEC] | layouts specs | layouts compare BASE ALT..."),
    }
}
