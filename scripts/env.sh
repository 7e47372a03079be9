# Shared settings for the scripts: tool versions and PATH. Sourced, not run.
WASM_BINDGEN_VERSION=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/"/, "", $3); print $3 }' Cargo.lock)
TRUNK_VERSION=0.21.14
GECKODRIVER_VERSION=0.37.1
export CHROMIUM=${CHROMIUM:-/usr/bin/chromium}
export CHROMEDRIVER=${CHROMEDRIVER:-/usr/bin/chromedriver}
# The cross-engine suite's browsers and drivers (e2e/engines.test.mjs).
export FIREFOX=${FIREFOX:-/usr/bin/firefox-esr}
export GECKODRIVER=${GECKODRIVER:-$HOME/.cargo/bin/geckodriver}
export WEBKIT_DRIVER=${WEBKIT_DRIVER:-/usr/bin/WebKitWebDriver}
export MINIBROWSER=${MINIBROWSER:-/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser}
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"

# The bundle's compiler settings: the standard library rebuilt for size and an
# immediate abort on panic (scripts/release.sh says why). For every wasm build whose
# size is compared with the bundle's (scripts/release.sh, bench/ladder.sh).
bundle_build_env() {
  export RUSTC_BOOTSTRAP=1
  export CARGO_UNSTABLE_BUILD_STD=std,panic_abort
  export CARGO_UNSTABLE_BUILD_STD_FEATURES=optimize_for_size
  export RUSTFLAGS="${RUSTFLAGS:-} -Zunstable-options -Cpanic=immediate-abort"
}
