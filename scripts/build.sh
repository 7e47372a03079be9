#!/usr/bin/env bash
# Builds the release bundle into dist/ (installs missing tools first): the suite, and
# each widget alone in dist/widgets/<code>/ (scripts/release.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
bash scripts/release.sh dist
