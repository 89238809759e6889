//! Benchmarks of link-errors; see `benches/lookup.rs` and `run.sh`.
