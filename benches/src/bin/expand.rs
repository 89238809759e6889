//! The macro's work for one spec, without the compiler: read and check the spec, generate the
//! tokens, print them (as the proc-macro bridge would hand them over). Run under
//! `/usr/bin/time -v` for peak memory (`compile-time.sh` does).

use std::time::Instant;

use link_errors_codegen::{EnumHead, Options, Spec, generate};

fn main() {
    let path = std::env::args().nth(1).expect("usage: expand SPEC.toml");
    let t0 = Instant::now();
    let source = std::fs::read_to_string(&path).unwrap();
    let spec = Spec::parse_strict(&source, None)
        .unwrap_or_else(|e| panic!("{path}: {} problems", e.len()));
    let t1 = Instant::now();
    let head = EnumHead::named("E").unwrap();
    let opts = Options::default();
    let tokens = generate(&head, &spec, &path, &opts);
    let t2 = Instant::now();
    let text = tokens.to_string();
    let t3 = Instant::now();
    let ms = |a: Instant, b: Instant| (b - a).as_secs_f64() * 1e3;
    println!("codes\t{}", spec.errors.len());
    println!("read_and_check_ms\t{:.1}", ms(t0, t1));
    println!("generate_ms\t{:.1}", ms(t1, t2));
    println!("to_string_ms\t{:.1}", ms(t2, t3));
    println!("total_ms\t{:.1}", ms(t0, t3));
    println!("spec_bytes\t{}", source.len());
    println!("expansion_bytes\t{}", text.len());
}
