#!/usr/bin/env bash
# Installs everything building and testing need, skipping what is already present
# at the right version, so a second run costs seconds. Safe to run on a fresh machine.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh

step() { printf '\n==> %s\n' "$*"; }
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

if ! command -v cargo >/dev/null; then
  echo "cargo not found: install Rust with rustup first (https://rustup.rs)" >&2
  exit 1
fi

for component in rustfmt clippy; do
  if ! rustup component list --installed | grep -q "^$component"; then
    step "$component"
    rustup component add "$component"
  fi
done

# rust-src: the release rebuilds the standard library for the bundle (scripts/release.sh).
if ! rustup component list --installed | grep -q "^rust-src"; then
  step "rust-src"
  rustup component add rust-src
fi

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  step "wasm32 target"
  rustup target add wasm32-unknown-unknown
fi

if [ "$(trunk --version 2>/dev/null)" != "trunk $TRUNK_VERSION" ]; then
  step "trunk $TRUNK_VERSION (about 15 minutes on 2 cores)"
  cargo install trunk --version "$TRUNK_VERSION" --locked
fi

if [ "$(wasm-bindgen --version 2>/dev/null | cut -d' ' -f1-2)" != "wasm-bindgen $WASM_BINDGEN_VERSION" ]; then
  step "wasm-bindgen-cli $WASM_BINDGEN_VERSION (about 6 minutes)"
  # Not --locked: the registry mirror here lacks one of its locked dependencies.
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" --force
fi

# The builds run offline (trunk --offline): the crates, and those the rebuilt standard
# library needs from its own lock file. Seconds when they are already here.
step "crates"
cargo fetch --locked --quiet
RUSTC_BOOTSTRAP=1 cargo fetch --locked --quiet --manifest-path "$(rustc --print sysroot)/lib/rustlib/src/rust/library/Cargo.toml"

if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
  step "node and npm"
  as_root apt-get update -qq
  as_root apt-get install -y -qq nodejs npm
fi

# Reinstall when package-lock.json changed since the last install (a stamp copy of it).
if ! cmp -s package-lock.json node_modules/.secworth-lock; then
  step "npm packages (binaryen for wasm-opt, esbuild for the glue, playwright-core, axe-core)"
  npm ci --no-audit --no-fund
  cp package-lock.json node_modules/.secworth-lock
fi

if [ ! -x "$CHROMIUM" ] || [ ! -x "$CHROMEDRIVER" ]; then
  step "Chromium and ChromeDriver"
  as_root apt-get update -qq
  as_root apt-get install -y -qq chromium chromium-driver
fi

# Firefox and WebKit for the cross-engine suite: Debian's Firefox ESR and WebKitGTK's
# WebDriver with its MiniBrowser, on a virtual display (xvfb); Mozilla's geckodriver
# is not packaged by Debian, so it is built from crates.io (about 3 minutes).
if [ ! -x "$FIREFOX" ] || [ ! -x "$WEBKIT_DRIVER" ] || [ ! -x "$MINIBROWSER" ] || ! command -v xvfb-run >/dev/null || ! command -v xauth >/dev/null; then
  step "Firefox ESR, WebKitGTK WebDriver and a virtual display"
  as_root apt-get update -qq
  as_root apt-get install -y -qq --no-install-recommends firefox-esr webkit2gtk-driver xvfb xauth
fi
if [ "$("$GECKODRIVER" --version 2>/dev/null | head -1 | cut -d' ' -f1-2)" != "geckodriver $GECKODRIVER_VERSION" ]; then
  step "geckodriver $GECKODRIVER_VERSION (about 3 minutes)"
  cargo install geckodriver --version "$GECKODRIVER_VERSION" --locked
fi

# A CJK font, so the Chinese text in screenshots and canvas charts renders as text.
# (No grep -q: under pipefail an early exit would make fc-list fail with SIGPIPE.)
if ! fc-list 2>/dev/null | grep -iE "wqy|noto sans cjk|droid sans fallback" > /dev/null; then
  step "CJK font"
  as_root apt-get update -qq
  as_root apt-get install -y -qq fonts-wqy-microhei
fi
