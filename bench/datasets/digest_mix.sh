#!/usr/bin/env bash
# The digest issue 11 closes with: ../shared/seeds, the bundled example
# (examples/harbor-bridge) and 20 BASIL events mixed together in one pile,
# digested as a reader would. The BASIL articles are converted by
# group_data.py into a scratch folder (never into the repository); the 20
# events are the first 20 of the conversion's order (by year, then file).
#
#   bench/datasets/digest_mix.sh [OUT_DIR] [-- DIGEST_OPTIONS...]
#
# writes OUT_DIR/basil20.jsonl and OUT_DIR/digest.md (default OUT_DIR:
# /tmp/concord-digest-mix) and prints the digest. The binary is $CONCORD,
# else build-bench/ or build/ (common.sh).
set -euo pipefail
source "$(dirname "$0")/common.sh"

out=${1:-/tmp/concord-digest-mix}
[ $# -gt 0 ] && shift
[ "${1:-}" = "--" ] && shift
case $(mkdir -p "$out" && cd "$out" && pwd)/ in
  "$repo_dir"/*) echo "digest_mix.sh: $out is inside the repository; use a scratch folder" >&2
                 exit 2 ;;
esac
shared=$(shared_dir)
concord=$(concord_bin)
for path in "$shared/seeds" "$shared/data/basil/articles"; do
  [ -e "$path" ] || { echo "digest_mix.sh: $path: not found" >&2; exit 2; }
done

CONCORD_SHARED_DIR=$shared /usr/bin/python3 "$repo_dir/bench/datasets/group_data.py" basil \
  "$out/basil-all.jsonl" >&2
# The first 20 events (BASIL's "story" label is its event triplet).
/usr/bin/python3 - "$out/basil-all.jsonl" "$out/basil20.jsonl" <<'PY'
import json, sys
events, kept = [], []
with open(sys.argv[1], encoding="utf-8") as f:
    for line in f:
        row = json.loads(line)
        if row["story"] not in events:
            if len(events) == 20:
                continue
            events.append(row["story"])
        kept.append(line)
with open(sys.argv[2], "w", encoding="utf-8") as f:
    f.writelines(kept)
print(f"{sys.argv[2]}: {len(kept)} articles, {len(events)} events", file=sys.stderr)
PY
"$concord" digest "$shared/seeds" "$repo_dir/examples/harbor-bridge" "$out/basil20.jsonl" \
  --format md "$@" | tee "$out/digest.md"
