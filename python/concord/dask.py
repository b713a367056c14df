"""concord on Dask distributed: JSON Lines archives in partitions on workers.

    python3 -m concord.dask summarize|extract|group|digest INPUT.jsonl... --out DIR
        [--scheduler tcp://HOST:PORT] [--workers N] [--partition-size N]
        [--words N] [--method NAME] [--threads N]
        group: [--span HOURS] [--window 72h]
        digest: [--min-articles N] [--window 72h] [--threshold X]
                [--duplicate-threshold X] [--merge-threshold X] [--no-duplicates]
                [--keep-copies]

The inputs are cut into partitions of --partition-size lines, in file and
line order (the same input always gives the same partitions). Each
partition runs on a worker through the binding and becomes
DIR/part-00000.jsonl, DIR/part-00001.jsonl... written atomically (temporary
file, then rename); DIR/manifest.json records each finished partition with
the SHA-256 of its input lines and of its output. The output files,
concatenated in order, are byte-identical to the CLI's output on the same
inputs (``concord summarize --format json`` / ``concord extract``).

A rerun with the same inputs and options skips every partition whose file
is present with the recorded checksum, so a run that was stopped goes on
where it was. Without --scheduler a LocalCluster of --workers worker
processes (default 2) runs on this machine. Workers read the inputs by
path: on several machines the paths must be the same on every one (a
shared file system). Progress goes to stderr. Exit code 0, or 2 when a
partition failed (each failure is one stderr line naming the file and line)
or an argument is bad.

summarize needs one story per line ({"id", "documents": [...]}); extract
needs one page per line ({"path" or "id", "url", "html"}). group (one
article a line, with "id" and "published") cuts the stream into spans of
--span hours and merges the stories that cross an edge into
DIR/stories.jsonl (concord/dask_group.py). digest (the inputs of
``concord digest``) groups the whole stream on the driver and reports the
ranked stories on the workers, --partition-size stories a partition; the
parts are ``concord digest --format jsonl`` (concord/dask_digest.py).
docs/python.md describes how grouping is split across partitions.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import sys
from dataclasses import asdict, dataclass
from typing import Any, Dict, List, Optional, Sequence, Tuple

PROGRAM = "concord.dask"
MANIFEST = "manifest.json"
COMMANDS = ("summarize", "extract", "group", "digest")


@dataclass(frozen=True)
class Partition:
    """Lines [first_line, first_line + lines) of `path` (1-based line numbers)
    at bytes [start, end)."""
    index: int
    path: str
    first_line: int
    lines: int
    start: int
    end: int
    sha256: str

    @property
    def name(self) -> str:
        return f"part-{self.index:05d}.jsonl"


class UsageError(Exception):
    """A bad argument or input file: one stderr line, exit code 2."""


def plan(paths: Sequence[str], partition_size: int) -> List[Partition]:
    """The partitions of `paths`: every `partition_size` lines of each file,
    in order. A file's last partition may be shorter; an empty file has none."""
    partitions: List[Partition] = []
    for path in paths:
        try:
            with open(path, "rb") as f:
                data = f.read()
        except OSError as e:
            raise UsageError(f"{path}: cannot read: {e.strerror or e}") from e
        offset, line = 0, 1
        while offset < len(data):
            start, count = offset, 0
            while count < partition_size and offset < len(data):
                newline = data.find(b"\n", offset)
                offset = len(data) if newline < 0 else newline + 1
                count += 1
            partitions.append(Partition(len(partitions), path, line, count, start, offset,
                                        hashlib.sha256(data[start:offset]).hexdigest()))
            line += count
    return partitions


def _read_partition(partition: Partition) -> bytes:
    with open(partition.path, "rb") as f:
        f.seek(partition.start)
        data = f.read(partition.end - partition.start)
    if hashlib.sha256(data).hexdigest() != partition.sha256:
        raise RuntimeError(f"{partition.path}: changed while the job ran "
                           f"(lines {partition.first_line}..)")
    return data


def _objects(partition: Partition, data: bytes):
    """(line number, parsed object or None) for every non-blank line."""
    for number, line in enumerate(data.split(b"\n"), partition.first_line):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except ValueError:
            obj = None  # concord's reader reports it with its own message
        yield number, line, obj


def _summarize(partition: Partition, data: bytes, options: Dict[str, Any]) -> bytes:
    from . import _concord
    if not data.strip():
        return b""  # blank lines only: the CLI skips them
    for number, _, obj in _objects(partition, data):
        if isinstance(obj, dict) and "documents" not in obj:
            raise _concord.Error(f"{partition.path}:{number}: an article line; "
                                 f"{PROGRAM} summarize needs one story per line "
                                 '({"id", "documents": [...]})')
    # As many empty lines as came before: concord's reader then names the
    # file's own line numbers.
    contents = b"\n" * (partition.first_line - 1) + data
    stem = os.path.splitext(os.path.basename(partition.path))[0]
    return _concord.summarize_jsonl(contents, partition.path, stem,
                                    options=json.dumps(_request_options(options)),
                                    threads=options.get("threads", 1))


def _request_options(options: Dict[str, Any]) -> Dict[str, Any]:
    """The options without "threads" (a task's, not the request's)."""
    return {name: value for name, value in options.items() if name != "threads"}


def _extract(partition: Partition, data: bytes, options: Dict[str, Any]) -> bytes:
    from . import _concord
    out = []
    for number, _, obj in _objects(partition, data):
        where = f"{partition.path}:{number}"
        if not isinstance(obj, dict) or not isinstance(obj.get("html"), str):
            raise _concord.Error(f"{where}: not a page: a JSON object with \"html\" "
                                 "(and \"path\" or \"id\", \"url\") is needed")
        path = obj.get("path") or obj.get("id") or where
        out.append(_concord.extract_line(obj["html"], obj.get("url") or "", str(path)))
    return b"".join(out)


def run_partition(command: str, partition: Partition,
                  options: Dict[str, Any]) -> Tuple[str, bytes]:
    """Runs on a worker: ("ok", output bytes) or ("error", message)."""
    from . import _concord
    try:
        data = _read_partition(partition)
        if command == "summarize":
            return "ok", _summarize(partition, data, options)
        return "ok", _extract(partition, data, options)
    except (_concord.Error, ValueError, OSError, RuntimeError) as e:
        return "error", str(e)


def _write_atomically(path: str, data: bytes) -> None:
    temporary = f"{path}.tmp-{os.getpid()}"
    with open(temporary, "wb") as f:
        f.write(data)
        f.flush()
        os.fsync(f.fileno())
    os.replace(temporary, path)


def _sha256_of_file(path: str) -> Optional[str]:
    try:
        with open(path, "rb") as f:
            return hashlib.sha256(f.read()).hexdigest()
    except OSError:
        return None


class Manifest:
    """DIR/manifest.json: the job (command, options) and each finished
    partition with its input and output checksums."""

    def __init__(self, out_dir: str, job: Dict[str, Any]):
        self.path = os.path.join(out_dir, MANIFEST)
        self.job = job
        self.parts: Dict[str, Dict[str, Any]] = {}
        try:
            with open(self.path, encoding="utf-8") as f:
                old = json.load(f)
            if old.get("job") == job:
                self.parts = dict(old.get("partitions", {}))
        except (OSError, ValueError):
            pass

    def finished(self, out_dir: str, partition: Partition) -> bool:
        entry = self.parts.get(partition.name)
        if entry is None or entry.get("input") != asdict(partition):
            return False
        return _sha256_of_file(os.path.join(out_dir, partition.name)) == entry.get("sha256")

    def record(self, partition: Partition, output: bytes) -> None:
        self.record_entry(partition.name, {"input": asdict(partition),
                                           "sha256": hashlib.sha256(output).hexdigest(),
                                           "bytes": len(output)})

    def record_entry(self, name: str, entry: Dict[str, Any]) -> None:
        """Records output `name` as finished (rewrites the manifest)."""
        self.parts[name] = entry
        body = {"job": self.job, "partitions": dict(sorted(self.parts.items()))}
        _write_atomically(self.path, (json.dumps(body, indent=1) + "\n").encode("utf-8"))


def completed(futures: Dict[Any, Any], label):
    """Yields ``(key, status, value)`` for each future of ``futures`` (future ->
    key) as it finishes. A task returns ``(status, value)``; one that failed on
    the cluster itself (a worker lost too often) gives ``("error", "<label(key)>
    failed on the cluster: ...")``."""
    from distributed import as_completed
    for future in as_completed(futures):
        key = futures[future]
        try:
            status, value = future.result()
        except Exception as e:  # the task itself failed
            status, value = "error", f"{label(key)} failed on the cluster: {e!r}"
        yield key, status, value


def _client(args: argparse.Namespace):
    from distributed import Client, LocalCluster
    if args.scheduler:
        return Client(args.scheduler), None
    cluster = LocalCluster(n_workers=args.workers, threads_per_worker=1, processes=True,
                           host="127.0.0.1", dashboard_address="127.0.0.1:0")
    return Client(cluster), cluster


def run(args: argparse.Namespace) -> int:
    """Runs the job of parsed `args`; returns the exit code."""
    options: Dict[str, Any] = {}
    if args.command == "summarize":
        # The request layer's options (api.h), and the threads of a task.
        options = {"words": args.words, "method": args.method, "format": "json",
                   "threads": args.threads}
        from . import _concord
        # Bad options fail here (ValueError), before any cluster starts: the
        # options are checked before the (here empty) input is read.
        try:
            _concord.summarize_jsonl(b"", "options", "options",
                                     options=json.dumps(_request_options(options)))
        except _concord.Error:
            pass
    partitions = plan(args.inputs, args.partition_size)
    try:
        os.makedirs(args.out, exist_ok=True)
    except OSError as e:
        raise UsageError(f"--out {args.out}: cannot make the folder: {e.strerror or e}") from e
    job = {"command": args.command, "options": options, "inputs": list(args.inputs),
           "partition_size": args.partition_size}
    manifest = Manifest(args.out, job)
    todo = [p for p in partitions if not manifest.finished(args.out, p)]
    skipped = len(partitions) - len(todo)
    print(f"{PROGRAM}: {len(partitions)} partition(s), {skipped} already done", file=sys.stderr)
    failures = 0
    if todo:
        client, cluster = _client(args)
        try:
            futures = {client.submit(run_partition, args.command, p, options, pure=False): p
                       for p in todo}
            done = skipped
            label = lambda p: f"{p.path}:{p.first_line}: partition {p.name}"  # noqa: E731
            for partition, status, value in completed(futures, label):
                if status == "error":
                    failures += 1
                    print(f"{PROGRAM}: {value}", file=sys.stderr)
                    continue
                _write_atomically(os.path.join(args.out, partition.name), value)
                manifest.record(partition, value)
                done += 1
                print(f"{PROGRAM}: {partition.name} done ({done}/{len(partitions)})",
                      file=sys.stderr)
        finally:
            client.close()
            if cluster is not None:
                cluster.close()
    if failures:
        print(f"{PROGRAM}: {failures} partition(s) failed; rerun to retry them",
              file=sys.stderr)
        return 2
    return 0


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog=f"python3 -m {PROGRAM}",
                                description=__doc__.split("\n\n")[0])
    p.add_argument("command", choices=COMMANDS)
    p.add_argument("inputs", nargs="+", metavar="INPUT.jsonl")
    p.add_argument("--out", required=True, help="output folder (part-*.jsonl, manifest.json)")
    p.add_argument("--scheduler", help="tcp://HOST:PORT of a running Dask scheduler")
    p.add_argument("--workers", type=int, default=2,
                   help="worker processes of the local cluster (default 2)")
    p.add_argument("--partition-size", type=int, default=100,
                   help="lines per partition (digest: stories per partition)")
    p.add_argument("--words", type=int, default=100, help="summary budget in words")
    p.add_argument("--method", default="default", help="summarization method")
    p.add_argument("--threads", type=int, default=1, help="threads per task (0: every core)")
    p.add_argument("--span", type=float, default=24.0,
                   help="group: hours of publication time per partition (default 24)")
    p.add_argument("--window", default="72h",
                   help="group, digest: a story closes after this long without an article")
    p.add_argument("--min-articles", type=int, default=2,
                   help="digest: list only stories with at least this many articles")
    p.add_argument("--keep-copies", action="store_true",
                   help="digest: rank near-copies as independent articles")
    p.add_argument("--threshold", type=float,
                   help="digest: similarity for an article to join a story (group's)")
    p.add_argument("--duplicate-threshold", type=float,
                   help="digest: similarity at which an article is a near-copy (group's)")
    p.add_argument("--merge-threshold", type=float,
                   help="digest: similarity at which two open stories merge (group's; 1: never)")
    p.add_argument("--no-duplicates", action="store_true",
                   help="digest: do not look for near-copies while grouping")
    return p


def main(argv: Optional[Sequence[str]] = None) -> int:
    args = parser().parse_args(argv)
    for name in ("partition_size", "workers", "words", "min_articles"):
        if getattr(args, name) < 1:
            print(f"{PROGRAM}: --{name.replace('_', '-')} must be at least 1", file=sys.stderr)
            return 2
    if args.threads < 0:
        print(f"{PROGRAM}: --threads must be 0 or more", file=sys.stderr)
        return 2
    try:
        if args.command == "group":
            if not args.span > 0:
                raise UsageError("--span must be a positive number of hours")
            from . import dask_group
            return dask_group.run(args, _client, Manifest, _write_atomically)
        if args.command == "digest":
            from . import dask_digest
            return dask_digest.run(args, _client, Manifest, _write_atomically)
        return run(args)
    except UsageError as e:
        print(f"{PROGRAM}: {e}", file=sys.stderr)
        return 2
    except ValueError as e:  # a bad option, with the CLI's message
        print(f"{PROGRAM}: {e}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
