# Shared by the bench/*.sh wrappers (sourced, not run): tool checks, building dist/ when it is missing, and handing
# over to the TypeScript bench. Usage, from a wrapper:
#   source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
#   bench_require_tools registry skopeo node
#   bench_run pack-registry bench/pack-bench.ts "$@"

# The wrapper's name in messages (bench/pack.sh), and the repository root as the working directory.
BENCH_SCRIPT="bench/$(basename "${BASH_SOURCE[1]}")"
cd "$(dirname "${BASH_SOURCE[0]}")/.."

# bench_require_tools TOOL...: exits 2, naming what is missing and how to install it, unless every TOOL is on PATH.
# TOOLs: registry (docker-registry or registry, or $REGISTRY_BIN), skopeo, gnu-tar, gzip, node.
bench_require_tools() {
  local tool found what package missing=() packages=()
  for tool in "$@"; do
    case "$tool" in
      registry)
        found=no
        if command -v docker-registry >/dev/null 2>&1 || command -v registry >/dev/null 2>&1 || [ -n "${REGISTRY_BIN:-}" ]; then found=yes; fi
        what="docker-registry" package=docker-registry ;;
      skopeo)
        found=no; if command -v skopeo >/dev/null 2>&1; then found=yes; fi
        what="skopeo" package=skopeo ;;
      gnu-tar)
        found=no; if tar --version 2>/dev/null | grep -q 'GNU tar'; then found=yes; fi
        what="GNU tar" package=tar ;;
      gzip)
        found=no; if command -v gzip >/dev/null 2>&1; then found=yes; fi
        what="gzip" package=gzip ;;
      node)
        found=no; if command -v node >/dev/null 2>&1; then found=yes; fi
        what="node" package="" ;;
      *)
        echo "$BENCH_SCRIPT: bench_require_tools: unknown tool '$tool'" >&2
        exit 2 ;;
    esac
    if [ -n "$package" ]; then
      packages+=("$package")
      [ "$found" = yes ] || missing+=("$what (Debian package: $package)")
    elif [ "$found" = no ]; then
      missing+=("$what (Node.js 20 or later)")
    fi
  done
  [ "${#missing[@]}" -gt 0 ] || return 0
  if [ "${#packages[@]}" -eq 0 ]; then
    # Nothing apt-get could install: one line per missing tool.
    for what in "${missing[@]}"; do echo "$BENCH_SCRIPT: $what is missing on PATH" >&2; done
    exit 2
  fi
  echo "$BENCH_SCRIPT: missing on PATH:" >&2
  for what in "${missing[@]}"; do echo "  - $what" >&2; done
  echo "Install them, e.g.: sudo apt-get install ${packages[*]}" >&2
  exit 2
}

# bench_run ACTION BENCH_TS ARG...: unless ARGs name their own --dist, runs npm run build when dist/ACTION/index.js
# or the bundle dist/prel/index.js is missing; then execs the bench with ARGs.
bench_run() {
  local action="$1" bench="$2" arg own_dist=no
  shift 2
  for arg in "$@"; do
    case "$arg" in --dist|--dist=*) own_dist=yes ;; esac
  done
  if [ "$own_dist" = no ] && { [ ! -f "dist/$action/index.js" ] || [ ! -f dist/prel/index.js ]; }; then
    echo "$BENCH_SCRIPT: dist/$action/index.js is missing; running npm run build" >&2
    npm run build
  fi
  exec npx tsx "$bench" "$@"
}
