#!/usr/bin/env python3
"""Cross-source alignment over BASIL (100 events x NYT / Fox / HuffPost).

For every event, writes its three articles as JSON Lines (one article per
line, outlet in "source") to a temporary folder, runs
`concord compare --format json` on it, and counts the sentences carried by
three outlets, by two, and by one (unique). Prints one row per event and a
summary; with --pairs N also prints N shared sentence pairs drawn at random
(fixed seed) for checking by hand.

  python3 bench/datasets/compare_basil.py --concord build/concord \
      --basil ../shared/data/basil --pairs 20

Reads ../shared data only; writes nothing into the repository.
"""
import argparse
import glob
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile


def load_events(basil):
    events = {}
    for path in sorted(glob.glob(os.path.join(basil, "articles", "*", "*.json"))):
        with open(path, encoding="utf-8") as f:
            doc = json.load(f)
        paragraphs = [" ".join(p) for p in doc.get("body-paragraphs", [])]
        article = {
            "id": os.path.splitext(os.path.basename(path))[0],
            "source": doc.get("source", "").lower(),
            "title": doc.get("title", ""),
            "published": doc.get("date", ""),
            "text": "\n\n".join(p for p in paragraphs if p.strip()),
        }
        events.setdefault(doc["triplet-uuid"], []).append(article)
    return events


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--concord", required=True, help="path to the concord binary")
    parser.add_argument("--basil", required=True, help="BASIL folder (articles/...)")
    parser.add_argument("--pairs", type=int, default=0, help="shared pairs to print")
    parser.add_argument("--seed", type=int, default=1, help="seed for the pair sample")
    args = parser.parse_args()

    events = load_events(args.basil)
    if not events:
        sys.exit(f"compare_basil: no articles under {args.basil}/articles")
    rows = []
    pairs = []
    with tempfile.TemporaryDirectory() as tmp:
        for uuid, articles in sorted(events.items()):
            path = os.path.join(tmp, uuid + ".jsonl")
            with open(path, "w", encoding="utf-8") as f:
                for a in sorted(articles, key=lambda a: a["source"]):
                    f.write(json.dumps(a) + "\n")
            run = subprocess.run([args.concord, "compare", "--format", "json", path],
                                 capture_output=True, text=True)
            if run.returncode != 0:
                sys.exit(f"compare_basil: {uuid}: {run.stderr.strip()}")
            result = json.loads(run.stdout.splitlines()[0])
            total = result["counts"]["sentences"]
            by3 = by2 = 0
            for group in result["shared"]:
                n = len(group["sentences"])
                if len(group["outlets"]) >= 3:
                    by3 += n
                else:
                    by2 += n
                sents = group["sentences"]
                for i in range(len(sents)):
                    for j in range(i + 1, len(sents)):
                        if sents[i]["outlet"] != sents[j]["outlet"]:
                            pairs.append((uuid, sents[i], sents[j]))
            rows.append((uuid, total, by3, by2, total - by3 - by2, len(result["unique"]),
                         len(result["quotes"]),
                         sum(1 for q in result["quotes"] if len(q["outlets"]) >= 2)))

    print("event\tsentences\tshared3\tshared2\tsingle\tunique_facts\tquotes\tshared_quotes")
    for r in rows:
        print("\t".join(str(x) for x in (r[0][:8],) + r[1:]))
    cols = list(zip(*rows))
    total = sum(cols[1])
    print(f"\nevents {len(rows)}  sentences {total}")
    for name, i in (("by 3 outlets", 2), ("by 2 outlets", 3), ("single outlet", 4)):
        print(f"{name}: {sum(cols[i])} sentences ({100.0 * sum(cols[i]) / total:.1f}%), "
              f"per event mean {statistics.mean(cols[i]):.1f} median {statistics.median(cols[i])}")
    print(f"unique facts listed per event: mean {statistics.mean(cols[5]):.1f}")
    print(f"quotes per event: mean {statistics.mean(cols[6]):.1f}, "
          f"shared by 2+ outlets: mean {statistics.mean(cols[7]):.1f}")
    print(f"events with any 3-outlet sentence: {sum(1 for r in rows if r[2] > 0)}")
    if args.pairs:
        random.Random(args.seed).shuffle(pairs)
        print(f"\n{args.pairs} shared pairs (of {len(pairs)}), seed {args.seed}:")
        for k, (uuid, a, b) in enumerate(pairs[:args.pairs], 1):
            print(f"\n[{k}] {uuid[:8]}\n  {a['outlet']}: {a['text']}\n  {b['outlet']}: {b['text']}")


if __name__ == "__main__":
    main()
