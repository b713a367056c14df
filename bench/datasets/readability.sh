#!/usr/bin/env bash
# The readability figures of docs/summarize.md: `concord eval --task
# readability` with the default method at 100 and 300 words on the training
# sample (train_sample.sh) and validation-full250, and at 100 words on
# BASIL's 100 events. Prints one table row per run (percent of sentences).
#
#   bench/datasets/readability.sh [--method M] [extra eval flags...]
#
# Uses $CONCORD or build-bench/concord or build/concord, and
# $CONCORD_SHARED_DIR or ../shared. About a minute on 2 cores.
set -euo pipefail
source "$(dirname "$0")/common.sh"
concord=$(concord_bin)
shared=$(shared_dir)
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
"$(dirname "$0")/train_sample.sh" "$scratch/train250.jsonl"
runs=("train250 100 $scratch/train250.jsonl" "train250 300 $scratch/train250.jsonl"
      "full250 100 $shared/data/multinews/validation-full250.jsonl"
      "full250 300 $shared/data/multinews/validation-full250.jsonl")
if [ -d "$shared/data/basil/articles" ]; then
  /usr/bin/python3 "$(dirname "$0")/basil_clusters.py" "$shared/data/basil" >"$scratch/basil.jsonl"
  runs+=("basil 100 $scratch/basil.jsonl")
fi
echo "| set | words | sentences | unbalanced quote | unresolved opener | near-duplicate |" \
  "over 60 words | cut mid-quotation | furniture | fragment | late opening | cut by source |" \
  "surname first | surname only |"
echo "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|"
for run in "${runs[@]}"; do
  read -r name words file <<<"$run"
  "$concord" eval --task readability --format json --examples 0 --data "$file" \
    --words "$words" "$@" >"$scratch/out.json"
  /usr/bin/python3 -c '
import json, sys
name, words, path = sys.argv[1:]
for m in json.load(open(path))["methods"]:
    c = m["checks"]
    cells = ["%.1f" % c[k]["percent_of_sentences"] for k in c]
    print("| %s | %s | %d | %s |" % (name if m["method"] == "default" else name + " " + m["method"],
                                     words, m["sentences"], " | ".join(cells)))
' "$name" "$words" "$scratch/out.json"
done
