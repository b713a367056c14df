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
