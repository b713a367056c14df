#!/usr/bin/env bash
# Time of `POST /v1/articles` (group, store, and compute the story's
# summary, comparison and quotes) of one real 10-article story into a fresh
# store, for a binary and a reference binary in the same run
# (docs/benchmarks.md, "Storing a story").
#
#   bench/serve/ingest.sh [--rounds R] [--binary PATH] [--baseline PATH]
#                         [--data FILE]
#
# Each round starts `concord serve --db $TMP/N.db --port 0` on loopback for
# each binary in turn (the order alternates between rounds), posts the
# story once with curl and stops the server. Prints each binary's median
# and the ratio binary / baseline of the medians. The story is the one of
# load.sh (story_body.py: by default the first 10 documents of ECB+
# sub-topic 1, read from ../shared). Defaults: R=11, build/concord against
# /work/baseline/concord (give --baseline). Run it under `nice -n 10` on a
# shared machine. Needs python3 and curl.
set -euo pipefail
cd "$(dirname "$0")/../.."

rounds=11
binary=build/concord
baseline=""
data=../shared/data/ecbplus/ECBplus-xml-eba7c4d.tar.gz
while [ $# -gt 0 ]; do
  case "$1" in
    --rounds) rounds=$2; shift 2 ;;
    --binary) binary=$2; shift 2 ;;
    --baseline) baseline=$2; shift 2 ;;
    --data) data=$2; shift 2 ;;
    -h|--help) sed -n '2,17p' "$0"; exit 0 ;;
    *) echo "ingest.sh: unknown argument $1" >&2; exit 2 ;;
  esac
done
for b in "$binary" "$baseline"; do
  [ -x "$b" ] || { echo "ingest.sh: '$b' is not an executable (--binary, --baseline)" >&2; exit 2; }
done
[ -f "$data" ] || { echo "ingest.sh: $data missing" >&2; exit 2; }

tmp=$(mktemp -d)
server=""
cleanup() {
  if [ -n "$server" ] && kill -0 "$server" 2>/dev/null; then
    kill -TERM "$server"; wait "$server" 2>/dev/null || true
  fi
  rm -rf "$tmp"
}
trap cleanup EXIT
python3 bench/serve/story_body.py "$data" "$tmp"

# post BINARY DB: the seconds one POST /v1/articles took, on a new server.
post() {
  "$1" serve --db "$2" --port 0 >"$tmp/serve.log" 2>&1 &
  server=$!
  local url=""
  for _ in $(seq 1 100); do
    url=$(grep -o 'http://[0-9.:]*' "$tmp/serve.log" | head -1 || true)
    [ -n "$url" ] && break
    sleep 0.05
  done
  [ -n "$url" ] || { echo "ingest.sh: $1 did not say where it listens" >&2; exit 1; }
  curl -sS -f -o /dev/null -w '%{time_total}\n' -X POST -H 'Content-Type: application/json' \
    --data-binary "@$tmp/articles.json" "$url/v1/articles"
  kill -TERM "$server"; wait "$server" 2>/dev/null || true
  server=""
}

: >"$tmp/binary.txt"; : >"$tmp/baseline.txt"
echo "ingest.sh: $rounds rounds, load average $(cut -d' ' -f1-3 /proc/loadavg)"
for round in $(seq 1 "$rounds"); do
  if [ $((round % 2)) = 1 ]; then
    post "$binary" "$tmp/a$round.db" >>"$tmp/binary.txt"
    post "$baseline" "$tmp/b$round.db" >>"$tmp/baseline.txt"
  else
    post "$baseline" "$tmp/b$round.db" >>"$tmp/baseline.txt"
    post "$binary" "$tmp/a$round.db" >>"$tmp/binary.txt"
  fi
done
python3 - "$tmp" "$binary" "$baseline" <<'PY'
import statistics, sys
tmp, binary, baseline = sys.argv[1:4]
times = {name: [float(x) for x in open(f"{tmp}/{name}.txt")] for name in ("binary", "baseline")}
med = {name: statistics.median(v) for name, v in times.items()}
for name, path in (("binary", binary), ("baseline", baseline)):
    v = times[name]
    print(f"{path}: median {med[name] * 1000:.1f} ms (min {min(v) * 1000:.1f}, "
          f"max {max(v) * 1000:.1f}) over {len(v)} posts")
print(f"ratio binary / baseline: {med['binary'] / med['baseline']:.3f}")
PY
echo "ingest.sh: load average at the end $(cut -d' ' -f1-3 /proc/loadavg)"
