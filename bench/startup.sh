#!/usr/bin/env bash
# Where a run's start-up goes: node itself, the libraries prel loads, and sync-images from spawn to its
# first request; bench/startup-bench.ts does the work. Usage: bench/startup.sh [--runs N] [--dist DIR] [--baseline DIR]
set -euo pipefail

source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
bench_require_tools node
bench_run sync-images bench/startup-bench.ts "$@"
