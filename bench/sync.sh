#!/usr/bin/env bash
# Benchmarks prel's sync-images against `skopeo sync --all`, a minimal reference copy and the target's raw ingest
# (bench/sync-bench.ts does the work; bench/reference-copy.mjs is the reference).
# Usage: bench/sync.sh [--images N] [--big-layer MB] [--rounds N] [--storage tmpfs|disk] [--no-skopeo]   (see --help)
set -euo pipefail

source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
bench_require_tools registry skopeo node
bench_run sync-images bench/sync-bench.ts "$@"
