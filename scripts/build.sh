#!/usr/bin/env bash
# Builds the release bundle into dist/ (installs missing tools first).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
source scripts/env.sh
trunk build --release --offline
