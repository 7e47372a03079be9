# Shared settings for the scripts: tool versions and PATH. Sourced, not run.
WASM_BINDGEN_VERSION=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/"/, "", $3); print $3 }' Cargo.lock)
TRUNK_VERSION=0.21.14
export CHROMIUM=${CHROMIUM:-/usr/bin/chromium}
export CHROMEDRIVER=${CHROMEDRIVER:-/usr/bin/chromedriver}
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
