#!/usr/bin/env bash
# How time and peak memory grow with the input, per method: one process per
# (data set, method), so each peak RSS belongs to one method alone.
#
#   bench/datasets/run.sh [--methods a,b|all] [--sets s1,s2] [--threads N]
#                         [--scratch DIR] [--timeout SECONDS]
#
# Sets: validation-full250 (2.7 MB of text, 250 clusters),
# validation-trunc5622 (14.4 MB, 5,622 clusters), and single clusters built
# by make_clusters.sh in the scratch folder: synthetic-1mb (real web text),
# synthetic-1mb-trunc and synthetic-10mb (tokenized text). Each row runs
#   concord eval --data SET --method M --words 300 --threads N
# under /usr/bin/time when present. Prints a Markdown table on stdout:
#   summarize s   wall time of summarizing alone, from the runner's
#                 clusters/s (or MB/s for few clusters)
#   × lead        that time over the lead method's on the same set, a
#                 baseline measured in the same run (the machine is shared)
#   process s     the whole process: reading, analysing, summarizing, ROUGE
#   CPU s         its user + system time over all threads
#   peak RSS MB   /usr/bin/time's maximum resident set (else the runner's)
# and, per data set of many clusters, a "(read)" row: `--method lead
# --limit 1`, which reads and parses the whole file and summarizes one
# cluster: the cost of loading.
# A process over --timeout seconds (default 600) is stopped and reported.
set -euo pipefail
source "$(dirname "$0")/common.sh"

methods=all
sets=validation-full250,validation-trunc5622,synthetic-1mb,synthetic-1mb-trunc,synthetic-10mb
threads=$(nproc)
scratch=${TMPDIR:-/tmp}/concord-bench
limit=600
parse_options run.sh --methods=methods --sets=sets --threads=threads --scratch=scratch \
  --timeout=limit -- "$@"

concord=$(concord_bin)
shared=$(shared_dir)
mkdir -p "$scratch"
if [ "$methods" = all ]; then
  # The method list, from the error message for an unknown one.
  methods=$("$concord" eval --data /dev/null --method '?' 2>&1 |
            sed -n 's/.*(known: all, \(.*\))/\1/p' | tr -d ' ' || true)
fi
[ -n "$methods" ] || { echo "run.sh: cannot list the methods" >&2; exit 1; }
# lead first: it is the baseline of the "× lead" column.
case ,$methods, in
  *,lead,*) methods=lead$(echo ",$methods," | sed 's/,lead,/,/; s/,$//') ;;
esac

path_of() {
  case $1 in
    synthetic-*)
      [ -r "$scratch/$1.jsonl" ] ||
        "$(dirname "$0")/make_clusters.sh" "$scratch" "$shared" >&2
      echo "$scratch/$1.jsonl" ;;
    *) echo "$shared/data/multinews/$1.jsonl" ;;
  esac
}

echo "| set | text MB | method | clusters | summarize s | × lead | clusters/s | MB/s | process s | CPU s | peak RSS MB |"
echo "|---|---|---|---|---|---|---|---|---|---|---|"
IFS=, read -r -a set_list <<<"$sets"
IFS=, read -r -a method_list <<<"$methods"
for set in "${set_list[@]}"; do
  file=$(path_of "$set")
  [ -r "$file" ] || { echo "run.sh: $file: not found" >&2; exit 2; }
  bytes=$(text_bytes "$file")
  mb=$(awk -v b="$bytes" 'BEGIN { printf "%.1f", b / 1e6 }')
  out=$scratch/run.$set

  # A single-cluster set has no cheaper baseline than its lead row.
  case $set in synthetic-*) read_row=false ;; *) read_row=true ;; esac
  if $read_row; then
    echo "run.sh: $set (read)" >&2
    timed "$out.read" timeout "$limit" "$concord" eval --data "$file" --method lead \
      --limit 1 --threads "$threads" || true
    read -r wall rss cpu <"$out.read.time"
    awk -v set="$set" -v mb="$mb" -v wall="$wall" -v rss="$rss" -v cpu="$cpu" 'BEGIN {
      printf "| %s | %s | (read) | - | - | - | - | - | %.2f | %s | %s |\n", set, mb, wall, cpu,
             rss == "-" ? "-" : sprintf("%.0f", rss / 1024) }'
  fi

  lead_seconds=""
  for method in "${method_list[@]}"; do
    echo "run.sh: $set $method" >&2
    if ! timed "$out.$method" timeout "$limit" "$concord" eval --data "$file" \
         --method "$method" --words 300 --threads "$threads"; then
      echo "| $set | $mb | $method | - | stopped after ${limit} s or failed | - | - | - | - | - | - |"
      continue
    fi
    read -r wall rss cpu <"$out.$method.time"
    row=$(awk -v set="$set" -v mb="$mb" -v bytes="$bytes" -v method="$method" \
              -v wall="$wall" -v rss="$rss" -v cpu="$cpu" -v lead="$lead_seconds" -F'|' '
      /^[^|].* clusters, / { split($0, head, ": "); clusters = head[2] + 0 }
      $2 == " " method " " {
        cps = $11 + 0; mbps = $12 + 0; runner_rss = $13 + 0
        # clusters/s is printed with one decimal, MB/s with two: take the
        # more precise of the two.
        seconds = cps >= 100 ? clusters / cps : (mbps > 0 ? bytes / 1e6 / mbps : 0)
        ratio = lead > 0 ? sprintf("%.2f", seconds / lead) : (method == "lead" ? "1.00" : "-")
        peak = rss == "-" ? runner_rss : rss / 1024
        printf "%s\t| %s | %s | %s | %d | %.2f | %s | %s | %.2f | %.2f | %s | %.0f |\n",
               seconds, set, mb, method, clusters, seconds, ratio, $11 + 0, mbps, wall, cpu, peak
      }' "$out.$method")
    [ -n "$row" ] || { echo "run.sh: no row for $method in $out.$method" >&2; exit 1; }
    [ "$method" = lead ] && lead_seconds=${row%%$'\t'*}
    echo "${row#*$'\t'}"
  done
done
echo
echo "$(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | sed 's/.*: //'), --threads $threads, $(date -u +%Y-%m-%d)"
