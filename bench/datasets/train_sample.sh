#!/usr/bin/env bash
# The training samples that readability and length choices are made on
# (docs/summarize.md, "Readability"), from multinews/train-trunc10000 (the
# only training text the project has: truncated, tokenized):
#   250   every 40th cluster (ids multinews-train-39, -79, ...): readability
#   1000  every 10th, from the 5th (ids multinews-train-4, -14, ...): ROUGE
#
#   bench/datasets/train_sample.sh OUT.jsonl [250|1000]
set -euo pipefail
source "$(dirname "$0")/common.sh"
[ $# -ge 1 ] && [ $# -le 2 ] || { echo "usage: $0 OUT.jsonl [250|1000]" >&2; exit 2; }
train=$(shared_dir)/data/multinews/train-trunc10000.jsonl
case "${2:-250}" in
  250) awk 'NR % 40 == 0' "$train" >"$1" ;;
  1000) awk 'NR % 10 == 5' "$train" >"$1" ;;
  *) echo "train_sample.sh: size must be 250 or 1000" >&2; exit 2 ;;
esac
