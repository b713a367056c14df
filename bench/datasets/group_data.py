#!/usr/bin/env python3
"""Labelled streams for `concord eval --task group`, made from ../shared.

  group_data.py ecbplus-topic OUT.jsonl   ECB+ documents, gold = topic
  group_data.py ecbplus-event OUT.jsonl   ECB+ documents, gold = topic + ecb|ecbplus
  group_data.py basil OUT.jsonl           BASIL articles, gold = triplet (event)

Each line is {"id","source","title","published","text","story"}; the
outputs are written outside the repository (the articles are never
committed). ECB+ has no times, so eval shuffles it with --seed; BASIL has
dates. Multi-News needs no conversion (eval reads its cluster lines).
"""
import ast
import json
import os
import re
import sys
import tarfile
import xml.etree.ElementTree as ET

SHARED = os.environ.get("CONCORD_SHARED_DIR",
                        os.path.join(os.path.dirname(__file__), "..", "..", "..", "shared"))


def detokenize(tokens):
    text = " ".join(tokens)
    text = re.sub(r" ([.,;:!?%)\]}'])", r"\1", text)
    text = re.sub(r"([(\[{$]) ", r"\1", text)
    return text.replace(" n't", "n't").replace(" 's", "'s")


def ecbplus(level):
    path = os.path.join(SHARED, "data", "ecbplus", "ECBplus-xml-eba7c4d.tar.gz")
    rows = []
    with tarfile.open(path) as tar:
        for member in sorted(tar.getmembers(), key=lambda m: m.name):
            if not member.name.endswith(".xml"):
                continue
            name = os.path.basename(member.name)
            match = re.match(r"(\d+)_(\d+)(ecbplus|ecb)\.xml$", name)
            if not match:
                continue
            root = ET.parse(tar.extractfile(member)).getroot()
            sentences = {}
            for token in root.iter("token"):
                sentences.setdefault(int(token.get("sentence")), []).append(token.text or "")
            lines = [detokenize(sentences[k]) for k in sorted(sentences)]
            topic, part = match.group(1), match.group(3)
            story = topic if level == "topic" else topic + "-" + part
            rows.append({"id": name[:-4], "text": "\n\n".join(lines), "story": story})
    return rows


def basil():
    rows = []
    base = os.path.join(SHARED, "data", "basil", "articles")
    for year in sorted(os.listdir(base)):
        for name in sorted(os.listdir(os.path.join(base, year))):
            with open(os.path.join(base, year, name), encoding="utf-8") as f:
                article = json.load(f)
            paragraphs = article["body-paragraphs"]
            if isinstance(paragraphs, str):
                paragraphs = ast.literal_eval(paragraphs)
            text = "\n\n".join(" ".join(p) if isinstance(p, list) else p for p in paragraphs)
            rows.append({"id": name[:-5], "source": article.get("source", "").lower(),
                         "title": article.get("title", ""), "published": article.get("date", ""),
                         "text": text, "story": article["triplet-uuid"]})
    return rows


def main():
    if len(sys.argv) != 3 or sys.argv[1] not in ("ecbplus-topic", "ecbplus-event", "basil"):
        sys.exit(__doc__)
    kind, out = sys.argv[1], sys.argv[2]
    rows = basil() if kind == "basil" else ecbplus(kind.split("-")[1])
    with open(out, "w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{out}: {len(rows)} articles, {len({r['story'] for r in rows})} stories")


if __name__ == "__main__":
    main()
