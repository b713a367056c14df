#!/usr/bin/env python3
"""One story of many sentences, for the cost of summarize when a reader asks
for most of them (`--sentences N` with N near the story's size;
docs/benchmarks.md, "Many sentences asked for").

    bench/datasets/many_sentences.py MULTINEWS.jsonl ARTICLES OUT.jsonl

Writes the first ARTICLES non-blank documents of a Multi-News JSON Lines
file (for example a training sample) as JSON Lines articles of ONE story,
with 20 made-up outlets in turn. Nothing is copied into the repository: the
output is written where you say.
"""
import json
import sys


def main() -> int:
    if len(sys.argv) != 4:
        print(__doc__, file=sys.stderr)
        return 2
    source, wanted, out = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    written = 0
    with open(source, encoding="utf-8") as lines, open(out, "w", encoding="utf-8") as sink:
        for line in lines:
            for text in json.loads(line)["documents"]:
                if written == wanted:
                    break
                if not text.strip():
                    continue
                sink.write(json.dumps({"id": f"a{written}", "source": f"outlet{written % 20}",
                                       "text": text}) + "\n")
                written += 1
    if written < wanted:
        print(f"{source}: only {written} documents", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
