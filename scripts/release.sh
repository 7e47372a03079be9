#!/usr/bin/env bash
# Builds the release bundle with the installed tools (scripts/setup.sh installs them):
# the suite into DIST (default dist/: the gallery, and pages that show several kinds of
# widget) and each widget of the registry alone into DIST/widgets/<code>/ (what
# embed.js loads for a page, iframe or host that shows one kind). Extra arguments go to
# every Trunk build; SECWORTH_SUITE_ONLY=1 builds the suite alone. Last, scripts/pin.mjs
# pins what embed.js loads by digest and copies the release to DIST/releases/<version>/,
# and scripts/precompress.mjs writes a brotli and a gzip copy beside each file.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
# The standard library is rebuilt for the bundle (rust-src, installed by setup.sh) with
# its size-optimised algorithms, and a panic aborts at once: no panic message, location
# or formatting code is linked (12-18 KB gzip less in every bundle). A panic then
# traps; embed.js puts the message in place of the widgets. These are unstable flags of
# the pinned stable rustc, enabled with RUSTC_BOOTSTRAP as Firefox and the Linux kernel
# build theirs; the README's "What the bundle does not link" has the figures.
bundle_build_env
dist=${1:-dist}
shift || true
trunk build --release --offline --dist "$dist" "$@"
if [ "${SECWORTH_SUITE_ONLY:-}" = 1 ]; then
  node scripts/pin.mjs "$dist"
  exec node scripts/precompress.mjs "$dist"
fi
for code in $(node -e 'for (const w of require("./e2e/widgets.json").widgets) console.log(w.code)'); do
  out="$dist/widgets/$code"
  trunk build --release --offline --no-default-features --features "$code" --dist "$out" "$@"
  # Only the widget's code: the page, stylesheet and loader are the suite's.
  find "$out" -mindepth 1 -not -name secworth.js -not -name secworth_bg.wasm -delete
done
node scripts/pin.mjs "$dist"
node scripts/precompress.mjs "$dist"
