#!/usr/bin/env python3
"""A synthetic stream for the grouping scale benchmark (docs/group.md).

  group_scale.py N OUT.jsonl [SEED [SOURCE]]

N articles made from the documents of
../shared/data/multinews/train-trunc10000.jsonl (or of SOURCE, another file
of Multi-News clusters: validation-full250.jsonl keeps the letter case the
truncated files lost), replicated and perturbed
(each copy after the first drops a few words and carries another outlet),
with synthetic publication times over 30 days: each cluster gets a start
time and its articles fall within two days of it. Written outside the
repository; nothing of the articles is committed.
"""
import json
import os
import random
import sys

SHARED = os.environ.get("CONCORD_SHARED_DIR",
                        os.path.join(os.path.dirname(__file__), "..", "..", "..", "shared"))
OUTLETS = ["Gazette", "Herald", "Tribune", "Courier", "Post", "Times", "Wire", "Ledger"]


def main():
    if len(sys.argv) not in (3, 4, 5):
        sys.exit(__doc__)
    n, out = int(sys.argv[1]), sys.argv[2]
    rng = random.Random(int(sys.argv[3]) if len(sys.argv) >= 4 else 1)
    path = (sys.argv[4] if len(sys.argv) == 5 else
            os.path.join(SHARED, "data", "multinews", "train-trunc10000.jsonl"))
    clusters = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            docs = [d for d in json.loads(line)["documents"] if d.strip()]
            if docs:
                clusters.append(docs)
    rows = []
    month = 30 * 86400
    start = 1714521600
    copy = 0
    while len(rows) < n:
        for c, docs in enumerate(clusters):
            if len(rows) >= n:
                break
            base = start + rng.randrange(month)
            for d, text in enumerate(docs):
                words = text.split()
                if copy > 0:  # a perturbed replica: drop about 3% of the words
                    words = [w for w in words if rng.random() > 0.03]
                t = base + rng.randrange(2 * 86400)
                rows.append({"id": f"{copy}-{c}-{d}", "source": rng.choice(OUTLETS),
                             "published": t, "text": " ".join(words)})
        copy += 1
    rows = rows[:n]
    rows.sort(key=lambda r: r["published"])
    with open(out, "w", encoding="utf-8") as f:
        for r in rows:
            t = r["published"]
            r["published"] = __import__("datetime").datetime.fromtimestamp(
                t, __import__("datetime").timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
            f.write(json.dumps(r) + "\n")
    print(f"{out}: {len(rows)} articles")


if __name__ == "__main__":
    main()
