//! Replays the fuzz corpus kept in `fuzz/corpus/` (inputs the fuzzer found reaching
//! new paths, and every past failure once fixed) through the fuzz targets: each must
//! still hold its properties. The fuzzer itself is `cargo run --example fuzz`.
#![cfg(not(target_arch = "wasm32"))]

#[path = "../fuzz/targets.rs"]
mod targets;

use std::path::Path;

fn corpus(target: &str) -> Vec<(String, Vec<u8>)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz/corpus").join(target);
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.unwrap().path())
        .collect();
    files.sort();
    files.into_iter().map(|f| (f.display().to_string(), std::fs::read(&f).unwrap())).collect()
}

#[test]
fn every_kept_share_link_holds_the_properties() {
    let inputs = corpus("link");
    assert!(inputs.len() >= 50, "the link corpus has only {} inputs", inputs.len());
    for (file, input) in inputs {
        if std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| targets::share_link(&input))).is_err() {
            panic!("{file} fails (see the message above)");
        }
    }
}

#[test]
fn every_kept_question_bank_holds_the_properties() {
    let inputs = corpus("bank");
    assert!(inputs.len() >= 50, "the bank corpus has only {} inputs", inputs.len());
    for (file, input) in inputs {
        if std::panic::catch_unwind(|| targets::bank(&input)).is_err() {
            panic!("{file} fails (see the message above)");
        }
    }
}
