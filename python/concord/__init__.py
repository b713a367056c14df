"""concord: short, sourced summaries of many news articles about one event.

The functions take articles as dicts with the fields of concord's JSON Lines
input (``id``, ``source``, ``url``, ``title``, ``published``, and ``text`` or
``html``, a raw page that is extracted first) or as plain strings (the text),
and return what the ``concord`` command prints: with ``format="json"`` the
parsed JSON (plain dicts and lists), with ``"text"`` or ``"md"`` its string.

    >>> import concord
    >>> s = concord.summarize(["The bridge closed on Monday. Repairs take a week.",
    ...                        {"source": "Courier", "text": "The bridge closed."}])
    >>> [sentence["sources"] for sentence in s["sentences"]]

Errors: ``ValueError`` for a bad option (named as its keyword argument:
``words``, ``merge_threshold``), ``concord.Error`` for input that
cannot be used (the message names the article as ``articles:N``, N from 1),
``TypeError`` for arguments of the wrong type. The engine runs without the
GIL, so Python threads run concurrently in it. docs/python.md explains more.
"""

from __future__ import annotations

import difflib
import functools
import inspect
import json
import re
import warnings
from typing import Any, Dict, Iterable, List, Mapping, Optional, Sequence, Union

from . import _concord
from ._concord import Error

__all__ = ["Error", "summarize", "compare", "quotes", "split", "rouge", "extract", "group",
           "digest"]

Article = Union[str, Mapping[str, Any]]

_SUMMARIZE_OPTIONS = ("bytes", "sentences", "truncate", "explain", "no_clean", "keep_copies",
                      "duplicate_threshold", "set", "params", "threads", "story_id")


def _keyword_names(function):
    """Makes the engine's ValueError messages, which name options as the
    command line does (``--words``, ``--merge-threshold``), name them as
    this function's keyword arguments (``words``, ``merge_threshold``)."""
    @functools.wraps(function)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return function(*args, **kwargs)
        except ValueError as error:
            message = _renamed(str(error), function)
            if message == str(error):
                raise
            raise ValueError(message) from None
    return wrapper


def _renamed(message: str, function: Any) -> str:
    """`message` with each ``--flag`` that names a keyword argument of
    `function` (or, for summarize, one of its options) written as it."""
    names = set(inspect.signature(function).parameters)
    if function.__name__ == "summarize":
        names.update(_SUMMARIZE_OPTIONS)

    def keyword(match: "re.Match[str]") -> str:
        name = match.group(1).replace("-", "_")
        return name if name in names else match.group(0)
    # Only a flag that starts the message or a word of it: not one inside
    # a value the message quotes ("unknown method '--words'") or a path
    # ("/tmp/--words.txt").
    return re.sub(r"(?:^|(?<=[\s(]))--([a-z][a-z-]*)", keyword, message)


def _article_object(article: Article, number: int, name_unnamed: bool = False) -> Dict[str, Any]:
    """The JSON Lines object of article ``number`` (from 1). With
    ``name_unnamed``, an article with no id, source or url (a plain string)
    is the outlet "article N", as concord names an article with nothing to
    name it, rather than by its id "articles:N"."""
    if isinstance(article, str):
        return {"text": article, "source": f"article {number}"} if name_unnamed \
            else {"text": article}
    if not isinstance(article, Mapping):
        raise TypeError(f"article {number}: must be a str or a dict, not "
                        f"{type(article).__name__}")
    obj = dict(article)
    html = obj.pop("html", None)
    if html is not None and "text" not in obj:
        page = extract(html, url=obj.get("url"))
        obj["text"] = page["text"]
        for field, value in (("title", page["title"]), ("published", page["published"]),
                             ("url", page["url"]), ("source", page["site"])):
            if value and not obj.get(field):
                obj[field] = value
    if name_unnamed and not any(obj.get(field) not in (None, "") for field in ("id", "source", "url")):
        obj["source"] = f"article {number}"
    return obj


def _jsonl(articles: Iterable[Article], name_unnamed: bool = False) -> bytes:
    """The articles as JSON Lines, one a line (line N is article N);
    ``name_unnamed`` for one story's articles (_article_object)."""
    if isinstance(articles, (str, bytes, Mapping)):
        raise TypeError("articles must be a list of articles (str or dict), not one article")
    lines = [json.dumps(_article_object(a, n, name_unnamed), ensure_ascii=False)
             for n, a in enumerate(articles, 1)]
    if not lines:
        raise Error("articles: no articles in the input")
    # Lone surrogates pass through and are replaced by U+FFFD in concord,
    # as invalid UTF-8 in a file is.
    return ("\n".join(lines) + "\n").encode("utf-8", "surrogatepass")


def _decode(out: bytes) -> str:
    return out.decode("utf-8", "replace")


def _json_or_text(out: bytes, format: str) -> Any:
    if format in ("json", "jsonl"):
        return json.loads(out)
    return _decode(out)


def _parameters(value: Any) -> Dict[str, float]:
    """--set as the request layer takes it: {name: number}. Also accepts
    "name=value" strings (one, or a list), as on the command line."""
    if value is None:
        return {}
    if isinstance(value, Mapping):
        return dict(value)
    items = [value] if isinstance(value, str) else list(value)
    out: Dict[str, float] = {}
    for item in items:
        name, equals, number = str(item).partition("=")
        try:
            out[name.strip()] = float(number)
        except ValueError:
            equals = ""
        if not equals or not name.strip():
            raise ValueError(f"set: expected name=value with a number (got '{item}')")
    return out


def _options_json(options: Mapping[str, Any]) -> str:
    """The options (Python names) as the request layer's JSON object: the
    CLI's long flag names, unset ones left out."""
    return json.dumps({name.replace("_", "-"): value for name, value in options.items()
                       if value is not None})


@_keyword_names
def summarize(articles: Iterable[Article], words: Optional[int] = None,
              method: str = "default", format: str = "json", **options: Any) -> Any:
    """Summarizes the articles of one story, as ``concord summarize``.

    Args:
      articles: the story's articles, dicts or strings (see the module doc).
      words: the budget in words (100 when neither ``bytes`` nor
        ``sentences`` is given).
      method: "default", "lead", "centroid", "lexrank", "textrank", "mmr",
        "ilp", "coverage"... (the CLI's --method).
      format: "json" (a dict: ``sentences`` with ``text``, ``article``,
        ``start``, ``end``, ``sources``...; ``stats``; ``compare``), "text"
        or "md" (the CLI's string).
      **options: bytes, sentences (other budgets), truncate, explain,
        no_clean, keep_copies, duplicate_threshold (the CLI's flags); set (a
        dict of default-method parameters, as --set; or "name=value"
        strings), params (a file written by
        ``concord train``), threads (0: every core), story_id (the story's
        "id", default "articles").

    Raises:
      ValueError: a bad option. concord.Error: an article that cannot be
        used, or nothing to summarize.
    """
    unknown = sorted(set(options) - set(_SUMMARIZE_OPTIONS))
    if unknown:
        known = ("words", "method", "format") + _SUMMARIZE_OPTIONS
        close = difflib.get_close_matches(unknown[0], known, n=1)
        hint = f"did you mean '{close[0]}'? " if close else ""
        raise ValueError(f"unknown option '{unknown[0]}' ({hint}known: {', '.join(known)})")
    given = {name: options[name] for name in ("bytes", "sentences", "duplicate_threshold")
             if name in options}
    given.update({name: bool(options[name]) for name in ("truncate", "explain", "no_clean",
                                                         "keep_copies") if name in options})
    given.update(words=words, method=method, format=format,
                 set=_parameters(options.get("set")) or None)
    out = _concord.summarize_jsonl(
        _jsonl(articles, name_unnamed=True), "articles", options.get("story_id", "articles"),
        options=_options_json(given), params=options.get("params") or "",
        threads=int(options.get("threads", 0)))
    return _json_or_text(out, format)


@_keyword_names
def compare(articles: Iterable[Article], format: str = "json", threshold: Optional[float] = None,
            no_clean: bool = False, threads: int = 0, story_id: str = "articles") -> Any:
    """Compares the outlets of one story, as ``concord compare``.

    Returns with format="json" a dict: ``outlets``, ``shared`` (content
    several outlets carry), ``unique`` (facts only one reports; each group
    with ``shown``, the line the reports show for it),
    ``number_differences``, ``contradictions``, ``entities``, ``quotes``, ``id``; with "text"
    or "md" the CLI's report. ``threshold`` (0, 1] is the similarity at which
    two sentences count as the same content.
    """
    given = {"format": format, "threshold": threshold, "no_clean": bool(no_clean)}
    out = _concord.compare_jsonl(_jsonl(articles, name_unnamed=True), "articles", story_id,
                                 options=_options_json(given), threads=threads)
    return _json_or_text(out, format)


@_keyword_names
def quotes(articles: Iterable[Article], format: str = "json", no_clean: bool = False,
           threads: int = 0, story_id: str = "articles") -> Any:
    """Direct quotes with speakers and cue verbs, as ``concord quotes``.

    Returns with format="json" {"id": story_id, "quotes": [{"article",
    "outlet", "parts", "text", "speaker", "cue", "negation", "negated",
    "embedded", "group", "outlets"}...]} ("negated": the text reports that the
    speaker did NOT say it, "negation" the words that say so); with "text" or
    "md" the CLI's table.
    """
    out = _concord.quotes_jsonl(_jsonl(articles, name_unnamed=True), "articles", story_id,
                                options=_options_json({"format": format, "no_clean": bool(no_clean)}),
                                threads=threads)
    return _json_or_text(out, format)


def split(text: Union[str, bytes]) -> List[Dict[str, Any]]:
    """The sentences of ``text`` as concord sees them, as ``concord split --format json``.

    Returns [{"text", "start", "end"}]: the sentence with whitespace
    collapsed and its byte span in the UTF-8 text (after invalid UTF-8 was
    replaced). Raises concord.Error for empty or binary text.
    """
    out = _concord.split(text)
    return [json.loads(line) for line in out.splitlines() if line.strip()]


def rouge(candidate: Union[str, Sequence[str]], references: Sequence[Union[str, Sequence[str]]],
          flags: str = "-n 2", data_dir: Optional[str] = None) -> Dict[str, Dict[str, float]]:
    """ROUGE-1.5.5 scores of one summary against its references.

    ``candidate`` and each reference are a string (one sentence a line) or a
    list of sentences. ``flags`` are the script's ("-n 2 -m -u -2 4", see
    docs/rouge.md); -m reads the WordNet exceptions of Debian's wordnet-base
    or of ``data_dir``. Returns {"ROUGE-1": {"R", "P", "F"}, ...} in the
    script's order.
    """
    def lines(text: Union[str, Sequence[str]]) -> List[str]:
        return text.split("\n") if isinstance(text, str) else list(text)

    if isinstance(references, str):
        raise TypeError("references must be a list of references, not one string")
    scores = _concord.rouge(lines(candidate), [lines(r) for r in references], flags,
                            data_dir or "")
    return {name: {"R": r, "P": p, "F": f} for name, r, p, f in scores}


def extract(html: Union[str, bytes], url: Optional[str] = None) -> Dict[str, Any]:
    """The article of one raw HTML page, as ``concord extract``.

    Returns {"url", "title", "author", "published", "site", "language",
    "text"} and, when something is missing, "warning" (the reasons joined by
    "; "). Extraction never fails: a page without an article gives an empty
    "text" and a warning. Give ``bytes`` to let concord detect the charset.
    """
    page = json.loads(_concord.extract_line(html, url or "", ""))
    del page["path"]  # the line names the page file; here there is none
    return page


@_keyword_names
def group(articles: Iterable[Article], window: str = "72h", threshold: Optional[float] = None,
          duplicate_threshold: Optional[float] = None,
          duplicates: bool = True,
          merge_threshold: Optional[float] = None) -> List[Dict[str, Any]]:
    """Groups a stream of articles into stories, as ``concord group``.

    Articles need an ``id`` to be told apart (else "articles:N" is used) and
    are grouped in order of ``published``. Returns one dict per story, in
    order of first appearance: {"story", "articles" (ids), "title",
    "sources", "first", "last", "duplicates" ([copy, original] id pairs)}.
    ``window`` ("72h", "3d", "90m") closes stories with no newer article;
    ``merge_threshold`` (1 turns it off) is ``--merge-threshold``: two open
    stories whose centroids are at least this similar become one.
    """
    kwargs: Dict[str, Any] = {}
    if threshold is not None:
        kwargs["threshold"] = float(threshold)
    if duplicate_threshold is not None:
        kwargs["duplicate_threshold"] = float(duplicate_threshold)
    if merge_threshold is not None:
        kwargs["merge_threshold"] = float(merge_threshold)
    out = _concord.group_jsonl(_jsonl(articles), "articles", window=window,
                               no_duplicates=not duplicates, **kwargs)
    return [json.loads(line) for line in out.splitlines() if line.strip()]


@_keyword_names
def digest(articles: Iterable[Article], words: int = 100, min_articles: int = 2,
           format: str = "md", window: str = "72h", threshold: Optional[float] = None,
           duplicate_threshold: Optional[float] = None, duplicates: bool = True,
           keep_copies: bool = False, threads: int = 0,
           merge_threshold: Optional[float] = None, truncate: bool = False) -> Any:
    """A day of news in one report, as ``concord digest``.

    Groups the articles into stories (in order of ``published``; give each
    an ``id``), collapses wire copies, and summarizes (``words`` per story)
    and compares every story told by at least ``min_articles`` articles,
    most outlets first. Returns with format="jsonl" one dict per story
    ({"story", "rank", "title", "articles", "sources", "first", "last",
    "copies", "summary", "compare"}), with "md" or "html" the CLI's
    report as a string. ``window``, ``threshold``, ``duplicate_threshold``,
    ``merge_threshold`` and ``duplicates`` are group's; ``keep_copies`` ranks near-copies as
    independent articles; ``truncate`` cuts a story's first sentence to the budget when
    no whole sentence fits (else the story is left out with a warning). The CLI's stderr warnings (unparsable times,
    stories left out) become Python warnings (UserWarning).

    Raises:
      ValueError: a bad option. concord.Error: an article that cannot be
        used (named ``articles:N``), two articles with one id, no article.
    """
    kwargs: Dict[str, Any] = {}
    if threshold is not None:
        kwargs["threshold"] = float(threshold)
    if duplicate_threshold is not None:
        kwargs["duplicate_threshold"] = float(duplicate_threshold)
    if merge_threshold is not None:
        kwargs["merge_threshold"] = float(merge_threshold)
    out, notes = _concord.digest_jsonl(
        _jsonl(articles), "articles", min_articles=min_articles, format=format, words=words,
        keep_copies=keep_copies, window=window, no_duplicates=not duplicates, threads=threads,
        truncate=truncate, **kwargs)
    for note in notes:
        warnings.warn(f"concord digest: {_renamed(note, digest)}", stacklevel=3)
    if format in ("jsonl", "json"):
        return [json.loads(line) for line in out.splitlines() if line.strip()]
    return _decode(out)
