#!/usr/bin/env bash
# How the default method's time compares with the other methods' on the
# same data set, as a user runs it (issue 15, item 7: "the default stays
# within 3x of lexrank on validation-full250"):
#
#   bench/datasets/methods_speed.sh [--repeat N] [--set NAME|FILE]
#                                   [--threads N] [--words N] [--methods a,b]
#
# Each repetition runs, for every method in turn,
#   concord summarize SET --method M --words 300 --threads N >/dev/null
# under /usr/bin/time (GNU time, required), so the methods of one repetition
# share the machine's load of that moment. Prints a Markdown table: per
# method the median and the lowest CPU seconds (user + system, all threads)
# and wall seconds over the repetitions, and the ratio of its median CPU
# seconds to lexrank's median measured in the same run. The last line says
# whether the default is within 3x of lexrank.
#
# SET is a name under ../shared/data/multinews (validation-full250 by
# default, validation-trunc5622, ...) or a path. --repeat defaults to 7,
# --threads to every core. Uses $CONCORD or build-bench/concord or
# build/concord, and $CONCORD_SHARED_DIR or ../shared. About 10 s on 2
# cores for validation-full250 with 7 repetitions.
set -euo pipefail
source "$(dirname "$0")/common.sh"

repeat=7
set_name=validation-full250
threads=$(nproc)
words=300
methods=default,lead,centroid,lexrank,textrank,mmr
parse_options methods_speed.sh --repeat=repeat --set=set_name --threads=threads --words=words \
  --methods=methods -- "$@"
[ -x /usr/bin/time ] || { echo "methods_speed.sh: needs GNU time (/usr/bin/time)" >&2; exit 2; }
case ,$methods, in
  *,lexrank,*) ;;
  *) echo "methods_speed.sh: --methods must include lexrank (the baseline)" >&2; exit 2 ;;
esac

concord=$(concord_bin)
file=$set_name
[ -f "$file" ] || file=$(shared_dir)/data/multinews/$set_name.jsonl
[ -f "$file" ] || { echo "methods_speed.sh: no data set $file" >&2; exit 2; }
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

IFS=, read -r -a method_list <<<"$methods"
for ((i = 1; i <= repeat; ++i)); do
  echo "methods_speed.sh: repetition $i of $repeat" >&2
  for m in "${method_list[@]}"; do
    rc=0
    /usr/bin/time -f '%e %U %S' -o "$scratch/time" \
      "$concord" summarize "$file" --method "$m" --words "$words" \
      --threads "$threads" >"$scratch/out" 2>"$scratch/err" || rc=$?
    # A data set with clusters that summarize to nothing (validation-trunc5622
    # has 10 of crawl banners) exits 2 after writing the others: timed, noted.
    if [ $rc -ne 0 ]; then
      [ -s "$scratch/out" ] || { cat "$scratch/err" >&2; exit 1; }
      [ $i -eq 1 ] && echo "$m exited with $rc: $(tail -n 1 "$scratch/err")" >>"$scratch/notes"
    fi
    # GNU time writes "Command exited with non-zero status N" first then.
    awk -v m="$m" 'NF == 3 { printf "%s %.2f %.2f\n", m, $1, $2 + $3 }' \
      "$scratch/time" >>"$scratch/runs"
  done
done

echo "| method | CPU s median | CPU s lowest | wall s median | wall s lowest | CPU × lexrank |"
echo "|---|---|---|---|---|---|"
awk -v order="$methods" '
  function median(list, n,    v, i, j, t) {
    split(list, v, " ")
    for (i = 2; i <= n; ++i)
      for (j = i; j > 1 && v[j - 1] + 0 > v[j] + 0; --j) { t = v[j]; v[j] = v[j - 1]; v[j - 1] = t }
    return n % 2 ? v[(n + 1) / 2] : (v[n / 2] + v[n / 2 + 1]) / 2
  }
  function lowest(list,    v, n, i, b) {
    n = split(list, v, " "); b = v[1]
    for (i = 2; i <= n; ++i) if (v[i] + 0 < b + 0) b = v[i]
    return b
  }
  { wall[$1] = wall[$1] " " $2; cpu[$1] = cpu[$1] " " $3; runs[$1]++ }
  END {
    n = split(order, names, ",")
    base = median(cpu["lexrank"], runs["lexrank"])
    for (i = 1; i <= n; ++i) {
      m = names[i]
      c = median(cpu[m], runs[m])
      printf "| %s | %.2f | %.2f | %.2f | %.2f | %.2f |\n", m, c, lowest(cpu[m]),
        median(wall[m], runs[m]), lowest(wall[m]), (base > 0 ? c / base : 0)
      if (m == "default") ratio = base > 0 ? c / base : 0
    }
    if ("default" in runs)
      printf "\ndefault / lexrank (median CPU s): %.2f, %s 3\n", ratio, ratio <= 3 ? "within" : "OVER"
  }' "$scratch/runs"
echo
[ -f "$scratch/notes" ] && { cat "$scratch/notes"; echo; }
echo "$(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | sed 's/.*: //'), --threads $threads," \
  "$repeat repetitions, $(basename "$file") at $words words, $(date -u +%F), load $(cut -d' ' -f1-3 /proc/loadavg)"
