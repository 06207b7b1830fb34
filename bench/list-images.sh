#!/usr/bin/env bash
# Benchmarks prel's list-images as a whole process on the 959d840 addons tree and on a synthetic tree of 2,000
# Caicloud chart files (plus a mixed Helm/manifest tree): bench/list-images-bench.ts does the work.
# Usage: bench/list-images.sh [--runs N] [--files N] [--folders N] [--no-mix] [--dist DIR]   (see --help)
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

if ! command -v node >/dev/null 2>&1; then
  echo "bench/list-images.sh: node (Node.js 20 or later) is missing on PATH" >&2
  exit 2
fi

own_dist=no
for arg in "$@"; do
  case "$arg" in --dist|--dist=*) own_dist=yes ;; esac
done
if [ "$own_dist" = no ] && { [ ! -f dist/list-images/index.js ] || [ ! -f dist/prel/index.js ]; }; then
  echo "bench/list-images.sh: dist/list-images/index.js is missing; running npm run build" >&2
  npm run build
fi

exec npx tsx bench/list-images-bench.ts "$@"
