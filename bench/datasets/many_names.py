#!/usr/bin/env python3
"""A story that names a different official in every other sentence, for the
cost of compare's name grouping (docs/benchmarks.md, "Many names").

    bench/datasets/many_names.py MEGABYTES OUT.jsonl

Writes two JSON Lines articles of one story: article "a" of about
MEGABYTES MB ("Official Xxxxxx said the harbor plan works. The council met
on Monday to review it.", a made-up surname each time, seeded), and a short
article "b". Invented text.
"""
import json
import random
import sys


def main() -> int:
    if len(sys.argv) != 3:
        print(__doc__, file=sys.stderr)
        return 2
    megabytes, out = float(sys.argv[1]), sys.argv[2]
    rng = random.Random(7)

    def surname() -> str:
        return "".join(rng.choice("bcdfghklmnprstvz") + rng.choice("aeiou")
                       for _ in range(3)).capitalize()

    parts, size = [], 0
    while size < megabytes * 1e6:
        sentence = (f"Official {surname()} said the harbor plan works. "
                    "The council met on Monday to review it. ")
        parts.append(sentence)
        size += len(sentence)
    articles = [{"id": "a", "source": "A", "text": "".join(parts)},
                {"id": "b", "source": "B",
                 "text": "The council met on Monday to review the harbor plan. "
                         "Officials said it works."}]
    with open(out, "w", encoding="utf-8") as f:
        for article in articles:
            f.write(json.dumps(article) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
