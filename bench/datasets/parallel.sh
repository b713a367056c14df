#!/usr/bin/env bash
# The speed bars of issue 9 ("every core"), each against a baseline binary
# measured in the same run, every timing repeated and the median kept (the
# machine is shared and noisy, so ratios travel better than seconds):
#   1. validation-trunc5622 summarized by the default, whole process:
#        concord summarize FILE --words 300 > /dev/null
#      on 2 threads, at least 3x faster than the baseline binary
#   2. the same on 1 thread: the 2-thread run at least 1.7x the 1-thread run,
#      and MB of article text a second on one core
#   3. one 1 MB story (synthetic-1mb: 299 articles of web text) in under
#      0.2 s, against the baseline
#   4. growth inside one story: 1, 10 and 30 MB of news prose in one story
#      (prose-*mb), wall time and peak RSS (/usr/bin/time), against the
#      baseline
#
#   bench/datasets/parallel.sh --baseline BIN [--repeat N] [--scratch DIR]
#                              [--skip-growth]
#
# BIN is the concord binary to compare with (e.g. one built at main).
# Prints Markdown tables; takes a few minutes. Run it on a quiet machine
# (check `uptime`), never beside a build.
set -euo pipefail
source "$(dirname "$0")/common.sh"

baseline=""
repeat=3
scratch=${TMPDIR:-/tmp}/concord-bench
growth=true
parse_options parallel.sh --baseline=baseline --repeat=repeat --scratch=scratch \
  --skip-growth=growth=false -- "$@"
[ -x "$baseline" ] || { echo "parallel.sh: give --baseline BIN (an executable)" >&2; exit 2; }
concord=$(concord_bin)
shared=$(shared_dir)
trunc=$shared/data/multinews/validation-trunc5622.jsonl
[ -r "$trunc" ] || { echo "parallel.sh: $trunc: not found" >&2; exit 2; }
mkdir -p "$scratch"
[ -r "$scratch/prose-30mb.jsonl" ] && [ -r "$scratch/synthetic-1mb.jsonl" ] ||
  "$(dirname "$0")/make_clusters.sh" "$scratch" "$shared" >&2

# median NAME CMD...: runs CMD $repeat times (stdout and stderr to files in
# the scratch folder; a non-zero exit, such as summarize's 2 for the 10
# clusters of validation-trunc5622 with no sentence left, is not an error
# here) and prints the median run's "<wall s> <peak RSS KB> <CPU s>".
median() {
  local name=$1; shift
  local i
  : >"$scratch/$name.runs"
  for ((i = 0; i < repeat; i++)); do
    echo "parallel.sh: $name ($((i + 1))/$repeat)" >&2
    timed "$scratch/$name.out" "$@" 2>"$scratch/$name.err" || true
    cat "$scratch/$name.out.time" >>"$scratch/$name.runs"
  done
  sort -n "$scratch/$name.runs" | awk -v n="$repeat" 'NR == int((n + 1) / 2)'
}

trunc_mb=$(awk -v b="$(text_bytes "$trunc")" 'BEGIN { printf "%.2f", b / 1e6 }')
read -r base_s base_kb base_cpu < <(median trunc.base "$baseline" summarize "$trunc" --words 300)
read -r two_s two_kb two_cpu < <(median trunc.2 "$concord" summarize "$trunc" --words 300 \
  --threads 2)
read -r one_s one_kb one_cpu < <(median trunc.1 "$concord" summarize "$trunc" --words 300 \
  --threads 1)
read -r big_base_s big_base_kb big_base_cpu < <(median 1mb.base "$baseline" summarize \
  "$scratch/synthetic-1mb.jsonl" --words 300)
read -r big_s big_kb big_cpu < <(median 1mb.2 "$concord" summarize \
  "$scratch/synthetic-1mb.jsonl" --words 300 --threads 2)

awk -v mb="$trunc_mb" -v base="$base_s" -v base_cpu="$base_cpu" -v two="$two_s" \
    -v two_cpu="$two_cpu" -v one="$one_s" -v one_cpu="$one_cpu" -v big_base="$big_base_s" \
    -v big="$big_s" -v big_kb="$big_kb" -v big_base_kb="$big_base_kb" -v big_cpu="$big_cpu" \
    -v big_base_cpu="$big_base_cpu" -v n="$repeat" '
  function pass(ok) { return ok ? "yes" : "**no**" }
  BEGIN {
    printf "Median of %d runs each; baseline = the --baseline binary, same run.\n\n", n
    print "| bar | measured | baseline (same run) | ratio | passes |"
    print "|---|---|---|---|---|"
    printf "| validation-trunc5622 (%s MB), default, 2 threads: >= 3x baseline | %.2f s wall, %.2f s CPU | %.2f s wall, %.2f s CPU | %.2fx | %s |\n",
      mb, two, two_cpu, base, base_cpu, base / two, pass(base / two >= 3)
    printf "| same, 2 threads >= 1.7x 1 thread | %.2f s on 2 threads | %.2f s on 1 thread | %.2fx | %s |\n",
      two, one, one / two, pass(one / two >= 1.7)
    printf "| MB of text a second on one core (whole summarize process, CPU seconds) | %.1f MB/s | %.1f MB/s | %.2fx | - |\n",
      mb / one_cpu, mb / base_cpu, base_cpu / one_cpu
    printf "| one 1 MB story (synthetic-1mb), 2 threads < 0.2 s | %.2f s wall, %.2f s CPU, %.0f MB | %.2f s wall, %.2f s CPU, %.0f MB | %.2fx | %s |\n",
      big, big_cpu, big_kb / 1024, big_base, big_base_cpu, big_base_kb / 1024, big_base / big,
      pass(big < 0.2)
  }'

if $growth; then
  echo
  echo "| story | text MB | seconds | peak RSS MB | baseline s | baseline RSS MB | speed-up |"
  echo "|---|---|---|---|---|---|---|"
  for size in 1 10 30; do
    file=$scratch/prose-${size}mb.jsonl
    story_mb=$(awk -v b="$(text_bytes "$file")" 'BEGIN { printf "%.1f", b / 1e6 }')
    read -r s kb _ < <(median "prose$size.2" "$concord" summarize "$file" --words 300 --threads 2)
    read -r bs bkb _ < <(median "prose$size.base" "$baseline" summarize "$file" --words 300)
    awk -v name="prose-${size}mb" -v mb="$story_mb" -v s="$s" -v kb="$kb" -v bs="$bs" \
        -v bkb="$bkb" 'BEGIN {
      printf "| %s | %s | %.2f | %.0f | %.2f | %.0f | %.2fx |\n", name, mb, s, kb / 1024, bs,
             bkb / 1024, bs / s }'
  done
fi
echo
echo "$(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | sed 's/.*: //'), load average $(cut -d' ' -f1-3 /proc/loadavg) at the end, $(date -u +%Y-%m-%d), $("$concord" --version)"
