#!/usr/bin/env bash
# Benchmarks prel's pack-registry against the path it replaces (skopeo sync into a fresh registry, then tar -czf of
# its storage folder) on local registries: bench/pack-bench.ts does the work.
# Usage: bench/pack.sh [--images N] [--scale F] [--rounds N] [--concurrency N] [--order alternate|old|prel] [--dist DIR]   (see --help)
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

missing=()
if ! command -v docker-registry >/dev/null 2>&1 && ! command -v registry >/dev/null 2>&1 && [ -z "${REGISTRY_BIN:-}" ]; then
  missing+=("docker-registry (Debian package: docker-registry)")
fi
if ! command -v skopeo >/dev/null 2>&1; then
  missing+=("skopeo (Debian package: skopeo)")
fi
if ! tar --version 2>/dev/null | grep -q 'GNU tar'; then
  missing+=("GNU tar (Debian package: tar)")
fi
if ! command -v gzip >/dev/null 2>&1; then
  missing+=("gzip (Debian package: gzip)")
fi
if ! command -v node >/dev/null 2>&1; then
  missing+=("node (Node.js 20 or later)")
fi
if [ "${#missing[@]}" -gt 0 ]; then
  echo "bench/pack.sh: missing on PATH:" >&2
  for m in "${missing[@]}"; do echo "  - $m" >&2; done
  echo "Install them, e.g.: sudo apt-get install docker-registry skopeo tar gzip" >&2
  exit 2
fi

own_dist=no
for arg in "$@"; do
  case "$arg" in --dist|--dist=*) own_dist=yes ;; esac
done
if [ "$own_dist" = no ] && { [ ! -f dist/pack-registry/index.js ] || [ ! -f dist/prel/index.js ]; }; then
  echo "bench/pack.sh: dist/pack-registry/index.js is missing; running npm run build" >&2
  npm run build
fi

exec npx tsx bench/pack-bench.ts "$@"
