#!/usr/bin/env bash
# The benchmark: builds the release bundle and prints its figures (it is not a
# test and never fails on a number). Figures also go to bench/out/figures.json.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/build.sh
source scripts/env.sh
# numpy for the Monte Carlo reference (bench/montecarlo.py), if it is not there yet.
python3 -c 'import numpy' 2>/dev/null || python3 -m pip install --quiet numpy
node bench/run.mjs dist
