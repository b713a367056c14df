"""`python3 -m concord.dask digest`: a digest's stories on the workers.

A digest is grouping, then a report per story. Grouping is one pass over
the whole stream in publication order (a story's centroid depends on every
article before it), so it runs once, on the driver: `digest_plan` reads the
inputs as ``concord digest`` reads them, groups them and ranks the stories
told by --min-articles articles or more (most outlets first). That pass is
cheap next to the reports (docs/benchmarks.md); the reports (compare and
summarize every story, the expensive part) run on the workers, in
partitions of --partition-size consecutive ranked stories. Each partition
becomes DIR/part-00000.jsonl... and their concatenation is byte-identical
to ``concord digest --format jsonl`` on the same inputs and options.

The ranks inside a partition start after the stories listed by the
partitions before it. A story that cannot be summarized is left out (as
the CLI leaves it out, with a warning), which shifts the ranks after it:
a partition rendered with a first rank that the finished partitions before
it no longer give is run again, until every partition agrees (one round
when no story is left out). Markdown and HTML are one document each (the
totals on top, one page), so they are not split: use ``concord digest``
or ``concord.digest`` for them.

Restart: DIR/manifest.json records each finished partition with the
SHA-256 of its stories (the plan is the same for the same inputs and
options), its first rank, the stories it listed and the SHA-256 of its
file; a rerun plans again and redoes only the partitions that do not match.
"""

from __future__ import annotations

import hashlib
import os
import sys
from typing import Any, Dict, List, Tuple

PROGRAM = "concord.dask"


def digest_part(stories: List[bytes], first_rank: int,
                options: Dict[str, Any]) -> Tuple[str, Any]:
    """Runs on a worker: ("ok", (bytes, listed, warnings)) or ("error", message)."""
    from . import _concord
    try:
        return "ok", _concord.digest_part(stories, first_rank, **options)
    except (_concord.Error, ValueError) as e:
        return "error", str(e)


def _partitions(stories: List[bytes], size: int) -> List[Dict[str, Any]]:
    parts = []
    for index, first in enumerate(range(0, len(stories), size)):
        chunk = stories[first:first + size]
        digest = hashlib.sha256()
        for story in chunk:
            digest.update(hashlib.sha256(story).digest())
        parts.append({"index": index, "first_story": first, "stories": len(chunk),
                      "sha256": digest.hexdigest(), "name": f"part-{index:05d}.jsonl"})
    return parts


def _first_ranks(parts: List[Dict[str, Any]], listed: Dict[str, int]) -> List[int]:
    """The first rank of each partition, given the stories the finished
    ones listed (an unfinished one is expected to list all its stories)."""
    ranks, rank = [], 1
    for part in parts:
        ranks.append(rank)
        rank += listed.get(part["name"], part["stories"])
    return ranks


def run(args, client_of, manifest_of, write_atomically) -> int:
    """Runs `digest` for parsed `args` (dask.py passes its helpers)."""
    from . import _concord
    plan_options = {"min_articles": args.min_articles, "words": args.words,
                    "keep_copies": args.keep_copies, "window": args.window,
                    "no_duplicates": args.no_duplicates, "threads": args.threads}
    for name in ("threshold", "duplicate_threshold", "merge_threshold"):
        if getattr(args, name) is not None:
            plan_options[name] = getattr(args, name)
    part_options = {"words": args.words, "keep_copies": args.keep_copies,
                    "threads": args.threads}
    # digest_plan checks the options before it reads (ValueError: exit 2).
    try:
        stories, articles, found, notes = _concord.digest_plan(list(args.inputs),
                                                               **plan_options)
    except _concord.Error as e:
        print(f"{PROGRAM}: {e}", file=sys.stderr)
        return 2
    for note in notes:
        print(f"{PROGRAM}: warning: {note}", file=sys.stderr)
    parts = _partitions(stories, args.partition_size)
    print(f"{PROGRAM}: {articles} articles, {found} stories, {len(stories)} to report in "
          f"{len(parts)} partition(s)", file=sys.stderr)
    os.makedirs(args.out, exist_ok=True)
    job = {"command": "digest", "options": plan_options, "inputs": list(args.inputs),
           "partition_size": args.partition_size}
    manifest = manifest_of(args.out, job)
    client = cluster = None
    try:
        for _ in range(len(parts) + 1):  # a left-out story costs a round
            listed = {name: entry["listed"] for name, entry in manifest.parts.items()}
            ranks = _first_ranks(parts, listed)
            todo = [(p, r) for p, r in zip(parts, ranks) if not _finished(manifest, args.out,
                                                                          p, r)]
            print(f"{PROGRAM}: {len(parts) - len(todo)} of {len(parts)} partition(s) done",
                  file=sys.stderr)
            if not todo:
                return 0
            if client is None:
                client, cluster = client_of(args)
            failures = _round(client, todo, stories, part_options, manifest, args.out,
                              write_atomically)
            if failures:
                print(f"{PROGRAM}: {failures} partition(s) failed; rerun to retry them",
                      file=sys.stderr)
                return 2
        return 0
    finally:
        if client is not None:
            client.close()
        if cluster is not None:
            cluster.close()


def _finished(manifest, out_dir: str, part: Dict[str, Any], first_rank: int) -> bool:
    entry = manifest.parts.get(part["name"])
    if entry is None or entry.get("input") != part or entry.get("first_rank") != first_rank:
        return False
    try:
        with open(os.path.join(out_dir, part["name"]), "rb") as f:
            return hashlib.sha256(f.read()).hexdigest() == entry.get("sha256")
    except OSError:
        return False


def _round(client, todo, stories, options, manifest, out_dir, write_atomically) -> int:
    """Runs the partitions `todo` [(part, first rank)]; returns the failures."""
    from .dask import completed
    futures = {}
    for part, rank in todo:
        chunk = stories[part["first_story"]:part["first_story"] + part["stories"]]
        futures[client.submit(digest_part, chunk, rank, options, pure=False)] = (part, rank)
    failures = 0
    for (part, rank), status, value in completed(futures, lambda k: f"partition {k[0]['name']}"):
        if status == "error":
            failures += 1
            print(f"{PROGRAM}: {part['name']}: {value}", file=sys.stderr)
            continue
        output, listed, notes = value
        for note in notes:
            print(f"{PROGRAM}: warning: {note}", file=sys.stderr)
        write_atomically(os.path.join(out_dir, part["name"]), output)
        manifest.record_entry(part["name"], {
            "input": part, "first_rank": rank, "listed": listed,
            "sha256": hashlib.sha256(output).hexdigest(), "bytes": len(output)})
        print(f"{PROGRAM}: {part['name']} done (ranks {rank}..{rank + listed - 1})",
              file=sys.stderr)
    return failures
