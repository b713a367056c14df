#!/usr/bin/env python3
"""One story of N quoted sentences that all share the story's words, for the
cost of `concord quotes`, `compare` and `summarize --sentences N` when the
postings of a few words hold every sentence (docs/benchmarks.md, "Sentences
that share words").

    bench/datasets/shared_words.py [--lower] MULTINEWS.jsonl N OUT.jsonl

Reads real sentences (12 to 40 words, no quotation marks of their own) from
the documents of a Multi-News JSON Lines file, in file order, and writes N of
them as quotations of one story: each becomes

    "<sentence>, on the border wall," <speaker> said.

so that every quotation shares the content words "border" and "wall" and
every sentence the speaker's surname and "said". The speakers are five
made-up senators in turn; 40 sentences make an article, and the articles go
to 20 made-up outlets in turn. With --lower the quoted sentences are written
in lower case, so that their names (a thousand stories' worth) are not
read as names and the five senators are the story's only people: the cost
is then the quotes' own, not that of naming their speakers. Nothing is copied into the repository: the
output is written where you say.
"""
import json
import re
import sys

SPEAKERS = ["Senator Maria Lopez", "Senator Tom Becker", "Senator Ana Ruiz",
            "Senator Joe Hall", "Senator Kim Park"]
PER_ARTICLE = 40


def sentences(path: str):
    """Real sentences of the documents, in file order."""
    with open(path, encoding="utf-8") as lines:
        for line in lines:
            for text in json.loads(line)["documents"]:
                for sentence in re.split(r"(?<=[.!?])\s+", text):
                    sentence = sentence.strip()
                    if '"' in sentence or "\u201c" in sentence or "\u201d" in sentence:
                        continue
                    if not 12 <= len(sentence.split()) <= 40 or sentence[-1] != ".":
                        continue
                    yield sentence[:-1]


def main() -> int:
    args = sys.argv[1:]
    lower = bool(args) and args[0] == "--lower"
    if lower:
        args = args[1:]
    if len(args) != 3:
        print(__doc__, file=sys.stderr)
        return 2
    source, wanted, out = args[0], int(args[1]), args[2]
    written = 0
    body = []
    articles = 0

    def flush(sink) -> None:
        nonlocal body, articles
        if body:
            sink.write(json.dumps({"id": f"a{articles}", "source": f"outlet{articles % 20}",
                                   "text": " ".join(body)}) + "\n")
            articles += 1
            body = []

    with open(out, "w", encoding="utf-8") as sink:
        for sentence in sentences(source):
            if written == wanted:
                break
            if lower:
                sentence = sentence.lower()
            speaker = SPEAKERS[written % len(SPEAKERS)]
            body.append(f'"{sentence}, on the border wall," {speaker} said.')
            written += 1
            if len(body) == PER_ARTICLE:
                flush(sink)
        flush(sink)
    if written < wanted:
        print(f"{source}: only {written} sentences", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
