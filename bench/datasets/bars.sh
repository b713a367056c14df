#!/usr/bin/env bash
# The speed bars of the benchmark issue, each beside a baseline measured in
# the same run (the machine is shared and noisy, so ratios travel better
# than seconds):
#   1. ROUGE of the 5,622 validation-trunc5622 pairs in under 2 s
#      (`concord rouge` over the files `concord eval --out` wrote;
#       baseline: reading the same files with cat)
#   2. all of validation-trunc5622 summarized by the default method in
#      under 10 s (the runner's summarizing time; baseline: lead)
#   3. one 1 MB cluster (synthetic-1mb) in under 1 s and 200 MB
#      (`concord summarize`, whole process; baseline: lead)
#
#   bench/datasets/bars.sh [--scratch DIR] [--threads N]
#
# Prints a Markdown table; run it once, not in a loop (about a minute).
set -euo pipefail
source "$(dirname "$0")/common.sh"

scratch=${TMPDIR:-/tmp}/concord-bench
threads=$(nproc)
parse_options bars.sh --scratch=scratch --threads=threads -- "$@"
concord=$(concord_bin)
shared=$(shared_dir)
trunc=$shared/data/multinews/validation-trunc5622.jsonl
mkdir -p "$scratch"
[ -r "$scratch/synthetic-1mb.jsonl" ] ||
  "$(dirname "$0")/make_clusters.sh" "$scratch" "$shared" >&2

# Summarizing seconds of one method over a data set, from the runner's
# clusters/s (printed with one decimal; thousands of clusters a second here).
runner_seconds() {
  awk -F'|' -v method="$2" '
    /^[^|].* clusters, / { split($0, head, ": "); clusters = head[2] + 0 }
    $2 == " " method " " { printf "%.2f\n", clusters / ($11 + 0) }' "$1"
}

echo "bars.sh: trunc5622 lead" >&2
timed "$scratch/bars.lead" "$concord" eval --data "$trunc" --method lead --threads "$threads"
echo "bars.sh: trunc5622 default (--out)" >&2
rm -rf "$scratch/bars-out"
timed "$scratch/bars.default" "$concord" eval --data "$trunc" --method default \
  --threads "$threads" --out "$scratch/bars-out"
lead_s=$(runner_seconds "$scratch/bars.lead" lead)
default_s=$(runner_seconds "$scratch/bars.default" default)

echo "bars.sh: rouge" >&2
pairs=$(find "$scratch/bars-out/default" -name '*.txt' | wc -l)
timed "$scratch/bars.cat" find "$scratch/bars-out/default" "$scratch/bars-out/refs" \
  -type f -exec cat {} +
timed "$scratch/bars.rouge" "$concord" rouge "$scratch/bars-out/default" \
  "$scratch/bars-out/refs" -n 2 -2 4 -u -m -f A -p 0.5 --threads "$threads"
read -r cat_s _ _ <"$scratch/bars.cat.time"
read -r rouge_s rouge_kb rouge_cpu <"$scratch/bars.rouge.time"

echo "bars.sh: 1 MB cluster" >&2
for method in lead default; do
  timed "$scratch/bars.1mb.$method" "$concord" summarize "$scratch/synthetic-1mb.jsonl" \
    --method "$method" --words 300 --truncate
done
read -r one_lead_s one_lead_kb _ <"$scratch/bars.1mb.lead.time"
read -r one_s one_kb one_cpu <"$scratch/bars.1mb.default.time"

awk -v pairs="$pairs" -v rouge="$rouge_s" -v cat="$cat_s" -v rouge_kb="$rouge_kb" -v rouge_cpu="$rouge_cpu" -v one_cpu="$one_cpu" \
    -v lead="$lead_s" -v def="$default_s" \
    -v one="$one_s" -v one_kb="$one_kb" -v one_lead="$one_lead_s" -v one_lead_kb="$one_lead_kb" '
  function pass(ok) { return ok ? "yes" : "**no**" }
  function mb(kb) { return kb == "-" ? "-" : sprintf("%.0f MB", kb / 1024) }
  BEGIN {
    print "| bar | measured | baseline (same run) | ratio | passes |"
    print "|---|---|---|---|---|"
    printf "| ROUGE of %d pairs < 2 s | %.2f s wall, %s s CPU (%s) | %.2f s reading the files (cat) | %.0f× | %s |\n",
      pairs, rouge, rouge_cpu, mb(rouge_kb), cat, (cat > 0 ? rouge / cat : 0), pass(rouge < 2)
    printf "| validation-trunc5622, default < 10 s | %.2f s summarizing | %.2f s lead | %.1f× | %s |\n",
      def, lead, (lead > 0 ? def / lead : 0), pass(def < 10)
    printf "| one 1 MB cluster, default < 1 s | %.2f s wall, %s s CPU (process) | %.2f s lead | %.1f× | %s |\n",
      one, one_cpu, one_lead, (one_lead > 0 ? one / one_lead : 0), pass(one < 1)
    printf "| one 1 MB cluster, default < 200 MB | %s peak RSS | %s lead | %s | %s |\n",
      mb(one_kb), mb(one_lead_kb),
      (one_kb == "-" || one_lead_kb == "-") ? "-" : sprintf("%.1f×", one_kb / one_lead_kb),
      one_kb == "-" ? "not measured" : pass(one_kb / 1024 < 200)
  }'
echo
echo "$(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | sed 's/.*: //'), --threads $threads, load average $(cut -d' ' -f1-3 /proc/loadavg), $(date -u +%Y-%m-%d)"
