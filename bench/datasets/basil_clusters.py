#!/usr/bin/env python3
"""BASIL's 100 events as JSON Lines clusters (one event a line, its three
articles in "documents"), for `concord eval --task readability`, which
needs no references.

  /usr/bin/python3 bench/datasets/basil_clusters.py ../shared/data/basil > OUT.jsonl
"""
import glob
import json
import os
import sys


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: basil_clusters.py BASIL_DIR")
    events = {}
    for path in sorted(glob.glob(os.path.join(sys.argv[1], "articles", "*", "*.json"))):
        with open(path, encoding="utf-8") as f:
            doc = json.load(f)
        paragraphs = [" ".join(p) for p in doc.get("body-paragraphs", [])]
        text = "\n\n".join(p for p in paragraphs if p.strip())
        events.setdefault(doc["triplet-uuid"], []).append(text)
    for uuid in sorted(events):
        print(json.dumps({"id": uuid, "documents": events[uuid]}, ensure_ascii=False))


if __name__ == "__main__":
    main()
