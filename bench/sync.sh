#!/usr/bin/env bash
# Benchmarks prel's sync-images against `skopeo sync --all` on local registries: bench/sync-bench.ts does the work.
# Usage: bench/sync.sh [--images N] [--scale F] [--concurrency N] [--warm-runs N]   (see --help)
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

missing=()
if ! command -v docker-registry >/dev/null 2>&1 && ! command -v registry >/dev/null 2>&1 && [ -z "${REGISTRY_BIN:-}" ]; then
  missing+=("docker-registry (Debian package: docker-registry)")
fi
if ! command -v skopeo >/dev/null 2>&1; then
  missing+=("skopeo (Debian package: skopeo)")
fi
if ! command -v node >/dev/null 2>&1; then
  missing+=("node (Node.js 20 or later)")
fi
if [ "${#missing[@]}" -gt 0 ]; then
  echo "bench/sync.sh: missing on PATH:" >&2
  for m in "${missing[@]}"; do echo "  - $m" >&2; done
  echo "Install them, e.g.: sudo apt-get install docker-registry skopeo" >&2
  exit 2
fi

if [ ! -f dist/sync-images/index.js ]; then
  echo "bench/sync.sh: dist/sync-images/index.js is missing; running npm run build" >&2
  npm run build
fi

exec npx tsx bench/sync-bench.ts "$@"
