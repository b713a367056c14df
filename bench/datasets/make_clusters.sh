#!/usr/bin/env bash
# Writes synthetic single-cluster JSON Lines files: one "story" with many
# articles, made by concatenating the documents of consecutive Multi-News
# clusters into one cluster line until its article text reaches a size.
# The reference is the first source cluster's summary (so `concord eval`
# accepts the file; its ROUGE means nothing). Files go to a scratch folder,
# never into the repository.
#
#   bench/datasets/make_clusters.sh OUT_DIR [SHARED_DIR]
#
# writes OUT_DIR/synthetic-1mb.jsonl       (validation-full250: real web text)
#        OUT_DIR/synthetic-1mb-trunc.jsonl (validation-trunc5622: tokenized)
#        OUT_DIR/synthetic-10mb.jsonl      (validation-trunc5622: tokenized)
#        OUT_DIR/prose-{1,10,30}mb.jsonl   (train-trunc10000, then
#                                          validation-trunc5622: news prose)
# and prints one line per file: name, articles, text bytes. Text bytes count
# the decoded JSON strings (an escape counts one byte, \uXXXX two), which is
# within a fraction of a percent of what the reader holds. Bash and awk only.
set -euo pipefail

out=${1:?usage: make_clusters.sh OUT_DIR [SHARED_DIR]}
shared=${2:-$(cd "$(dirname "$0")/../../.." && pwd)/shared}
data=$shared/data/multinews
for f in validation-full250.jsonl validation-trunc5622.jsonl train-trunc10000.jsonl; do
  [ -r "$data/$f" ] || { echo "make_clusters.sh: $data/$f: not found" >&2; exit 2; }
done
case $(cd "$(dirname "$out")" 2>/dev/null && pwd)/$(basename "$out")/ in
  "$(cd "$(dirname "$0")/../.." && pwd)"/*)
    echo "make_clusters.sh: $out is inside the repository; use a scratch folder" >&2
    exit 2 ;;
esac
mkdir -p "$out"

# make NAME SOURCES BYTES: one cluster line of at least BYTES of article
# text, from the space-separated SOURCES files in order.
make() {
  local name=$1 bytes=$3 source
  local files=()
  for source in $2; do files+=("$data/$source"); done
  awk -v target="$bytes" -v id="$name" -v out="$out/$name.jsonl" '
    # Each source line is {"id": .., "documents": [..], "summaries": [..], ...}
    # and a key followed by an unescaped quote cannot occur inside a JSON
    # string, so the arrays are cut out by their keys.
    function decoded_length(s,    n) {
      n = length(s)
      n -= 4 * gsub(/\\u[0-9a-fA-F][0-9a-fA-F][0-9a-fA-F][0-9a-fA-F]/, "&", s)
      n -= gsub(/\\[^u]/, "&", s)
      return n
    }
    {
      d = index($0, "\"documents\": [")
      s = index($0, "], \"summaries\": [")
      if (d == 0 || s == 0) { bad = NR; exit 2 }
      docs = substr($0, d + 14, s - d - 14)
      if (docs ~ /^[ ]*$/) next
      if (summary == "") {
        rest = substr($0, s + 17)
        e = index(rest, "\"]")
        summary = substr(rest, 1, e)
        printf "{\"id\": \"%s\", \"summaries\": [%s], \"documents\": [", id, summary > out
      } else {
        printf ", " > out
      }
      printf "%s", docs > out
      # Document strings are separated by `", "`: decoded text is the
      # decoded length less two quotes per document and the separators.
      separators = gsub(/", "/, "&", docs)
      articles += 1 + separators
      text += decoded_length(docs) - 2 * (1 + separators) - 2 * separators
      if (text >= target) { done = 1; exit }
    }
    END {
      if (bad) { print "make_clusters.sh: line " bad ": unexpected layout" > "/dev/stderr"; exit 2 }
      if (!done) { print "make_clusters.sh: " id ": source too small" > "/dev/stderr"; exit 2 }
      printf "]}\n" > out
      printf "%s\t%d articles\t%d bytes of text\n", id, articles, text
    }' "${files[@]}"
}

make synthetic-1mb validation-full250.jsonl 1000000
make synthetic-1mb-trunc validation-trunc5622.jsonl 1000000
make synthetic-10mb validation-trunc5622.jsonl 10000000
# Stories that grow inside: 1, 10 and 30 MB of real news prose, one story.
make prose-1mb train-trunc10000.jsonl 1000000
make prose-10mb train-trunc10000.jsonl 10000000
make prose-30mb "train-trunc10000.jsonl validation-trunc5622.jsonl" 30000000
