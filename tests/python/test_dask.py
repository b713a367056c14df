"""concord.dask on a real distributed.LocalCluster of 2 worker processes on
loopback: the partitions, concatenated, are the CLI's bytes; a rerun skips
finished partitions; a bad line is an error naming the file and line."""
import os
import shutil

import pytest

from conftest import DATA, need, run_cli, shared_path

need("concord")
distributed = need("distributed")
concord_dask = need("concord.dask")

ARCHIVE = DATA / "archive.jsonl"


@pytest.fixture(scope="module")
def scheduler():
    """One cluster for the module's tests (startup costs seconds)."""
    cluster = distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                       host="127.0.0.1", dashboard_address="127.0.0.1:0")
    try:
        yield cluster.scheduler_address
    finally:
        cluster.close()


def parts_of(out):
    names = sorted(n for n in os.listdir(out) if n.startswith("part-"))
    return names, b"".join((out / n).read_bytes() for n in names)


def test_summarize_partitions_are_the_cli_output(tmp_path, scheduler):
    code, expected, err = run_cli("summarize", "--format", "json", "--words", "40", ARCHIVE)
    assert code == 0, err
    out = tmp_path / "out"
    assert concord_dask.main(["summarize", str(ARCHIVE), "--out", str(out), "--scheduler",
                              scheduler, "--partition-size", "3", "--words", "40"]) == 0
    names, joined = parts_of(out)
    assert names == ["part-00000.jsonl", "part-00001.jsonl", "part-00002.jsonl"]
    assert joined == expected
    assert (out / "manifest.json").exists()


def test_validation_clusters_are_the_cli_output(tmp_path, scheduler):
    """All 250 Multi-News validation-full250 clusters (real news, long and
    messy) in partitions of 50: the same bytes as the CLI."""
    source = shared_path("data/multinews/validation-full250.jsonl")
    with open(source, "rb") as f:
        lines = f.readlines()
    assert len(lines) == 250
    archive = tmp_path / "validation250.jsonl"
    archive.write_bytes(b"".join(lines))
    code, expected, err = run_cli("summarize", "--format", "json", archive)
    assert code == 0, err
    out = tmp_path / "out"
    assert concord_dask.main(["summarize", str(archive), "--out", str(out), "--scheduler",
                              scheduler, "--partition-size", "50"]) == 0
    names, joined = parts_of(out)
    assert len(names) == 5
    assert joined == expected
    assert expected.count(b"\n") == 250


def test_a_rerun_skips_finished_partitions(tmp_path, scheduler, capsys):
    out = tmp_path / "out"
    args = ["summarize", str(ARCHIVE), "--out", str(out), "--scheduler", scheduler,
            "--partition-size", "2"]
    assert concord_dask.main(args) == 0
    names, first = parts_of(out)
    assert len(names) == 4
    stamps = {n: (out / n).stat().st_mtime_ns for n in names}
    (out / "part-00002.jsonl").unlink()
    (out / "part-00003.jsonl").write_bytes(b"cut off")  # checksum no longer matches
    capsys.readouterr()
    assert concord_dask.main(args) == 0
    err = capsys.readouterr().err
    assert "4 partition(s), 2 already done" in err
    assert "part-00000.jsonl done" not in err and "part-00002.jsonl done" in err
    assert parts_of(out)[1] == first
    for name in ("part-00000.jsonl", "part-00001.jsonl"):
        assert (out / name).stat().st_mtime_ns == stamps[name], name
    capsys.readouterr()
    assert concord_dask.main(args) == 0  # all done: no cluster is even contacted
    assert "4 partition(s), 4 already done" in capsys.readouterr().err


def test_a_bad_line_names_the_file_and_line(tmp_path, scheduler, capsys):
    lines = ARCHIVE.read_text(encoding="utf-8").splitlines(keepends=True)
    lines[4] = '{"id": "broken", "documents": [\n'
    archive = tmp_path / "broken.jsonl"
    archive.write_text("".join(lines), encoding="utf-8")
    code, _, cli_err = run_cli("summarize", "--format", "json", archive)
    assert code == 2
    out = tmp_path / "out"
    assert concord_dask.main(["summarize", str(archive), "--out", str(out), "--scheduler",
                              scheduler, "--partition-size", "3"]) == 2
    err = capsys.readouterr().err
    failed = [line for line in err.splitlines() if f"{archive}:5:" in line]
    assert len(failed) == 1, err
    message = failed[0].split("concord.dask: ", 1)[1]
    assert f"concord summarize: {message}" in cli_err
    assert "1 partition(s) failed" in err
    assert sorted(os.listdir(out)) == ["manifest.json", "part-00000.jsonl", "part-00002.jsonl"]


def test_article_lines_are_refused_for_summarize(tmp_path, scheduler, capsys):
    archive = tmp_path / "articles.jsonl"
    archive.write_text('{"id": "a", "text": "One article. Not a story line."}\n',
                       encoding="utf-8")
    assert concord_dask.main(["summarize", str(archive), "--out", str(tmp_path / "o"),
                              "--scheduler", scheduler]) == 2
    assert f"{archive}:1: an article line" in capsys.readouterr().err


def test_bad_options_fail_before_any_work(tmp_path, capsys):
    out = tmp_path / "out"
    assert concord_dask.main(["summarize", str(ARCHIVE), "--out", str(out),
                              "--method", "nope"]) == 2
    assert "--method: unknown method 'nope'" in capsys.readouterr().err
    assert concord_dask.main(["summarize", str(ARCHIVE), "--out", str(out),
                              "--partition-size", "0"]) == 2
    assert "--partition-size must be at least 1" in capsys.readouterr().err
    missing = tmp_path / "missing.jsonl"
    assert concord_dask.main(["summarize", str(missing), "--out", str(out)]) == 2
    assert f"{missing}: cannot read" in capsys.readouterr().err
    blocker = tmp_path / "file"
    blocker.write_text("x")
    assert concord_dask.main(["summarize", str(ARCHIVE), "--out", str(blocker)]) == 2
    assert f"--out {blocker}: cannot make the folder" in capsys.readouterr().err


def test_extract_on_a_local_cluster_is_the_cli_output(tmp_path):
    """Without --scheduler: a LocalCluster of 2 worker processes of its own."""
    pages = []
    for i in range(5):
        page = tmp_path / f"page{i}.html"
        body = "".join(f"<p>Report {i}, paragraph {k}: the harbor bridge stayed closed while "
                       "crews replaced two cracked beams under the deck.</p>" for k in range(4))
        page.write_text(f"<html><head><title>Bridge {i}</title></head><body><nav>Home</nav>"
                        f"<article>{body}</article></body></html>", encoding="utf-8")
        pages.append(page)
    code, expected, err = run_cli("extract", *pages)
    assert code == 0, err
    import json
    archive = tmp_path / "pages.jsonl"
    archive.write_text("".join(json.dumps({"path": str(p), "html": p.read_text()}) + "\n"
                               for p in pages), encoding="utf-8")
    out = tmp_path / "out"
    assert concord_dask.main(["extract", str(archive), "--out", str(out), "--workers", "2",
                              "--partition-size", "2"]) == 0
    names, joined = parts_of(out)
    assert len(names) == 3
    assert joined == expected
    shutil.rmtree(out)


def test_a_worker_killed_mid_run_changes_nothing(tmp_path, scheduler, capsys):
    """SIGKILL to the worker running a task: the scheduler runs the task
    again elsewhere (the nanny restarts the worker); the job completes and
    its output is the CLI's."""
    import json
    import signal
    import threading
    import time

    from test_binding import long_story

    story = long_story()
    archive = tmp_path / "slow.jsonl"
    archive.write_text("".join(json.dumps({"id": f"s{i}", "documents": story[i:] + story[:i]})
                               + "\n" for i in range(6)), encoding="utf-8")
    code, expected, err = run_cli("summarize", "--format", "json", "--words", "40", archive)
    assert code == 0, err
    out = tmp_path / "out"
    result = {}
    job = threading.Thread(target=lambda: result.setdefault("code", concord_dask.main(
        ["summarize", str(archive), "--out", str(out), "--scheduler", scheduler,
         "--partition-size", "1", "--words", "40"])))
    job.start()
    killed = None
    with distributed.Client(scheduler) as client:
        deadline = time.monotonic() + 60
        while killed is None and job.is_alive() and time.monotonic() < deadline:
            busy = [w for w, keys in client.processing().items()
                    if any("run_partition" in str(k) for k in keys)]
            if busy:
                pid = client.run(os.getpid, workers=busy[:1])[busy[0]]
                done_before = len(list(out.glob("part-*"))) if out.exists() else 0
                os.kill(pid, signal.SIGKILL)
                killed = (busy[0], done_before)
            else:
                time.sleep(0.02)
        # This client closes only after the job: closing it while the job's
        # client (the same process) waits on its futures stops their
        # notifications ("Event loop is closed") and the job never ends.
        job.join(120)
    assert killed is not None, "no task was seen running"
    assert killed[1] < 6, "the worker was killed before the last partition finished"
    assert result.get("code") == 0, capsys.readouterr().err
    names, joined = parts_of(out)
    assert len(names) == 6
    assert joined == expected
    print(f"killed worker {killed[0]} after {killed[1]} of 6 partitions; output identical")


def edge_stream(tmp_path):
    """Four daily spans; the bridge story has an article in each, the
    marathon story two: (the stream file, its rows)."""
    import json
    bridge = ["The harbor bridge closed after inspectors found cracks in two beams. Repairs "
              "take two weeks.",
              "Inspectors closed the harbor bridge because of cracked beams; repairs will last "
              "two weeks.",
              "Crews began repairing the cracked beams of the closed harbor bridge on Wednesday.",
              "The harbor bridge repairs on the cracked beams are ahead of schedule, engineers "
              "said."]
    marathon = ["Lena Ortiz won the city marathon in record time as eight thousand runners "
                "finished.",
                "Marathon winner Lena Ortiz set a course record; eight thousand runners finished "
                "the race."]
    rows = [{"id": f"b{i}", "source": f"S{i}", "title": "Harbor bridge",
             "published": f"2024-05-0{1 + i}T20:00:00Z", "text": t} for i, t in enumerate(bridge)]
    rows += [{"id": f"m{i}", "source": f"S{i}", "title": "Marathon record",
              "published": f"2024-05-0{2 + i}T10:00:00Z", "text": t}
             for i, t in enumerate(marathon)]
    rows.sort(key=lambda r: r["published"])
    stream = tmp_path / "stream.jsonl"
    stream.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return stream, rows


def test_group_across_time_spans_merges_stories_at_the_edges(tmp_path, scheduler, capsys):
    """Four daily spans; the bridge story has an article in each, so each
    span's task sees only part of it: merged at the edges, the stories are
    those of one pass (`concord group`)."""
    import json
    stream, rows = edge_stream(tmp_path)
    code, expected, err = run_cli("group", stream)
    assert code == 0, err
    out = tmp_path / "out"
    assert concord_dask.main(["group", str(stream), "--out", str(out), "--scheduler", scheduler,
                              "--span", "24"]) == 0
    assert "6 articles in 4 span(s) of 24.0 h, 0 already done" in capsys.readouterr().err
    assert (out / "stories.jsonl").read_bytes() == expected
    assert expected.count(b"\n") == 2
    # Integer ids, as `concord group` reads them: the same stories.
    numbered = [dict(r, id=k) for k, r in enumerate(rows)]
    numbered_stream = tmp_path / "numbered.jsonl"
    numbered_stream.write_text("".join(json.dumps(r) + "\n" for r in numbered), encoding="utf-8")
    code, expected_numbered, err = run_cli("group", numbered_stream)
    assert code == 0, err
    assert b'"articles":["0",' in expected_numbered
    numbered_out = tmp_path / "numbered-out"
    assert concord_dask.main(["group", str(numbered_stream), "--out", str(numbered_out),
                              "--scheduler", scheduler, "--span", "24"]) == 0
    assert (numbered_out / "stories.jsonl").read_bytes() == expected_numbered
    rows.append({"source": "S9", "published": "2024-05-05", "text": "No id here."})
    stream.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    assert concord_dask.main(["group", str(stream), "--out", str(out), "--scheduler",
                              scheduler]) == 2
    assert f"{stream}:7: concord.dask group needs an \"id\"" in capsys.readouterr().err


DIGEST_FOLDER = DATA.parent / "digest"

# A story told by three outlets with titles but no text (it cannot be
# summarized, so the digest leaves it out) ranks first; the two stories
# after it then move up a rank.
UNSUMMARIZABLE = [{"id": f"t{i}", "source": f"Outlet {i}", "title": "Harbor bridge closes",
                   "published": f"2031-03-14T0{i}:00:00Z", "text": ""} for i in range(3)] + [
    {"id": "f1", "source": "Valley Herald", "title": "River Sorn floods farmland",
     "published": "2031-03-14T04:00:00Z",
     "text": "The River Sorn burst its banks near Kettleby on Monday. Three roads closed."},
    {"id": "f2", "source": "Kettleby Times", "title": "River Sorn floods farmland",
     "published": "2031-03-14T05:00:00Z",
     "text": "Farmland near Kettleby flooded when the River Sorn burst its banks on Monday."},
    {"id": "c1", "source": "Board Weekly", "title": "Young player wins the chess open",
     "published": "2031-03-14T06:00:00Z",
     "text": "A sixteen-year-old won the Aldmoor chess open on Sunday in the final round."}]


def digest_args(inputs, out, scheduler, *more):
    return ["digest", *map(str, inputs), "--out", str(out), "--scheduler", scheduler, *more]


def test_digest_partitions_are_the_cli_jsonl(tmp_path, scheduler, capsys):
    """The digest fixture folder (the CLI reads the same paths): grouped on
    the driver, one story a partition on the workers, the CLI's bytes; a
    rerun redoes nothing, a damaged part only itself."""
    code, expected, err = run_cli("digest", DIGEST_FOLDER, "--format", "jsonl",
                                  "--min-articles", "1")
    assert code == 0, err
    out = tmp_path / "out"
    args = digest_args([DIGEST_FOLDER], out, scheduler, "--partition-size", "1",
                       "--min-articles", "1")
    assert concord_dask.main(args) == 0
    names, joined = parts_of(out)
    assert len(names) == expected.count(b"\n") >= 3
    assert joined == expected
    (out / names[1]).write_bytes(b"cut off")
    capsys.readouterr()
    assert concord_dask.main(args) == 0
    err = capsys.readouterr().err
    assert f"{len(names) - 1} of {len(names)} partition(s) done" in err
    assert f"{names[1]} done" in err and f"{names[0]} done" not in err
    assert parts_of(out)[1] == expected


def test_digest_of_validation_clusters_is_the_cli_jsonl(tmp_path, scheduler):
    """60 Multi-News validation clusters (real news) read as one stream:
    about 50 stories, in partitions of 10, against the CLI."""
    source = shared_path("data/multinews/validation-full250.jsonl")
    with open(source, "rb") as f:
        lines = f.readlines()[:60]
    archive = tmp_path / "validation60.jsonl"
    archive.write_bytes(b"".join(lines))
    code, expected, err = run_cli("digest", archive, "--format", "jsonl", "--words", "60")
    assert code == 0, err
    out = tmp_path / "out"
    assert concord_dask.main(digest_args([archive], out, scheduler, "--partition-size", "10",
                                         "--words", "60")) == 0
    names, joined = parts_of(out)
    assert len(names) == (expected.count(b"\n") + 9) // 10 >= 3
    assert joined == expected


def test_digest_ranks_move_up_after_a_story_left_out(tmp_path, scheduler, capsys):
    import json
    stream = tmp_path / "stream.jsonl"
    stream.write_text("".join(json.dumps(r) + "\n" for r in UNSUMMARIZABLE), encoding="utf-8")
    code, expected, err = run_cli("digest", stream, "--format", "jsonl", "--min-articles", "1")
    assert code == 0, err
    assert "no sentences left" in err and "(left out)" in err
    assert [json.loads(line)["rank"] for line in expected.splitlines()] == [1, 2]
    out = tmp_path / "out"
    capsys.readouterr()
    assert concord_dask.main(digest_args([stream], out, scheduler, "--partition-size", "1",
                                         "--min-articles", "1")) == 0
    err = capsys.readouterr().err
    assert "(left out)" in err
    assert "part-00001.jsonl done (ranks 2..2)" in err  # rendered before part 0 was known
    assert "part-00001.jsonl done (ranks 1..1)" in err  # and again after
    names, joined = parts_of(out)
    assert names == ["part-00000.jsonl", "part-00001.jsonl", "part-00002.jsonl"]
    assert (out / "part-00000.jsonl").read_bytes() == b""
    assert joined == expected


def test_digest_errors_name_the_option_or_the_line(tmp_path, capsys):
    out = tmp_path / "out"
    assert concord_dask.main(["digest", str(DIGEST_FOLDER), "--out", str(out),
                              "--window", "soon"]) == 2
    code, _, cli_err = run_cli("digest", DIGEST_FOLDER, "--window", "soon")
    assert code == 2
    message = capsys.readouterr().err.strip().split("concord.dask: ", 1)[1]
    assert cli_err.strip() == f"concord digest: {message}"
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "a", "text": "fine"}\n{not json\n', encoding="utf-8")
    assert concord_dask.main(["digest", str(bad), "--out", str(out)]) == 2
    assert f"{bad}:2" in capsys.readouterr().err
    assert not out.exists()


def test_group_rerun_groups_only_unfinished_spans(tmp_path, scheduler, capsys):
    stream, _ = edge_stream(tmp_path)
    code, expected, err = run_cli("group", stream)
    assert code == 0, err
    out = tmp_path / "out"
    args = ["group", str(stream), "--out", str(out), "--scheduler", scheduler, "--span", "24"]
    assert concord_dask.main(args) == 0
    spans = sorted(n for n in os.listdir(out) if n.startswith("span-"))
    assert spans == [f"span-{k:05d}.jsonl" for k in range(4)]
    stamp = (out / "span-00000.jsonl").stat().st_mtime_ns
    (out / "span-00002.jsonl").unlink()
    (out / "span-00003.jsonl").write_bytes(b"cut off")  # checksum no longer matches
    (out / "stories.jsonl").unlink()
    capsys.readouterr()
    assert concord_dask.main(args) == 0
    err = capsys.readouterr().err
    assert "4 span(s) of 24.0 h, 2 already done" in err
    assert "span-00002.jsonl done" in err and "span-00003.jsonl done" in err
    assert "span-00000.jsonl done" not in err and "span-00001.jsonl done" not in err
    assert (out / "span-00000.jsonl").stat().st_mtime_ns == stamp
    assert (out / "stories.jsonl").read_bytes() == expected
    capsys.readouterr()
    assert concord_dask.main(args) == 0  # all done: merged again, no cluster contacted
    assert "4 already done" in capsys.readouterr().err
    assert (out / "stories.jsonl").read_bytes() == expected
