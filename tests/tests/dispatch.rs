//! `from_code` is a perfect hash built at expansion time (`codegen/src/dispatch.rs`). Here it
//! must agree with the naive lookup (a scan of every code and alias) on every wire string and
//! on many strings that are not: near misses that share a prefix, a suffix or the length,
//! truncations, extensions, empty, non-ASCII and very long inputs, random bytes.
//!
//! The fixtures in `specs/dispatch_*.toml` have the shapes the generator treats differently:
//! one code; a dozen (one bucket, no pilot table); 300 codes of one length (no length test);
//! 536 codes of every length from 1 to 70 (16-byte chunks, short inputs copied to the stack,
//! and a plain `match` past 64 bytes); codes of 16 to 32 and of 16 to 64 bytes (chunks, no
//! short input); mostly long codes with a few short ones (a branch for those); and only codes
//! past 64 bytes (no table at all).

use link_errors::ErrorCode;

#[link_errors::spec("specs/dispatch_one.toml")]
enum One {}

#[link_errors::spec("specs/dispatch_small.toml")]
enum Small {}

#[link_errors::spec("specs/dispatch_fixed.toml")]
enum Fixed {}

#[link_errors::spec("specs/dispatch_varied.toml")]
enum Varied {}

#[link_errors::spec("specs/dispatch_mid.toml")]
enum Mid {}

#[link_errors::spec("specs/dispatch_long.toml")]
enum Long {}

#[link_errors::spec("specs/dispatch_mostly_long.toml")]
enum MostlyLong {}

#[link_errors::spec("specs/dispatch_overlong.toml")]
enum Overlong {}

/// The lookup `from_code` must agree with.
fn naive<E: ErrorCode>(s: &str) -> Option<E> {
    E::ALL
        .iter()
        .copied()
        .find(|e| e.code() == s || e.aliases().contains(&s))
}

/// xorshift64*: reproducible inputs without a dependency.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, n: usize) -> usize {
        usize::try_from(self.next() % n as u64).unwrap()
    }
}

/// Every wire string, and strings close to them.
fn inputs<E: ErrorCode>(rng: &mut Rng) -> Vec<String> {
    let wires: Vec<&str> = E::ALL
        .iter()
        .flat_map(|e| std::iter::once(e.code()).chain(e.aliases().iter().copied()))
        .collect();
    let mut out: Vec<String> = vec![
        String::new(),
        "\0".into(),
        "é".into(),
        "日本語のコード".into(),
        "x".repeat(100_000),
    ];
    for w in &wires {
        out.push((*w).to_string());
        let b = w.as_bytes();
        // One byte changed at each position: same length, shared prefix and suffix.
        for i in 0..b.len() {
            for delta in [1u8, 32, 128] {
                let mut m = b.to_vec();
                m[i] = m[i].wrapping_add(delta);
                out.push(String::from_utf8_lossy(&m).into_owned());
            }
        }
        out.push(w[..w.len() - 1].to_string());
        out.push(w[1..].to_string());
        out.push(format!("{w}_"));
        out.push(format!("_{w}"));
        out.push(format!("{w}{w}"));
        out.push(w.to_lowercase());
        out.push(format!("{w}é"));
        // Two wire strings spliced at a random point.
        let other = wires[rng.below(wires.len())];
        let cut = rng.below(w.len().min(other.len()) + 1);
        out.push(format!("{}{}", &w[..cut], &other[cut.min(other.len())..]));
    }
    // Random strings of every length up to 80 over the codes' alphabet and a bit beyond.
    let alphabet = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcxyz0123456789_-.Q\xff";
    for _ in 0..20_000 {
        let n = rng.below(81);
        let bytes: Vec<u8> = (0..n)
            .map(|_| alphabet[rng.below(alphabet.len())])
            .collect();
        out.push(String::from_utf8_lossy(&bytes).into_owned());
    }
    out
}

fn agrees<E: ErrorCode>(seed: u64) {
    let mut rng = Rng(seed);
    let inputs = inputs::<E>(&mut rng);
    let mut hits = 0;
    for s in &inputs {
        let expected = naive::<E>(s);
        assert_eq!(E::from_code(s), expected, "from_code({s:?})");
        hits += usize::from(expected.is_some());
    }
    // Every code and alias was among the inputs.
    assert!(hits >= E::ALL.len());
    for e in E::ALL {
        assert_eq!(E::from_code(e.code()), Some(*e));
        for a in e.aliases() {
            assert_eq!(E::from_code(a), Some(*e));
        }
    }
}

#[test]
fn one_code() {
    agrees::<One>(1);
}

#[test]
fn a_dozen_codes_of_every_layout() {
    agrees::<Small>(2);
}

#[test]
fn codes_of_one_length() {
    agrees::<Fixed>(3);
}

#[test]
fn codes_of_every_length_up_to_70() {
    agrees::<Varied>(4);
}

#[test]
fn codes_of_16_to_32_bytes() {
    agrees::<Mid>(7);
}

#[test]
fn codes_of_16_to_64_bytes() {
    agrees::<Long>(8);
}

#[test]
fn mostly_long_codes_and_a_few_short_ones() {
    agrees::<MostlyLong>(9);
}

#[test]
fn only_codes_past_64_bytes() {
    agrees::<Overlong>(10);
}

#[test]
fn the_flanks_codes() {
    agrees::<link_errors_tests::LinkError>(5);
    agrees::<link_errors_tests::ApiError>(6);
}
