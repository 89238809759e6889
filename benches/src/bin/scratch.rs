//! scratch (not committed)
use std::hint::black_box;
use std::time::Instant;

struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

fn laid(strings: &[&str]) -> Vec<&'static str> {
    let buffer: &'static str = String::leak(strings.concat());
    let mut at = 0;
    strings.iter().map(|s| { at += s.len(); &buffer[at - s.len()..at] }).collect()
}

fn time<E: Copy>(inputs: &[&'static str], f: fn(&str) -> Option<E>, idx: fn(E) -> usize) -> f64 {
    let mut best = f64::MAX;
    for _ in 0..300 {
        let t = Instant::now();
        let mut acc = 0usize;
        for s in inputs {
            acc = acc.wrapping_add(match f(black_box(*s)) { Some(e) => idx(e) + 1, None => 0 });
        }
        black_box(acc);
        best = best.min(t.elapsed().as_secs_f64() * 1e9 / inputs.len() as f64);
    }
    best
}

macro_rules! run {
    ($m:ident, $sub:expr) => {{
        use fixtures_ours::$m as o;
        let codes: Vec<&'static str> = o::E::CODES.to_vec();
        let pool: Vec<&str> = codes.iter().copied().take($sub).collect();
        let mut rng = Rng(7);
        let hits: Vec<&str> = (0..4096).map(|_| pool[rng.below(pool.len())]).collect();
        let hits = laid(&hits);
        let ns = time(&hits, o::ours, |e| e as usize);
        println!("{:10} sub {:6} hits {:.2} ns", stringify!($m), $sub, ns);
    }};
}

fn main() {
    run!(flanks7, 7);
    run!(varied7, 7);
    run!(fixed7, 7);
    run!(varied1k, 1000);
    run!(varied10k, 10000);
    run!(varied10k, 1000);
    run!(varied10k, 100);
    run!(varied10k, 7);
    run!(fixed10k, 10000);
    run!(fixed10k, 7);
}
