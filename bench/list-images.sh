#!/usr/bin/env bash
# Benchmarks prel's list-images as a whole process on the 959d840 addons tree and on a synthetic tree of 2,000
# Caicloud chart files (plus a mixed Helm/manifest tree): bench/list-images-bench.ts does the work.
# Usage: bench/list-images.sh [--runs N] [--files N] [--folders N] [--no-mix] [--dist DIR]   (see --help)
set -euo pipefail

source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
bench_require_tools node
bench_run list-images bench/list-images-bench.ts "$@"
