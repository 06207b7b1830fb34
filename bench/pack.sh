#!/usr/bin/env bash
# Benchmarks prel's pack-registry against the path it replaces (skopeo sync into a fresh registry, then tar -czf of
# its storage folder, and tar -cf) and the source's serving time, on local registries: bench/pack-bench.ts does the work.
# Usage: bench/pack.sh [--images N] [--scale F] [--rounds N] [--storage tmpfs|disk] [--concurrency N] [--order alternate|old|prel] [--dist DIR]   (see --help)
set -euo pipefail

source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
bench_require_tools registry skopeo gnu-tar gzip node
bench_run pack-registry bench/pack-bench.ts "$@"
