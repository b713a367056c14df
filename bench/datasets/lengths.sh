#!/usr/bin/env bash
# The "Every length" table of docs/summarize.md: R-1 and R-2 (recall and F)
# of every method at 50, 100, 200 and 300 words, under the project protocol
# otherwise (ROUGE-1.5.5 -n 2 -2 4 -u -m -f A -p 0.5, summaries cut at the
# budget), and whether the default is best at each length (by R-2 F, and
# within 0.2 of the best R-1 F).
#
#   bench/datasets/lengths.sh [--write] [SET...]
#
# SET is validation-full250 (the default), validation-trunc5622 or train250
# (the training sample of train_sample.sh). --write replaces the table
# between the lengths:begin/end marks of docs/summarize.md (only with the
# default set list). Uses $CONCORD or build-bench/concord or build/concord,
# and $CONCORD_SHARED_DIR or ../shared. full250: about a minute on 2 cores;
# trunc5622: several minutes.
set -euo pipefail
source "$(dirname "$0")/common.sh"
write=false
[ "${1:-}" = --write ] && { write=true; shift; }
sets=("$@")
[ ${#sets[@]} -gt 0 ] || sets=(validation-full250 validation-trunc5622)
concord=$(concord_bin)
shared=$(shared_dir)
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

table() {
  echo "| set | words | method | R-1 R | R-1 F | R-2 R | R-2 F | default best? |"
  echo "|---|---|---|---|---|---|---|---|"
  for set in "${sets[@]}"; do
    local file=$shared/data/multinews/$set.jsonl
    if [ "$set" = train250 ]; then
      file=$scratch/train250.jsonl
      "$(dirname "$0")/train_sample.sh" "$file"
    fi
    for words in 50 100 200 300; do
      echo "lengths.sh: $set $words words" >&2
      "$concord" eval --data "$file" --method all --words "$words" >"$scratch/out.md"
      # runner rows: | method | R-1 R | R-1 P | R-1 F | R-2 R | R-2 P | R-2 F | ...
      awk -F'|' -v set="$set" -v words="$words" '
        $2 ~ /^ [a-z]+ $/ && $3 ~ /^ *[0-9.]+ *$/ {
          m = $2; gsub(/ /, "", m); n++
          name[n] = m; r1r[n] = $3 + 0; r1f[n] = $5 + 0; r2r[n] = $6 + 0; r2f[n] = $8 + 0
          if (r1f[n] > b1) b1 = r1f[n]
          if (r2f[n] > b2) b2 = r2f[n]
          if (m == "default") d = n
        }
        END {
          for (i = 1; i <= n; ++i) {
            verdict = ""
            if (i == d) {
              if (r2f[i] >= b2 && r1f[i] >= b1 - 0.2) verdict = "yes"
              else verdict = sprintf("no: R-2 F %.2f below the best, R-1 F %.2f", b2 - r2f[i], b1 - r1f[i])
            }
            printf "| %s | %s | %s | %.2f | %.2f | %.2f | %.2f | %s |\n", set, words, name[i],
              r1r[i], r1f[i], r2r[i], r2f[i], verdict
          }
        }' "$scratch/out.md"
    done
  done
}

table >"$scratch/table.md"
cat "$scratch/table.md"
if $write; then
  doc=$repo_dir/docs/summarize.md
  grep -q '^<!-- lengths:begin -->$' "$doc" && grep -q '^<!-- lengths:end -->$' "$doc" ||
    { echo "lengths.sh: $doc lacks the lengths:begin/end marks" >&2; exit 1; }
  awk -v table="$scratch/table.md" '
    /^<!-- lengths:begin -->$/ { print; while ((getline line < table) > 0) print line; skip = 1; next }
    /^<!-- lengths:end -->$/ { skip = 0 }
    !skip' "$doc" >"$scratch/doc.md"
  cp "$scratch/doc.md" "$doc"
  echo "lengths.sh: updated $doc" >&2
fi
