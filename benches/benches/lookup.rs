//! `from_code` against a hand-written `match`, strum's `EnumString` (plain and `use_phf`) and a
//! `phf::Map`, on the same codes, in one run; then `code()`, `Display`, `Rollback` and
//! `Callback` against the usual ways of doing the same.
//!
//! Each measurement is one pass over 4,096 inputs: hits only, near misses only, and half and
//! half, in random order. Successive passes read successive windows of a ring of 262,144
//! such inputs, so that the branch predictor cannot learn the order: a pass over the same
//! 4,096 inputs again and again is learnt (a string `match` over 7 codes of one length took
//! 3 ns per hit that way, against 12 ns in an order it cannot learn; rings of up to 16,384
//! inputs are learnt, of 32,768 and 65,536 still in part). The inputs lie one after another
//! in one buffer, in the order they are read. Every competitor is behind one
//! `#[inline(never)]` call (`fixtures`), as `from_code` is for a user in another crate.
//! Per-lookup figures are the pass's median over 4,096.

use std::collections::HashSet;
use std::fmt::Write as _;
use std::hint::black_box;
use std::time::Duration;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use fastrand::Rng;
use link_errors::{Callback, Rollback};

/// Inputs per pass (per measured iteration).
const INPUTS: usize = 4096;
/// Inputs in all, read a window of [`INPUTS`] at a time, over and over.
const RING: usize = 1 << 18;

/// A string that is not a code but close to one: one character changed (same length, shared
/// prefix and suffix), and for specs of varied lengths also one dropped, one added, or a
/// word of another code swapped in.
fn near_miss(rng: &mut Rng, codes: &[&str], known: &HashSet<&str>, same_length: bool) -> String {
    const ALPHABET: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_";
    loop {
        let code = codes[rng.usize(..codes.len())].as_bytes();
        let mut m = code.to_vec();
        match if same_length { 0 } else { rng.usize(..4) } {
            0 | 1 => {
                let i = rng.usize(..m.len());
                m[i] = ALPHABET[rng.usize(..ALPHABET.len())];
            }
            2 if m.len() > 1 => {
                m.remove(rng.usize(..m.len()));
            }
            _ => {
                let other = codes[rng.usize(..codes.len())].as_bytes();
                let cut = rng.usize(..m.len().min(other.len()));
                m.truncate(cut);
                m.extend_from_slice(&other[cut..]);
            }
        }
        let m = String::from_utf8(m).unwrap();
        if !known.contains(m.as_str()) {
            return m;
        }
    }
}

/// The inputs of one pass, laid out one after another in one buffer in the order they are
/// read: a parser hands `from_code` a string it has just read, so the input is in cache, and
/// every competitor reads it the same way (separate `String`s would put the allocator's
/// layout, not the lookup, into the figure once shuffled).
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

/// [`RING`] hits, misses and the two mixed, each in random order.
fn inputs(codes: &[&'static str], seed: u64) -> [(&'static str, Vec<&'static str>); 3] {
    let mut rng = Rng::with_seed(seed);
    let known: HashSet<&str> = codes.iter().copied().collect();
    let same_length = codes.iter().all(|c| c.len() == codes[0].len());
    let hits: Vec<String> = (0..RING)
        .map(|_| codes[rng.usize(..codes.len())].to_string())
        .collect();
    let misses: Vec<String> = (0..RING)
        .map(|_| near_miss(&mut rng, codes, &known, same_length))
        .collect();
    let mut mixed: Vec<String> = hits[..RING / 2]
        .iter()
        .chain(&misses[..RING / 2])
        .cloned()
        .collect();
    rng.shuffle(&mut mixed);
    [
        ("hit", laid_out(&hits)),
        ("miss", laid_out(&misses)),
        ("mixed", laid_out(&mixed)),
    ]
}

/// One competitor: each iteration a pass over the next [`INPUTS`] of the ring, summing the
/// variants' positions so that nothing is optimised away.
macro_rules! pass {
    ($group:expr, $name:literal, $inputs:expr, $f:path) => {
        $group.bench_function($name, |b| {
            let mut windows = $inputs.chunks_exact(INPUTS).cycle();
            b.iter(|| {
                let mut acc = 0usize;
                for s in windows.next().expect("a ring of whole windows") {
                    acc = acc.wrapping_add(match $f(black_box(*s)) {
                        Some(e) => e as usize + 1,
                        None => 0,
                    });
                }
                acc
            });
        });
    };
}

macro_rules! lookup {
    ($c:expr, $m:ident) => {{
        use fixtures::$m as m;
        use fixtures_ours::$m as o;
        let codes: Vec<&'static str> = o::E::CODES.to_vec();
        // Every competitor agrees with every other on every input before it is timed.
        for (kind, inputs) in inputs(&codes, 7) {
            for s in &inputs {
                let want = o::ours(s).map(|e| e as usize);
                assert_eq!(m::hand(s).map(|e| e as usize), want, "{s}");
                assert_eq!(m::strum(s).map(|e| e as usize), want, "{s}");
                assert_eq!(m::strum_phf(s).map(|e| e as usize), want, "{s}");
                assert_eq!(m::phf(s).map(|e| e as usize), want, "{s}");
            }
            let mut g = $c.benchmark_group(format!("from_code-{}-{kind}", stringify!($m)));
            g.throughput(Throughput::Elements(INPUTS as u64));
            // The figures the targets are checked on: samples spread over 4 s, so that a burst
            // of load from elsewhere on the machine moves a few of them, not the median.
            g.measurement_time(Duration::from_secs(4)).sample_size(50);
            pass!(g, "link-errors", &inputs, o::ours);
            pass!(g, "match", &inputs, m::hand);
            pass!(g, "strum", &inputs, m::strum);
            pass!(g, "strum-phf", &inputs, m::strum_phf);
            pass!(g, "phf-map", &inputs, m::phf);
            g.finish();
        }
    }};
}

fn from_code(c: &mut Criterion) {
    lookup!(c, flanks7);
    lookup!(c, varied7);
    lookup!(c, fixed7);
    lookup!(c, varied1k);
    lookup!(c, fixed1k);
    lookup!(c, varied10k);
    lookup!(c, fixed10k);
    split(c);
}

/// Where the 10,000 varied codes' extra time per lookup goes: their table looked up with 7 of
/// its codes, as long as the 7 varied codes are. Against *7 varied*, only the table differs
/// (its lookup path: pilot, wider rows); against *10,000 varied*, only the inputs do (which
/// rows they reach: memory past L1, and their lengths).
fn split(c: &mut Criterion) {
    use fixtures_ours::{varied7, varied10k};
    let lengths = |codes: &[&str]| {
        let n = codes.iter().map(|c| c.len());
        n.clone().min().unwrap()..=n.max().unwrap()
    };
    let like = lengths(&varied7::E::CODES);
    let seven: Vec<&'static str> = varied10k::E::CODES
        .iter()
        .copied()
        .filter(|c| like.contains(&c.len()))
        .take(7)
        .collect();
    assert_eq!(
        seven.len(),
        7,
        "the 10,000 varied codes have 7 as long as the 7 varied"
    );
    for (kind, inputs) in inputs(&seven, 7) {
        let mut g = c.benchmark_group(format!("from_code-varied10k-on7-{kind}"));
        g.throughput(Throughput::Elements(INPUTS as u64));
        g.measurement_time(Duration::from_secs(4)).sample_size(50);
        pass!(g, "link-errors", &inputs, fixtures_ours::varied10k::ours);
        g.finish();
    }
}

/// `code()` and `Display` into a reused `String`, against strum's `AsRefStr` and `Display`.
macro_rules! api {
    ($c:expr, $m:ident) => {{
        use fixtures::VariantArray as _;
        use fixtures::$m as m;
        use fixtures_ours::$m as o;
        let mut rng = Rng::with_seed(11);
        let picks: Vec<usize> = (0..INPUTS).map(|_| rng.usize(..o::E::COUNT)).collect();
        let ours: Vec<o::E> = picks.iter().map(|&i| o::E::ALL[i]).collect();
        let strum: Vec<m::S> = picks.iter().map(|&i| m::S::VARIANTS[i]).collect();
        let mut g = $c.benchmark_group(format!("code-{}", stringify!($m)));
        g.throughput(Throughput::Elements(INPUTS as u64));
        g.bench_function("link-errors", |b| {
            b.iter(|| {
                ours.iter()
                    .map(|e| black_box(*e).code().len())
                    .sum::<usize>()
            })
        });
        g.bench_function("strum", |b| {
            b.iter(|| {
                strum
                    .iter()
                    .map(|e| AsRef::<str>::as_ref(black_box(e)).len())
                    .sum::<usize>()
            })
        });
        g.finish();
        let mut g = $c.benchmark_group(format!("display-{}", stringify!($m)));
        g.throughput(Throughput::Elements(INPUTS as u64));
        let mut buf = String::with_capacity(256);
        g.bench_function("link-errors", |b| {
            b.iter(|| {
                let mut n = 0;
                for e in &ours {
                    buf.clear();
                    write!(buf, "{}", black_box(e)).unwrap();
                    n += buf.len();
                }
                n
            })
        });
        g.bench_function("strum", |b| {
            b.iter(|| {
                let mut n = 0;
                for e in &strum {
                    buf.clear();
                    write!(buf, "{}", black_box(e)).unwrap();
                    n += buf.len();
                }
                n
            })
        });
        g.finish();
    }};
}

fn api(c: &mut Criterion) {
    api!(c, flanks7);
    api!(c, varied10k);
    translated(c);
}

/// A text in a locale (the Flanks enum with `link-errors-app.toml`: English and Spanish) next
/// to `message()`: the locale's lookup and a table load, no allocation.
fn translated(c: &mut Criterion) {
    use fixtures_ours::flanks7::E;
    let mut rng = Rng::with_seed(13);
    let picks: Vec<E> = (0..INPUTS).map(|_| E::ALL[rng.usize(..E::COUNT)]).collect();
    let mut g = c.benchmark_group("message-flanks7");
    g.throughput(Throughput::Elements(INPUTS as u64));
    g.bench_function("message", |b| {
        b.iter(|| {
            picks
                .iter()
                .map(|e| black_box(*e).message().len())
                .sum::<usize>()
        });
    });
    for (name, locale) in [("message_in-es", "es"), ("message_in-es-ES", "es-ES")] {
        g.bench_function(name, |b| {
            b.iter(|| {
                picks
                    .iter()
                    .map(|e| black_box(*e).message_in(black_box(locale)).len())
                    .sum::<usize>()
            });
        });
    }
    g.bench_function("advice_in-es", |b| {
        b.iter(|| {
            picks
                .iter()
                .map(|e| black_box(*e).advice_in(black_box("es")).len())
                .sum::<usize>()
        });
    });
    g.finish();
}

fn rollback(c: &mut Criterion) {
    use fixtures_ours::flanks7::E;
    let codes = [E::InvalidCredentials, E::InvalidSca, E::AbortedByUser];
    let r = Rollback::only(codes);
    let mut g = c.benchmark_group("rollback-3-codes");
    let mut buf = String::with_capacity(256);
    g.bench_function("link-errors-reused-string", |b| {
        b.iter(|| {
            buf.clear();
            write!(buf, "{}", black_box(&r)).unwrap();
            buf.len()
        });
    });
    g.bench_function("link-errors-push-to", |b| {
        b.iter(|| {
            buf.clear();
            black_box(&r).push_to(&mut buf);
            buf.len()
        });
    });
    g.bench_function("vec-string-join", |b| {
        b.iter(|| {
            let v: Vec<String> = black_box(&codes)
                .iter()
                .map(|c| c.code().to_string())
                .collect();
            v.join(",").len()
        });
    });
    g.bench_function("three-push-str", |b| {
        b.iter(|| {
            buf.clear();
            for (i, c) in black_box(&codes).iter().enumerate() {
                if i > 0 {
                    buf.push(',');
                }
                buf.push_str(c.code());
            }
            buf.len()
        });
    });
    g.finish();
}

fn redirect(c: &mut Criterion) {
    use fixtures_ours::flanks7::E;
    let input =
        "https://app.example/callback?error=INVALID_CREDENTIALS&extraparams=value&state=a%20b";
    let mut g = c.benchmark_group("redirect-parse");
    g.bench_function("link-errors", |b| {
        b.iter(|| Callback::<E>::parse(black_box(input)).unwrap());
    });
    g.bench_function("url-query-pairs-vec", |b| {
        b.iter(|| {
            url::Url::parse(black_box(input))
                .unwrap()
                .query_pairs()
                .into_owned()
                .collect::<Vec<(String, String)>>()
        });
    });
    g.finish();
}

fn quick() -> Criterion {
    // Two cores shared with other work: short but repeated measurements.
    Criterion::default()
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_millis(1500))
        .sample_size(30)
}

criterion_group! {
    name = benches;
    config = quick();
    targets = from_code, api, rollback, redirect
}
criterion_main!(benches);
