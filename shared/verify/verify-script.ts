// verify.sh, the bundle's own offline check: POSIX sh, coreutils and tar only (no Node, no jq, no
// network), so it runs on a minimal Debian or a busybox userland. It checks every file against
// SHA256SUMS (and that none is unlisted), unpacks the registry storage archive into a temp folder, and
// for every image of images.lock checks the tag link, the repository links and that every blob is there
// with the sha256 its name says; a delta bundle (BASE) looks for the blobs it leaves out in the site's
// registry storage. One line per problem, a count at the end; exit 0 only when everything holds.
// The messages match `prel verify-bundle`'s (bundle-verifier.ts).

export const VERIFY_SCRIPT = 'verify.sh';

export interface VerifyScriptOptions {
  /** Path inside the bundle of the registry storage archive. */
  registryArchive: string;
  /** Whether the bundle carries SHA256SUMS (then its absence is a problem). */
  checksums: boolean;
}

function shQuote(value: string): string {
  return `'${value.replace(/'/g, `'\\''`)}'`;
}

export function verifyScript(options: VerifyScriptOptions): string {
  return `#!/bin/sh
# verify.sh: checks this bundle offline, with nothing but a POSIX shell, coreutils and tar.
#
#   sh verify.sh                       a full bundle
#   sh verify.sh <registry-storage>    a delta bundle (it has a BASE file): the folder the site's
#                                      registry serves, the one holding docker/registry/v2
#
# Checks every file against SHA256SUMS, then unpacks ${options.registryArchive} into a temp folder
# (TMPDIR, else /tmp: it needs as much free space as the registry) and checks, for every image in
# images.lock, the tag link, the repository links and the sha256 of every manifest, config and layer.
# Prints one line per problem and a count; exits 0 only when everything holds (2: could not run).
set -u
REGISTRY_ARCHIVE=${shQuote(options.registryArchive)}
CHECKSUMS=${options.checksums ? 1 : 0}
LOCK=images.lock

here=$(cd "$(dirname "$0")" && pwd) || exit 2
cd "$here" || exit 2
problems=0
problem() {
  printf 'PROBLEM %s\\n' "$*"
  problems=$((problems + 1))
}
die() {
  printf 'verify.sh: %s\\n' "$*" >&2
  exit 2
}

storage=
if [ -f BASE ]; then
  base=
  while read -r key value; do [ "$key" = release ] && base=$value; done < BASE
  [ $# -ge 1 ] || die "this is a delta bundle on top of release \${base:-?}: give the folder of the site's registry storage (the one holding docker/registry/v2)"
  if [ -d "$1/docker/registry/v2" ]; then storage="$1/docker/registry/v2"
  elif [ -d "$1/blobs/sha256" ]; then storage=$1
  else die "$1 holds no registry storage (no docker/registry/v2 in it)"
  fi
  printf 'delta on top of release %s; left-out blobs are read from %s\\n' "\${base:-?}" "$storage"
fi

work=$(mktemp -d "\${TMPDIR:-/tmp}/verify-bundle.XXXXXX") || die "cannot create a temp folder in \${TMPDIR:-/tmp}"
trap 'rm -rf "$work"' EXIT
trap 'exit 130' INT TERM
mkdir "$work/listed" "$work/ok" "$work/bad" "$work/registry" || die "cannot write to $work"

# 1. Every file against SHA256SUMS, and no file left out of it.
files=0
if [ -f SHA256SUMS ]; then
  while IFS= read -r line || [ -n "$line" ]; do
    sum=\${line%% *}
    name=\${line#*  }
    [ -n "$sum" ] && [ "$name" != "$line" ] || continue
    files=$((files + 1))
    mkdir -p "$work/listed/$(dirname "$name")" && : > "$work/listed/$name"
    if [ ! -f "$name" ]; then
      problem "$name: listed in SHA256SUMS but missing"
      continue
    fi
    actual=$(sha256sum < "$name") || actual=unreadable
    actual=\${actual%% *}
    [ "$actual" = "$sum" ] || problem "$name: sha256 $actual, SHA256SUMS says $sum"
  done < SHA256SUMS
  unlisted() {
    for f in "$1"* "$1".[!.]* "$1"..?*; do
      [ -e "$f" ] || [ -L "$f" ] || continue
      if [ -d "$f" ] && [ ! -L "$f" ]; then unlisted "$f/"
      elif [ "$f" != SHA256SUMS ] && [ ! -f "$work/listed/$f" ]; then problem "$f: not listed in SHA256SUMS"
      fi
    done
  }
  unlisted ''
elif [ "$CHECKSUMS" = 1 ]; then
  problem "SHA256SUMS: missing"
fi

# 2. Every image of images.lock in the registry storage archive.
images=0
blobs=0
if [ ! -f "$LOCK" ]; then
  printf 'no %s: the images were not checked\\n' "$LOCK"
elif [ ! -f "$REGISTRY_ARCHIVE" ]; then
  problem "$REGISTRY_ARCHIVE: missing, so no image of $LOCK can be checked"
else
  case $REGISTRY_ARCHIVE in
    *.gz | *.tgz) tar -xzf "$REGISTRY_ARCHIVE" -C "$work/registry" ;;
    *) tar -xf "$REGISTRY_ARCHIVE" -C "$work/registry" ;;
  esac || problem "$REGISTRY_ARCHIVE: cannot be unpacked completely"
  reg="$work/registry/docker/registry/v2"

  # A blob's sha256 is computed once, whichever images share it; the verdict is kept in $work.
  check_blob() {
    ref=$1
    digest=$2
    hex=\${digest#sha256:}
    [ -f "$work/ok/$hex" ] && return 0
    if [ -f "$work/bad/$hex" ]; then
      problem "$ref: $(cat "$work/bad/$hex")"
      return 0
    fi
    blobs=$((blobs + 1))
    two=\${hex%"\${hex#??}"}
    data="blobs/sha256/$two/$hex/data"
    where=
    if [ -f "$reg/$data" ]; then file="$reg/$data"
    elif [ -n "$storage" ] && [ -f "$storage/$data" ]; then file="$storage/$data"; where=" in $storage"
    else
      if [ -n "$storage" ]; then msg="blob $digest is neither in the delta nor in $storage"; else msg="blob $digest is missing"; fi
      printf '%s' "$msg" > "$work/bad/$hex"
      problem "$ref: $msg"
      return 0
    fi
    sum=$(sha256sum < "$file") || sum=unreadable
    sum=\${sum%% *}
    if [ "$sum" = "$hex" ]; then
      : > "$work/ok/$hex"
    else
      msg="blob $digest is corrupt$where (its bytes hash to sha256:$sum)"
      printf '%s' "$msg" > "$work/bad/$hex"
      problem "$ref: $msg"
    fi
  }

  while read -r ref root rest || [ -n "\${ref:-}" ]; do
    case $ref in '' | '#'*) continue ;; esac
    images=$((images + 1))
    case $ref in
      *@*) repo=\${ref%%@*}; tag= ;;
      *) repo=\${ref%:*}; tag=\${ref##*:} ;;
    esac
    dir="$reg/repositories/$repo"
    if [ -n "$tag" ]; then
      link="$dir/_manifests/tags/$tag/current/link"
      if [ ! -f "$link" ]; then problem "$ref: tag link is missing"
      else
        current=$(cat "$link")
        [ "$current" = "$root" ] || problem "$ref: tag points at $current, $LOCK says $root"
      fi
    fi
    for digest in $root $rest; do
      hex=\${digest#sha256:}
      case $digest in
        sha256:*) ;;
        *) problem "$ref: '$digest' in $LOCK is not a sha256 digest"; continue ;;
      esac
      case $hex in *[!0-9a-f]*) problem "$ref: '$digest' in $LOCK is not a sha256 digest"; continue ;; esac
      [ \${#hex} -eq 64 ] || { problem "$ref: '$digest' in $LOCK is not a sha256 digest"; continue; }
      linked=
      for kind in _manifests/revisions _layers; do
        f="$dir/$kind/sha256/$hex/link"
        [ -f "$f" ] && [ "$(cat "$f")" = "$digest" ] && linked=1
      done
      [ -n "$linked" ] || problem "$ref: $digest is not linked in repository $repo"
      check_blob "$ref" "$digest"
    done
  done < "$LOCK"
fi

if [ "$problems" -eq 0 ]; then
  printf 'verify.sh: OK: %s file(s), %s image(s), %s blob(s) checked\\n' "$files" "$images" "$blobs"
  exit 0
fi
printf 'verify.sh: %s problem(s) found (%s file(s), %s image(s), %s blob(s) checked)\\n' "$problems" "$files" "$images" "$blobs"
exit 1
`;
}
