#!/usr/bin/env bash
# The start ladder: what a wasm widget's start costs before it does anything, beside
# the real widgets, in one run (bench/ladder.mjs). Builds the release bundle, unless
# DIST names one already built; then bench/ladder twice, without Yew and with it, with
# the bundle's own settings (scripts/env.sh's bundle_build_env, index.html's wasm-opt).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
dist=${DIST:-}
if [ -z "$dist" ]; then dist=dist; bash scripts/release.sh "$dist"; fi
bundle_build_env
# The wasm-opt settings index.html gives Trunk.
read -ra wasm_opt_params <<< "$(sed -n 's/.*data-wasm-opt-params="\([^"]*\)".*/\1/p' index.html)"
out=bench/out/ladder
mkdir -p "$out"
for rung in bare yew; do
  features=(); [ "$rung" = yew ] && features=(--features yew)
  cargo build --locked --offline --release --target wasm32-unknown-unknown \
    --manifest-path bench/ladder/Cargo.toml --target-dir target/ladder "${features[@]}"
  wasm-bindgen --target web --no-typescript --out-dir "$out/$rung" --out-name ladder \
    target/ladder/wasm32-unknown-unknown/release/ladder.wasm
  node_modules/binaryen/bin/wasm-opt -Oz "${wasm_opt_params[@]}" "$out/$rung/ladder_bg.wasm" -o "$out/$rung/ladder_bg.wasm"
done
node bench/ladder.mjs "$dist"
