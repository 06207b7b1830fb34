#!/usr/bin/env bash
# Seeded chaos runs of sync-images, pack-registry and build-release-image's push: faults on every kind of request,
# both sides, at 5% and 10% by default; bench/chaos-bench.ts does the work and prints the table.
# Usage: bench/chaos.sh [--seeds N] [--rates 0.05,0.1] [--images N] [--actions sync,pack,build]   (see --help)
set -euo pipefail

source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
bench_require_tools registry skopeo node
bench_run sync-images bench/chaos-bench.ts "$@"
