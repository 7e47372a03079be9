#!/usr/bin/env bash
# The start ladder: what a wasm widget's start costs before it does anything, beside
# the real widgets, in one run (bench/ladder.mjs). Builds bench/ladder twice with the
# bundle's own settings (scripts/release.sh): without Yew and with it; then the
# release bundle, unless DIST names one already built.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
dist=${DIST:-}
if [ -z "$dist" ]; then dist=dist; bash scripts/release.sh "$dist"; fi
export RUSTC_BOOTSTRAP=1 CARGO_UNSTABLE_BUILD_STD=std,panic_abort CARGO_UNSTABLE_BUILD_STD_FEATURES=optimize_for_size
export RUSTFLAGS="${RUSTFLAGS:-} -Zunstable-options -Cpanic=immediate-abort"
out=bench/out/ladder
mkdir -p "$out"
for rung in bare yew; do
  features=(); [ "$rung" = yew ] && features=(--features yew)
  cargo build --locked --offline --release --target wasm32-unknown-unknown \
    --manifest-path bench/ladder/Cargo.toml --target-dir target/ladder "${features[@]}"
  wasm-bindgen --target web --no-typescript --out-dir "$out/$rung" --out-name ladder \
    target/ladder/wasm32-unknown-unknown/release/ladder.wasm
  # The same wasm-opt settings as index.html gives Trunk.
  node_modules/binaryen/bin/wasm-opt -Oz --enable-bulk-memory --enable-nontrapping-float-to-int \
    --enable-sign-ext --enable-mutable-globals --enable-reference-types --enable-multivalue \
    "$out/$rung/ladder_bg.wasm" -o "$out/$rung/ladder_bg.wasm"
done
node bench/ladder.mjs "$dist"
