"""`import concord`: every function against the CLI's output on the same
input, the errors and their messages, and the GIL released in the engine."""
import json
import sys
import threading

import pytest

from conftest import need, run_cli

concord = need("concord")

ARTICLES = [
    {"id": "a", "source": "Harbor Gazette",
     "text": "The harbor bridge closed on Monday after inspectors found cracks. "
             "Repairs will take two weeks, the city said. Ferries will run more often."},
    {"id": "b", "source": "Courier",
     "text": "Inspectors closed the harbor bridge on Monday. \"We will not take risks,\" "
             "Mayor Ana Ruiz said. The repairs should take two weeks."},
    "The bridge over the harbor is shut for two weeks. Extra ferries carry commuters.",
]


def write_jsonl(tmp_path, articles, story=True):
    """The articles as the JSON Lines file the CLI reads, called `articles`
    as the binding calls them (an article without an id is "articles:N" in
    both, the story "articles"); run the CLI with cwd=tmp_path. For one
    story's functions (`story`), a plain string is the outlet "article N",
    as the binding names it."""
    path = tmp_path / "articles"
    lines = [json.dumps(a if isinstance(a, dict)
                        else {"text": a, "source": f"article {n}"} if story else {"text": a})
             for n, a in enumerate(articles, 1)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path.name


def test_summarize_json_is_the_cli_json(tmp_path):
    path = write_jsonl(tmp_path, ARTICLES)
    code, out, err = run_cli("summarize", "--format", "json", "--words", "30", path,
                             cwd=tmp_path)
    assert code == 0, err
    got = concord.summarize(ARTICLES, words=30)
    assert got == json.loads(out)
    assert got["sentences"], "a summary with sentences"


@pytest.mark.parametrize("fmt", ["text", "md"])
def test_summarize_text_formats_are_the_cli_bytes(tmp_path, fmt):
    path = write_jsonl(tmp_path, ARTICLES)
    code, out, err = run_cli("summarize", "--format", fmt, "--method", "lead",
                             "--sentences", "2", path, cwd=tmp_path)
    assert code == 0, err
    got = concord.summarize(ARTICLES, method="lead", format=fmt, sentences=2)
    assert got == out.decode("utf-8")


def test_summarize_set_params_and_keep_copies_are_the_cli_flags(tmp_path):
    """--set, --params (which --set overrides) and --keep-copies reach the
    engine through the request layer's option names, as the CLI's flags."""
    path = write_jsonl(tmp_path, ARTICLES)
    (tmp_path / "params").write_text("max_words = 12\nposition_weight = 0\n", encoding="utf-8")
    code, out, err = run_cli("summarize", "--format", "json", "--words", "40", "--params",
                             "params", "--set", "max_words=30", "--keep-copies", path,
                             cwd=tmp_path)
    assert code == 0, err
    default = concord.summarize(ARTICLES, words=40)
    for given in ({"max_words": 30}, "max_words=30", ["max_words=30"]):
        got = concord.summarize(ARTICLES, words=40, params=str(tmp_path / "params"),
                                set=given, keep_copies=True)
        assert got == json.loads(out)
    assert got != default, "the parameters change the summary"
    with pytest.raises(ValueError, match="^set: expected name=value"):
        concord.summarize(ARTICLES, set="max_words")


def test_compare_and_quotes_are_the_cli_json(tmp_path):
    path = write_jsonl(tmp_path, ARTICLES)
    code, out, err = run_cli("compare", "--format", "json", path, cwd=tmp_path)
    assert code == 0, err
    assert concord.compare(ARTICLES) == json.loads(out)
    code, out, err = run_cli("quotes", "--format", "json", path, cwd=tmp_path)
    assert code == 0, err
    got = concord.quotes(ARTICLES)
    assert got == json.loads(out)
    assert got["quotes"], "the mayor's quote is found"
    for fmt in ("text", "md"):
        code, out, err = run_cli("compare", "--format", fmt, path, cwd=tmp_path)
        assert code == 0, err
        assert concord.compare(ARTICLES, format=fmt) == out.decode("utf-8")
        code, out, err = run_cli("quotes", "--format", fmt, path, cwd=tmp_path)
        assert code == 0, err
        assert concord.quotes(ARTICLES, format=fmt) == out.decode("utf-8")


def test_split_is_the_cli_split(tmp_path):
    text = "Dr. Smith arrived at 5 p.m. on Monday.  He left at once!\nWas it late? Yes."
    path = tmp_path / "t.txt"
    path.write_text(text, encoding="utf-8")
    code, out, err = run_cli("split", "--format", "json", path, cwd=tmp_path)
    assert code == 0, err
    expected = [json.loads(line) for line in out.splitlines()]
    assert concord.split(text) == expected
    assert len(expected) > 1


def test_extract_is_the_cli_extract(tmp_path):
    html = ("<html lang='en'><head><title>Bridge shut - Gazette</title>"
            "<meta property='og:site_name' content='Harbor Gazette'></head><body>"
            "<nav><a href='/'>Home</a> <a href='/news'>News</a></nav><article><h1>Bridge shut</h1>"
            + "".join(f"<p>Paragraph {i} says the harbor bridge closed on Monday after "
                      "inspectors found cracks in two beams of the deck.</p>" for i in range(5))
            + "</article><footer>Contact us</footer></body></html>")
    path = tmp_path / "page.html"
    path.write_text(html, encoding="utf-8")
    code, out, err = run_cli("extract", path, cwd=tmp_path)
    assert code == 0, err
    expected = json.loads(out)
    del expected["path"]
    got = concord.extract(html)
    assert got == expected
    assert "Paragraph 4" in got["text"] and "Home" not in got["text"]


def test_group_is_the_cli_group(tmp_path):
    stream = [
        {"id": "1", "source": "A", "published": "2024-05-01T10:00:00Z",
         "title": "Harbor bridge closed", "text": ARTICLES[0]["text"]},
        {"id": "2", "source": "B", "published": "2024-05-01T11:00:00Z",
         "title": "Bridge shut for repairs", "text": ARTICLES[1]["text"]},
        {"id": "3", "source": "C", "published": "2024-05-01T12:00:00Z",
         "title": "Marathon record", "text": "Lena Ortiz won the city marathon on Sunday "
                                             "in record time. Eight thousand runners finished."},
    ]
    path = write_jsonl(tmp_path, stream, story=False)
    code, out, err = run_cli("group", path, cwd=tmp_path)
    assert code == 0, err
    expected = [json.loads(line) for line in out.splitlines()]
    assert concord.group(stream) == expected
    assert len(expected) >= 2
    # The merge stage's threshold reaches the grouper as --merge-threshold.
    code, out, err = run_cli("group", path, "--merge-threshold", "1", cwd=tmp_path)
    assert code == 0, err
    assert concord.group(stream, merge_threshold=1.0) == [json.loads(line) for line in
                                                          out.splitlines()]
    with pytest.raises(ValueError, match="^merge_threshold must be in"):
        concord.group(stream, merge_threshold=2.0)
    with pytest.raises(ValueError, match="^merge_threshold must be in"):
        concord.digest(stream, merge_threshold=-1.0)


def test_rouge_counts_overlap():
    same = concord.rouge("the bridge closed on monday", ["the bridge closed on monday"])
    assert same["ROUGE-1"] == {"R": 1.0, "P": 1.0, "F": 1.0}
    half = concord.rouge(["a b c d"], [["a b x y"]], flags="-n 1")
    assert half["ROUGE-1"]["R"] == pytest.approx(0.5)
    assert half["ROUGE-1"]["P"] == pytest.approx(0.5)
    assert "ROUGE-2" not in half and "ROUGE-L" in half


def test_bad_options_are_value_errors_with_the_cli_message(tmp_path):
    path = write_jsonl(tmp_path, ARTICLES)
    code, _, err = run_cli("summarize", "--method", "nope", path, cwd=tmp_path)
    assert code == 2
    with pytest.raises(ValueError) as raised:
        concord.summarize(ARTICLES, method="nope")
    # The CLI's message, the option named as the keyword argument.
    assert str(raised.value).startswith("method: unknown method 'nope'")
    assert "--" + str(raised.value) in err
    # A value the message quotes is left as the caller wrote it (stop 30:
    # method="--words" was reported as "unknown method 'words'").
    with pytest.raises(ValueError, match="^method: unknown method '--words'"):
        concord.summarize(ARTICLES, method="--words")
    with pytest.raises(ValueError, match="^params: /no/such/--words.txt"):
        concord.summarize(ARTICLES, params="/no/such/--words.txt")
    with pytest.raises(ValueError, match="^give one of words, bytes, sentences$"):
        concord.summarize(ARTICLES, words=10, bytes=100)
    with pytest.raises(ValueError, match="^words: must be a whole number"):
        concord.summarize(ARTICLES, words=0)
    with pytest.raises(ValueError, match="^duplicate_threshold must be in"):
        concord.summarize(ARTICLES, duplicate_threshold=2.0)
    with pytest.raises(ValueError, match="^set: expected name=value"):
        concord.summarize(ARTICLES, set=["max_words"])
    with pytest.raises(ValueError, match="unknown option 'colour'"):
        concord.summarize(ARTICLES, colour="red")
    # The keyword arguments named in the signature are listed too, and the
    # nearest one is suggested (s29: 'wrds' listed neither words nor method).
    with pytest.raises(ValueError) as typo:
        concord.summarize(ARTICLES, wrds=5)
    assert "did you mean 'words'?" in str(typo.value)
    for known in ("words", "method", "format", "bytes", "story_id"):
        assert known in str(typo.value)
    with pytest.raises(ValueError, match="^threshold") as threshold:
        concord.compare(ARTICLES, threshold=2.0)
    assert "--" not in str(threshold.value)
    with pytest.raises(ValueError, match="-p"):
        concord.rouge("a", ["a"], flags="-p 2")


def test_input_errors_are_concord_errors_naming_the_article(tmp_path):
    assert issubclass(concord.Error, Exception)
    bad = [ARTICLES[0], {"id": "empty", "text": "   "}]
    path = write_jsonl(tmp_path, bad)
    code, _, err = run_cli("summarize", path, cwd=tmp_path)
    assert code == 2
    with pytest.raises(concord.Error) as raised:
        concord.summarize(bad)
    message = str(raised.value)
    assert message.startswith("articles:2: ")
    assert f"concord summarize: {message}" in err
    with pytest.raises(concord.Error, match="empty"):
        concord.split("  \n ")
    with pytest.raises(concord.Error):
        concord.summarize([])
    with pytest.raises(TypeError):
        concord.summarize("one string is not a list of articles")
    with pytest.raises(TypeError):
        concord.summarize([42])


def test_html_articles_are_extracted_first():
    page = ("<html><head><title>Bridge</title></head><body><article>"
            + "<p>The harbor bridge closed on Monday after inspectors found cracks.</p>" * 3
            + "</article></body></html>")
    got = concord.summarize([{"id": "p", "html": page}, ARTICLES[1]], words=20)
    assert {s["article"] for s in got["sentences"]} <= {"p", "b"}


def long_story(count=60):
    """A story of `count` articles (distinct enough that near-copies do not
    collapse): with 2,000, summarizing it takes about 0.3 s on one core."""
    words = ("harbor bridge inspectors cracks repairs ferries commuters mayor council budget "
             "engineers beams deck traffic river weeks city officials safety closure").split()
    articles = []
    for a in range(count):
        sentences = []
        for s in range(12):
            picked = [words[(a * 7 + s * 3 + k * 5) % len(words)] for k in range(14)]
            sentences.append(f"Source {a} reported that the {' '.join(picked)} on day {s} "
                             f"near pier {(a * 31 + s * 17) % 97}.")
        articles.append({"id": f"n{a}", "source": f"Outlet {a % 9}", "text": " ".join(sentences)})
    return articles


def test_the_gil_is_released_while_concord_runs():
    """Whether this thread can run Python while another thread is inside
    the engine, decided without a clock. With the interpreter's switch
    interval made huge, a thread gives up the GIL only when it blocks or
    when C code releases it. The worker sets `entered`, then calls the
    engine; this thread, woken by `entered`, needs the GIL to look at
    `finished`, and the worker needs the GIL again to set it. So if the
    engine releases the GIL, this thread takes it during the call and sees
    `finished` unset; if the engine held it, the worker would run the call
    to its end and set `finished` before this thread could look. (The one
    way to pass wrongly is impossible; the one way to fail wrongly would
    need this thread to wait for a core longer than the whole call, about
    0.3 s of summarizing on one core.)"""
    contents = concord._jsonl(long_story(2000))
    entered = threading.Event()
    finished = []

    def work():
        entered.set()
        concord._concord.summarize_jsonl(contents, "articles", "articles",
                                         options='{"words": 50}', threads=1)
        finished.append(True)

    interval = sys.getswitchinterval()
    sys.setswitchinterval(100.0)
    try:
        thread = threading.Thread(target=work)
        thread.start()
        entered.wait()
        seen_during_the_call = not finished
        thread.join()
    finally:
        sys.setswitchinterval(interval)
    assert finished, "the engine's call did not end"
    assert seen_during_the_call, "this thread could not run while the engine ran"


DIGEST_ARTICLES = [
    {"id": "g1", "source": "Harbor Gazette", "title": "Harbor bridge closes for repairs",
     "published": "2031-03-14T08:00:00Z",
     "text": "The harbor bridge closed on Monday after inspectors found cracks. "
             "Repairs will take two weeks, the city said."},
    {"id": "g2", "source": "Courier", "title": "Harbor bridge closed after cracks found",
     "published": "2031-03-14T09:00:00Z",
     "text": "Inspectors closed the harbor bridge on Monday because of cracks. "
             "The repairs should take two weeks, the city said."},
    {"id": "g3", "source": "Board Weekly", "title": "Young player wins the chess open",
     "published": "2031-03-14T10:00:00Z",
     "text": "A sixteen-year-old won the Aldmoor chess open on Sunday in the final round."},
]


@pytest.mark.parametrize("fmt", ["md", "html", "jsonl"])
def test_digest_is_the_cli_digest(tmp_path, fmt):
    path = write_jsonl(tmp_path, DIGEST_ARTICLES, story=False)
    code, out, err = run_cli("digest", "--format", fmt, "--min-articles", "1", "--words", "30",
                             path, cwd=tmp_path)
    assert code == 0, err
    got = concord.digest(DIGEST_ARTICLES, format=fmt, min_articles=1, words=30)
    if fmt == "jsonl":
        assert got == [json.loads(line) for line in out.splitlines()]
        assert [story["rank"] for story in got] == [1, 2]
    else:
        assert got == out.decode("utf-8")


def test_digest_truncate_is_the_cli_flag(tmp_path):
    sentence = ("The council of the small harbour town of Alder voted late on Monday night, "
                "after a debate of four hours, to close the old ferry pier for two months.")
    articles = [{"id": "a", "text": sentence}, {"id": "b", "text": sentence}]
    with pytest.warns(UserWarning, match=r"truncate") as warned:
        assert concord.digest(articles, words=10, format="jsonl") == []
    assert "--" not in str(warned[0].message)
    assert warned[0].filename == __file__
    path = write_jsonl(tmp_path, articles, story=False)
    code, out, err = run_cli("digest", "--format", "jsonl", "--words", "10", "--truncate", path,
                             cwd=tmp_path)
    assert code == 0, err
    got = concord.digest(articles, words=10, format="jsonl", truncate=True)
    assert got == [json.loads(line) for line in out.splitlines()]
    assert got[0]["summary"][0]["text"].startswith("The council of the small harbour town")


def test_digest_errors_are_the_cli_errors():
    with pytest.raises(ValueError, match=r"^format must be md, jsonl or html \(got 'pdf'\)"):
        concord.digest(DIGEST_ARTICLES, format="pdf")
    with pytest.raises(ValueError, match="^words must be a whole number from 1"):
        concord.digest(DIGEST_ARTICLES, words=0)
    with pytest.raises(ValueError, match="^min_articles must be a whole number from 1"):
        concord.digest(DIGEST_ARTICLES, min_articles=-1)
    with pytest.raises(concord.Error, match="g1"):
        concord.digest(DIGEST_ARTICLES + [DIGEST_ARTICLES[0]])  # one id twice
    with pytest.warns(UserWarning, match=r"concord digest: story-1: .*\(left out\)"):
        concord.digest([{"id": "x", "title": "Only a title"},
                        {"id": "y", "title": "Only a title"}])


def test_a_plain_string_is_article_n_and_nul_becomes_u_fffd():
    """A plain string's outlet is "article N" (it was "articles:N", its
    id); a NUL is replaced as the CLI's readers replace it (it reached the
    output as a control character)."""
    text = "The bridge closed on Monday\x00 for repairs to the main cables of the city."
    got = concord.summarize([ARTICLES[0], text], words=40)
    outlets = {outlet for s in got["sentences"] for outlet in s["sources"]}
    assert "article 2" in outlets and "articles:2" not in outlets
    md = concord.summarize([text], words=20, format="md")
    assert md.endswith("*(article 1)*\n")
    assert "\x00" not in md and "Monday\ufffd for" in md
    report = concord.compare([ARTICLES[0], text])
    assert "article 2" in json.dumps(report)
