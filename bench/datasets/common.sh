# Helpers sourced by the bench/datasets scripts (bash; awk for arithmetic).
#
#   concord_bin          the concord binary: $CONCORD, else build-bench/,
#                        else build/ of the repository
#   shared_dir           $CONCORD_SHARED_DIR, else ../shared
#   timed OUT CMD...     runs CMD with stdout to OUT and writes
#                        "<wall s> <peak RSS KB> <CPU s>" to OUT.time (CPU:
#                        user + system, all threads); the last two are "-"
#                        without /usr/bin/time (GNU time)
#   text_bytes FILE      bytes of article text in a Multi-News JSON Lines
#                        file (decoded JSON strings of "documents")
#   script_help          prints the running script's header comment (the
#                        lines after "#!" up to the first that is not a
#                        comment): its --help
#   parse_options NAME SPEC... -- "$@"
#                        the scripts' option loop. SPEC "--opt=var": --opt
#                        VALUE sets $var; "--flag=var=value": --flag sets
#                        $var to value. -h or --help prints script_help and
#                        exits 0; an unknown option, or one without its
#                        value, is "NAME: ..." on stderr and exit 2.

repo_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)

concord_bin() {
  if [ -n "${CONCORD:-}" ]; then echo "$CONCORD"; return; fi
  local b
  for b in "$repo_dir/build-bench/concord" "$repo_dir/build/concord"; do
    [ -x "$b" ] && { echo "$b"; return; }
  done
  echo "bench/datasets: no concord binary; build it (docs/benchmarks.md) or set CONCORD" >&2
  return 2
}

shared_dir() {
  if [ -n "${CONCORD_SHARED_DIR:-}" ]; then echo "$CONCORD_SHARED_DIR"; return; fi
  (cd "$repo_dir/.." && echo "$PWD/shared")
}

timed() {
  local out=$1; shift
  if [ -x /usr/bin/time ]; then
    local rc=0
    /usr/bin/time -f '%e %M %U %S' -o "$out.time" "$@" >"$out" || rc=$?
    # GNU time writes "Command exited with non-zero status N" first then.
    awk 'NF == 4 { printf "%s %s %.2f\n", $1, $2, $3 + $4 }' "$out.time" >"$out.time.tmp"
    mv "$out.time.tmp" "$out.time"
    return $rc
  else
    local start end
    start=$(date +%s.%N)
    "$@" >"$out"
    local rc=$?
    end=$(date +%s.%N)
    awk -v s="$start" -v e="$end" 'BEGIN { printf "%.2f - -\n", e - s }' >"$out.time"
    return $rc
  fi
}

text_bytes() {
  awk '
    {
      d = index($0, "\"documents\": [")
      if (d == 0) next
      docs = substr($0, d + 14)
      # Up to the next key (a key after an unescaped quote cannot be inside
      # a string), or to the end of the line when "documents" comes last.
      e = index(docs, "], \"summaries\": [")
      if (e == 0 && sub(/\][ ]*\}[ \t\r]*$/, "", docs)) e = length(docs) + 1
      if (e == 0) next
      docs = substr(docs, 1, e - 1)
      n = length(docs)
      n -= 4 * gsub(/\\u[0-9a-fA-F][0-9a-fA-F][0-9a-fA-F][0-9a-fA-F]/, "&", docs)
      n -= gsub(/\\[^u]/, "&", docs)
      separators = gsub(/", "/, "&", docs)
      total += n - 2 * (1 + separators) - 2 * separators
    }
    END { printf "%d\n", total }' "$1"
}

script_help() {
  awk 'NR == 1 { next } /^#/ { print; next } { exit }' "$0"
}

parse_options() {
  local _po_name=$1 _po_spec _po_var _po_found
  shift
  local -a _po_specs=()
  while [ $# -gt 0 ] && [ "$1" != -- ]; do _po_specs+=("$1"); shift; done
  [ $# -gt 0 ] && shift
  while [ $# -gt 0 ]; do
    case $1 in -h|--help) script_help; exit 0 ;; esac
    _po_found=false
    for _po_spec in "${_po_specs[@]}"; do
      [ "$1" = "${_po_spec%%=*}" ] || continue
      _po_var=${_po_spec#*=}
      _po_found=true
      if [[ $_po_var == *=* ]]; then
        printf -v "${_po_var%%=*}" '%s' "${_po_var#*=}"
        shift
      else
        [ $# -ge 2 ] || { echo "$_po_name: $1 needs a value" >&2; exit 2; }
        printf -v "$_po_var" '%s' "$2"
        shift 2
      fi
      break
    done
    $_po_found || { echo "$_po_name: unknown option $1 (see --help)" >&2; exit 2; }
  done
}
