#!/usr/bin/env bash
# Benchmarks prel's sync-images against `skopeo sync --all` on local registries: bench/sync-bench.ts does the work.
# Usage: bench/sync.sh [--images N] [--scale F] [--concurrency N] [--warm-runs N]   (see --help)
set -euo pipefail

source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
bench_require_tools registry skopeo node
bench_run sync-images bench/sync-bench.ts "$@"
