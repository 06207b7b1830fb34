#!/usr/bin/env bash
# Benchmarks a delta pack (pack-registry previous-lock) against the full pack of the next release, with a share of
# the images moved to a new top layer: bench/delta-bench.ts does the work.
# Usage: bench/delta.sh [--images N] [--changed PERCENT] [--scale F] [--rounds N] [--concurrency N] [--dist DIR]   (see --help)
set -euo pipefail

source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
bench_require_tools registry gnu-tar node
bench_run pack-registry bench/delta-bench.ts "$@"
