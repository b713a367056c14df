#!/usr/bin/env bash
# Load benchmark of `concord serve` (issue 12, item 6; docs/benchmarks.md,
# "concord serve under load").
#
#   bench/serve/load.sh [--requests N] [--concurrency C] [--rounds R]
#                       [--binary PATH] [--data FILE]
#
# Starts `concord serve --db $TMP/x.db --port 0` on loopback, reads the
# server's RSS (VmRSS of /proc/PID/status), posts a 10-article story with
# `POST /v1/articles`, then runs with ab (apache2-utils, installed here with
# apt-get when missing; nothing is added to scripts/install-deps):
#   N `POST /v1/summarize` of the same 10 articles at C connections,
#   N `GET /v1/stories/{id}` of the stored story at C connections,
# and the two again R times in all (rounds), printing requests, failed and
# non-2xx counts, requests/s, p50/p99 latency, and RSS before and after each
# round (the growth check). Defaults: N=10000, C=32, R=3.
#
# The articles are read at run time from ../shared (no article text is in the
# repository). By default, one real 10-article story: the first 10 documents
# (by number) of ECB+ sub-topic 1 "ecb" (one event, ten outlets' reports),
# from ../shared/data/ecbplus/ECBplus-xml-eba7c4d.tar.gz; ECB+ stores
# tokens, which are joined back into text. With --data FILE.jsonl
# (Multi-News), the first 10 documents of the file in order, which span
# several clusters. POST /v1/articles groups them, and the GET rounds ask
# for the story holding the most of them.
#
# Exits 1 when any request failed (ab's "Failed requests" or "Non-2xx
# responses", or fewer completed requests than asked). Run it under
# `nice -n 10` on a shared machine. Needs build/concord (cmake --build build
# --target concord), python3 and curl.
set -euo pipefail
cd "$(dirname "$0")/../.."

requests=10000
concurrency=32
rounds=3
binary=build/concord
data=../shared/data/ecbplus/ECBplus-xml-eba7c4d.tar.gz
while [ $# -gt 0 ]; do
  case "$1" in
    --requests) requests=$2; shift 2 ;;
    --concurrency) concurrency=$2; shift 2 ;;
    --rounds) rounds=$2; shift 2 ;;
    --binary) binary=$2; shift 2 ;;
    --data) data=$2; shift 2 ;;
    -h|--help) sed -n '2,30p' "$0"; exit 0 ;;
    *) echo "load.sh: unknown argument $1" >&2; exit 2 ;;
  esac
done
[ -x "$binary" ] || { echo "load.sh: $binary missing (cmake --build build --target concord)" >&2; exit 2; }
[ -f "$data" ] || { echo "load.sh: $data missing" >&2; exit 2; }

if ! command -v ab >/dev/null 2>&1; then
  echo "load.sh: installing apache2-utils (ab)" >&2
  sudo=""; [ "$(id -u)" -ne 0 ] && sudo="sudo"
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends apache2-utils >&2
fi

tmp=$(mktemp -d)
server=""
cleanup() {
  if [ -n "$server" ] && kill -0 "$server" 2>/dev/null; then
    kill -TERM "$server"; wait "$server" 2>/dev/null || true
  fi
  rm -rf "$tmp"
}
trap cleanup EXIT

# The two bodies: {"articles": [10 articles]} for /v1/articles and the same
# with JSON options for /v1/summarize.
python3 bench/serve/story_body.py "$data" "$tmp"

"$binary" serve --db "$tmp/x.db" --port 0 >"$tmp/serve.log" 2>&1 &
server=$!
url=""
for _ in $(seq 1 100); do
  url=$(grep -o 'http://[0-9.:]*' "$tmp/serve.log" | head -1 || true)
  [ -n "$url" ] && break
  kill -0 "$server" 2>/dev/null || { cat "$tmp/serve.log" >&2; exit 1; }
  sleep 0.1
done
[ -n "$url" ] || { echo "load.sh: the server did not say where it listens" >&2; exit 1; }

rss() { awk '/^VmRSS:/ {print $2 " kB"}' "/proc/$server/status"; }
rss_before=$(rss)

reply=$(curl -sS -f -X POST -H 'Content-Type: application/json' \
  --data-binary "@$tmp/articles.json" "$url/v1/articles")
story=$(printf '%s' "$reply" | python3 -c 'import collections,json,sys; print(collections.Counter(a["story"] for a in json.load(sys.stdin)["articles"]).most_common(1)[0][0])')
stories=$(printf '%s' "$reply" | python3 -c 'import json,sys; print(len({a["story"] for a in json.load(sys.stdin)["articles"]}))')
articles_in=$(curl -sS -f "$url/v1/stories/$story" | python3 -c 'import json,sys; print(len(json.load(sys.stdin)["articles"]))')
echo "load.sh: server $url, story $story ($articles_in of the 10 articles; $stories stories), RSS before load $rss_before"
echo "load.sh: $requests requests per run at $concurrency connections, load average $(cut -d' ' -f1-3 /proc/loadavg)"

failed=0
# run NAME ab-args...: one ab run, summarised on one line.
run() {
  local name=$1; shift
  local out="$tmp/ab.txt"
  if ! ab -q -n "$requests" -c "$concurrency" -s 60 "$@" >"$out" 2>&1; then
    cat "$out" >&2; failed=1; echo "$name: ab failed"; return
  fi
  local complete fails non2xx rps p50 p99
  complete=$(awk '/^Complete requests:/ {print $3}' "$out")
  fails=$(awk '/^Failed requests:/ {print $3}' "$out")
  non2xx=$(awk '/^Non-2xx responses:/ {print $3}' "$out"); non2xx=${non2xx:-0}
  rps=$(awk '/^Requests per second:/ {print $4}' "$out")
  p50=$(awk '$1 == "50%" {print $2}' "$out")
  p99=$(awk '$1 == "99%" {print $2}' "$out")
  echo "$name: $complete requests, $fails failed, $non2xx non-2xx, $rps req/s, p50 $p50 ms, p99 $p99 ms"
  if [ "$complete" != "$requests" ] || [ "$fails" != 0 ] || [ "$non2xx" != 0 ]; then
    failed=1; grep -A3 '^Failed requests' "$out" >&2 || true
  fi
}

for round in $(seq 1 "$rounds"); do
  run "round $round POST /v1/summarize" -p "$tmp/summarize.json" -T application/json "$url/v1/summarize"
  run "round $round GET /v1/stories/$story" "$url/v1/stories/$story"
  echo "round $round: RSS after $(rss), load average $(cut -d' ' -f1-3 /proc/loadavg)"
done
echo "RSS: before $rss_before"
kill -0 "$server" 2>/dev/null || { echo "load.sh: the server died" >&2; exit 1; }
[ "$failed" = 0 ] || { echo "load.sh: some requests failed" >&2; exit 1; }
echo "load.sh: every request answered 2xx"
