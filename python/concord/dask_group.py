"""`python3 -m concord.dask group`: grouping split by time window.

The articles of the inputs (JSON Lines, one article a line) are ordered by
publication time and cut into spans of --span hours. The task of span k
groups, with `concord group`, the articles of span k and those of the last
--window before it (the overlap, read again), so that a story that crosses
the edge is seen from both sides. The driver then merges, with a union-find
over article ids, every story of span k that holds an overlap article with
the story of span k-1 that holds the same article. Each article counts in
the story of its own span. docs/python.md explains the design and where the
result can differ from one pass.

Output: DIR/stories.jsonl, one story a line in order of first article,
{"story", "articles", "title", "sources", "first", "last", "duplicates"}
as `concord group` writes; with one span it is the CLI's output. Each
span's own stories are kept as DIR/span-00000.jsonl... and recorded in
DIR/manifest.json with the SHA-256 of the span's input lines and of the
file: a rerun groups again only the spans that did not finish (or whose
articles changed), then merges all of them.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
from datetime import datetime, timezone
from email.utils import parsedate_to_datetime
from typing import Any, Dict, List, Optional, Sequence, Tuple

PROGRAM = "concord.dask"


def parse_time(value: Any) -> Optional[float]:
    """Seconds since the epoch of an ISO 8601 or RFC 2822 time, else None."""
    if not isinstance(value, str) or not value.strip():
        return None
    text = value.strip()
    try:
        moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        try:
            moment = parsedate_to_datetime(text)
        except (TypeError, ValueError):
            return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    return moment.timestamp()


def read_articles(paths: Sequence[str]) -> List[Tuple[float, int, bytes, Dict[str, Any]]]:
    """(time, input order, line, object) of every article line, in time
    order (stable; an article without a time takes the one before it)."""
    rows = []
    last = 0.0
    for path in paths:
        with open(path, "rb") as f:
            for number, line in enumerate(f, 1):
                if not line.strip():
                    continue
                try:
                    obj = json.loads(line)
                except ValueError as e:
                    raise ValueError(f"{path}:{number}: invalid JSON ({e.msg})") from e
                if not isinstance(obj, dict):
                    raise ValueError(f"{path}:{number}: not a JSON object")
                ident = obj.get("id")
                # An integer id is its decimal text, as `concord group` reads
                # it (a bool is not an integer in JSON; nor is one past 64 bits
                # for concord's reader).
                if (isinstance(ident, int) and not isinstance(ident, bool)
                        and -2**63 <= ident < 2**64):
                    obj["id"] = ident = str(ident)
                if not isinstance(ident, str) or not ident:
                    raise ValueError(f"{path}:{number}: {PROGRAM} group needs an \"id\" (a "
                                     "string or an integer) on every article (stories name "
                                     "their articles by id)")
                when = parse_time(obj.get("published"))
                last = when if when is not None else last
                rows.append((last, len(rows), line if line.endswith(b"\n") else line + b"\n",
                             obj))
    rows.sort(key=lambda row: (row[0], row[1]))
    return rows


def group_span(contents: bytes, name: str, window: str) -> Tuple[str, bytes]:
    """Runs on a worker: ("ok", the span's stories as `concord group` JSON
    Lines) or ("error", message)."""
    from . import _concord
    try:
        return "ok", _concord.group_jsonl(contents, name, window=window)
    except (_concord.Error, ValueError) as e:
        return "error", str(e)


def _stories_of(jsonl: bytes) -> List[Dict[str, Any]]:
    return [json.loads(line) for line in jsonl.splitlines() if line.strip()]


class _UnionFind:
    def __init__(self) -> None:
        self.parent: Dict[Any, Any] = {}

    def find(self, key: Any) -> Any:
        self.parent.setdefault(key, key)
        while self.parent[key] != key:
            self.parent[key] = self.parent[self.parent[key]]
            key = self.parent[key]
        return key

    def union(self, a: Any, b: Any) -> None:
        self.parent[self.find(b)] = self.find(a)


def merge(spans: List[List[Dict[str, Any]]], span_of: Dict[str, int],
          rows_by_id: Dict[str, Tuple[float, int, bytes, Dict[str, Any]]]) -> List[Dict[str, Any]]:
    """One story per union of span stories that share an overlap article."""
    links = _UnionFind()
    owner: Dict[Tuple[int, str], Tuple[int, int]] = {}  # (span, article) -> story key
    for k, stories in enumerate(spans):
        for s, story in enumerate(stories):
            links.find((k, s))
            for article in story["articles"]:
                owner[(k, article)] = (k, s)
    for k, stories in enumerate(spans):
        for s, story in enumerate(stories):
            for article in story["articles"]:
                home = span_of[article]
                if home != k and (home, article) in owner:
                    links.union(owner[(home, article)], (k, s))
    merged: Dict[Any, Dict[str, Any]] = {}
    for k, stories in enumerate(spans):
        for s, story in enumerate(stories):
            own = [a for a in story["articles"] if span_of[a] == k]
            if not own:
                continue
            root = links.find((k, s))
            entry = merged.setdefault(root, {"parts": [], "articles": [], "duplicates": []})
            entry["parts"].append(story)
            entry["articles"].extend(own)
            entry["duplicates"].extend(d for d in story["duplicates"] if span_of[d[0]] == k)
    out = []
    for entry in merged.values():
        articles = sorted(set(entry["articles"]), key=lambda a: rows_by_id[a][:2])
        sources: List[str] = []
        for part in entry["parts"]:
            sources.extend(x for x in part["sources"] if x not in sources)
        times = [p[t] for p in entry["parts"] for t in ("first", "last") if p[t]]
        out.append({"articles": articles, "title": entry["parts"][0]["title"],
                    "sources": sources, "first": min(times) if times else None,
                    "last": max(times) if times else None,
                    "duplicates": entry["duplicates"]})
    out.sort(key=lambda story: rows_by_id[story["articles"][0]][:2])
    return [{"story": f"story-{n}", **story} for n, story in enumerate(out, 1)]


def _span_entry(k: int, contents: bytes) -> Dict[str, Any]:
    return {"index": k, "articles_sha256": hashlib.sha256(contents).hexdigest(),
            "name": f"span-{k:05d}.jsonl"}


def _finished(manifest, out_dir: str, entry: Dict[str, Any]) -> Optional[bytes]:
    """The stories of a span done by an earlier run, or None."""
    done = manifest.parts.get(entry["name"])
    if done is None or done.get("input") != entry:
        return None
    try:
        with open(os.path.join(out_dir, entry["name"]), "rb") as f:
            data = f.read()
    except OSError:
        return None
    return data if hashlib.sha256(data).hexdigest() == done.get("sha256") else None


def _run_spans(client, todo, contents, window, manifest, out_dir, write_atomically,
               results) -> int:
    """Groups the spans `todo` on the cluster into `results`; the failures."""
    from .dask import completed
    futures = {client.submit(group_span, contents[e["index"]], f"span-{e['index']}", window,
                             pure=False): e for e in todo}
    failures = 0
    for entry, status, value in completed(futures, lambda e: e["name"]):
        if status == "error":
            failures += 1
            print(f"{PROGRAM}: {value}", file=sys.stderr)
            continue
        write_atomically(os.path.join(out_dir, entry["name"]), value)
        manifest.record_entry(entry["name"], {"input": entry, "bytes": len(value),
                                              "sha256": hashlib.sha256(value).hexdigest()})
        results[entry["index"]] = value
        print(f"{PROGRAM}: {entry['name']} done", file=sys.stderr)
    return failures


def run(args, client_of, manifest_of, write_atomically) -> int:
    """Runs `group` for parsed `args`; `client_of(args)` gives (client,
    cluster), `manifest_of(out, job)` dask.py's Manifest. Each span's
    stories are kept as DIR/span-NNNNN.jsonl, recorded in the manifest, so a
    rerun groups again only the spans that did not finish."""
    from . import _concord
    _concord.group_jsonl(b"", "options", window=args.window)  # checks --window first
    span = args.span * 3600.0
    window = _concord_window_seconds(args.window)
    rows = read_articles(args.inputs)
    if not rows:
        print(f"{PROGRAM}: the input holds no article: no story", file=sys.stderr)
        return 0
    start = rows[0][0]
    spans: List[List[bytes]] = []
    span_of: Dict[str, int] = {}
    for when, _, line, obj in rows:
        k = int((when - start) // span)
        while len(spans) <= k:
            spans.append([])
        spans[k].append(line)
        span_of[str(obj["id"])] = k
    contents = []
    for k, lines in enumerate(spans):
        edge = start + k * span
        overlap = [line for when, _, line, _ in rows if edge - window <= when < edge]
        contents.append(b"".join(overlap + lines))
    os.makedirs(args.out, exist_ok=True)
    manifest = manifest_of(args.out, {"command": "group", "inputs": list(args.inputs),
                                      "options": {"window": args.window, "span": args.span}})
    entries = [_span_entry(k, c) for k, c in enumerate(contents)]
    results: Dict[int, bytes] = {}
    for entry in entries:
        done = _finished(manifest, args.out, entry)
        if done is not None:
            results[entry["index"]] = done
    todo = [e for e in entries if e["index"] not in results]
    print(f"{PROGRAM}: {len(rows)} articles in {len(spans)} span(s) of {args.span} h, "
          f"{len(results)} already done", file=sys.stderr)
    if todo:
        client, cluster = client_of(args)
        try:
            failures = _run_spans(client, todo, contents, args.window, manifest, args.out,
                                  write_atomically, results)
        finally:
            client.close()
            if cluster is not None:
                cluster.close()
        if failures:
            print(f"{PROGRAM}: {failures} span(s) failed; rerun to retry them",
                  file=sys.stderr)
            return 2
    rows_by_id = {str(row[3]["id"]): row for row in rows}
    stories = merge([_stories_of(results[k]) for k in range(len(spans))], span_of, rows_by_id)
    # As `concord group` writes its lines: keys sorted, no spaces.
    body = "".join(json.dumps(s, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
                   + "\n" for s in stories)
    write_atomically(os.path.join(args.out, "stories.jsonl"), body.encode("utf-8"))
    print(f"{PROGRAM}: {len(stories)} stories", file=sys.stderr)
    return 0


def _concord_window_seconds(window: str) -> float:
    """--window in seconds: "72h", "3d", "90m", "3600s" or hours."""
    units = {"h": 3600.0, "d": 86400.0, "m": 60.0, "s": 1.0}
    if window and window[-1] in units:
        return float(window[:-1]) * units[window[-1]]
    return float(window) * 3600.0
