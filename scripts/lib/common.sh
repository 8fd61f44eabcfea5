# Shared by scripts/demo, scripts/test and scripts/bench: find Swift, install what is missing.
# Safe to source more than once.

repo_root() { cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd; }

ensure_swift() {
  if ! command -v swift >/dev/null 2>&1; then
    for d in /opt/swift/usr/bin /usr/share/swift/usr/bin; do
      [ -x "$d/swift" ] && export PATH="$d:$PATH" && break
    done
  fi
  command -v swift >/dev/null 2>&1 || {
    echo "error: the Swift toolchain (6.x) is not installed; install it and put swift on PATH" >&2
    exit 1
  }
}

# The system C libraries qingzhang links: ICU, SQLite and libcsv (Debian package names).
ensure_libs() {
  local missing=()
  [ -f /usr/include/unicode/ucnv.h ] || missing+=(libicu-dev)
  [ -f /usr/include/sqlite3.h ] || missing+=(libsqlite3-dev)
  [ -f /usr/include/csv.h ] || missing+=(libcsv-dev)
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "installing ${missing[*]} ..." >&2
  local sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >&2
}
