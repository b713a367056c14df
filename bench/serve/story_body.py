#!/usr/bin/env python3
"""The request bodies of the server's benchmarks (load.sh, ingest.sh).

    bench/serve/story_body.py DATA OUT_DIR

writes OUT_DIR/articles.json ({"articles": [10 articles]}, for POST
/v1/articles) and OUT_DIR/summarize.json (the same with JSON options, for
POST /v1/summarize). DATA is ECB+'s tar.gz (the first 10 documents of
sub-topic 1 "ecb", tokens joined back into text) or a Multi-News JSON Lines
file (its first 10 documents in order). Read at run time from ../shared: no
article text is in the repository.
"""
import json, re, sys, tarfile
data, tmp = sys.argv[1], sys.argv[2]
articles = []
if data.endswith(".tar.gz"):
    # ECB+: ECB+/1/1_<n>ecb.xml, tokens with a sentence number each.
    import xml.etree.ElementTree as ET
    with tarfile.open(data) as tar:
        members = [m for m in tar.getmembers()
                   if re.fullmatch(r"ECB\+/1/1_\d+ecb\.xml", m.name)]
        members.sort(key=lambda m: int(re.search(r"_(\d+)ecb", m.name).group(1)))
        for m in members[:10]:
            root = ET.fromstring(tar.extractfile(m).read())
            sentences = {}
            for tok in root.iter("token"):
                sentences.setdefault(int(tok.get("sentence")), []).append(tok.text or "")
            lines = []
            for k in sorted(sentences):
                line = " ".join(sentences[k])
                line = re.sub(r" ([,.;:!?%)\]]|'s\b|n't\b)", r"\1", line)
                line = re.sub(r"([(\[$]) ", r"\1", line)
                lines.append(line)
            name = m.name.rsplit("/", 1)[1]
            articles.append({"id": name, "source": f"outlet-{len(articles)}",
                             "text": "\n".join(lines)})
else:
    with open(data, encoding="utf-8") as f:
        for line in f:
            cluster = json.loads(line)
            for k, text in enumerate(cluster["documents"]):
                if len(articles) < 10 and text.strip():
                    articles.append({"id": f"{cluster['id']}-{k}",
                                     "source": f"outlet-{len(articles)}",
                                     "text": text})
            if len(articles) == 10:
                break
assert len(articles) == 10, "fewer than 10 documents"
with open(f"{tmp}/articles.json", "w", encoding="utf-8") as f:
    json.dump({"articles": articles}, f)
with open(f"{tmp}/summarize.json", "w", encoding="utf-8") as f:
    json.dump({"articles": articles, "options": {"format": "json"}}, f)
print(f"story_body.py: 10 articles, {sum(len(a['text'].split()) for a in articles)} words, "
      f"first {articles[0]['id']}", file=sys.stderr)
