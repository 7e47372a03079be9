#!/usr/bin/env bash
# README command 1: install what is missing, build the release bundle and serve it
# on http://127.0.0.1:${PORT:-8080}/ (the gallery; one widget alone at /index.html?w=maturity).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/build.sh
exec node e2e/server.mjs dist "${PORT:-8080}"
