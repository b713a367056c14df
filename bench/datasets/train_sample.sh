#!/usr/bin/env bash
# The training sample that readability and length choices are made on
# (docs/summarize.md, "Readability"): every 40th cluster of
# multinews/train-trunc10000 (250 clusters, ids multinews-train-39, -79,
# ...). Training clusters are truncated, tokenized text: the only training
# text the project has.
#
#   bench/datasets/train_sample.sh OUT.jsonl
set -euo pipefail
source "$(dirname "$0")/common.sh"
[ $# -eq 1 ] || { echo "usage: $0 OUT.jsonl" >&2; exit 2; }
awk 'NR % 40 == 0' "$(shared_dir)/data/multinews/train-trunc10000.jsonl" >"$1"
