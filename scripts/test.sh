#!/usr/bin/env bash
# README command 2 (and CI's): install what is missing, then run every test:
# native model and chart tests, browser tests in headless Chromium, and the
# end-to-end tests against the release bundle.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
source scripts/env.sh

step() { printf '\n==> %s\n' "$*"; }

step "format and lints (rustfmt.toml; clippy with warnings as errors, native and wasm)"
cargo fmt --check
cargo clippy --locked --all-targets -- -D warnings
cargo clippy --locked --target wasm32-unknown-unknown --lib --test 'browser_*' -- -D warnings

step "native tests (model, charts; property tests included)"
cargo test --locked

step "fuzz the share-link and question-bank parsers (bounded; fixed seed, so CI is repeatable)"
cargo run --locked --quiet --example fuzz -- --seconds "${FUZZ_SECONDS:-60}"

step "browser tests (wasm-bindgen-test, headless Chromium)"
# wasm-bindgen-test-runner takes the first driver it finds, geckodriver before
# chromedriver; env.sh names geckodriver for the cross-engine suite, so hide it here.
env -u GECKODRIVER cargo test --locked --target wasm32-unknown-unknown --test 'browser_*'

step "release build (the suite and each widget alone), and a fault-injection build for the panic test (dist-faults/)"
bash scripts/release.sh dist
# The panic test needs the suite only: embed.js falls back to it where a widget's own bundle is missing.
SECWORTH_SUITE_ONLY=1 bash scripts/release.sh dist-faults --features fault-injection

step "end-to-end tests (Playwright on Chromium)"
node --test --test-concurrency=1 e2e/
