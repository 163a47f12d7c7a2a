"""``sphinx-factcheck init``: an article's text in, a ready fact-check project out.

Pure: :func:`scaffold_project` turns text and a few choices into a mapping of
file names to contents; the command line writes them. The project builds
with ``sphinx-build -W`` at once: every claim is a candidate without a
verdict (the tool never invents one), so its status is the workflow's first,
and quotes its sentence verbatim, on one line, as it occurs exactly once in
the article.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from html import unescape

from sphinx_factcheck.core.checkworthy import rank_candidates, signals_of
from sphinx_factcheck.core.text import Sentence, split_lines, split_sentences
from sphinx_factcheck.core.values import slugify

ARTICLE_FILE = "article.txt"
DEFAULT_MAX_CLAIMS = 25
#: The files ``init`` writes, in the order it reports them.
PROJECT_FILES = ("conf.py", "index.md", "article.md", ARTICLE_FILE, "claims.md", "sources.md")

#: Whitespace a ``:quote:`` cannot carry verbatim: option values are read as one line and
#: runs of spaces are collapsed, so a quote is cut at line breaks, tabs and double spaces.
_IRREGULAR_SPACE = re.compile(r"[^\S ]+| {2,}")
#: A quote shorter than this (in words) is too vague to anchor a claim.
_MIN_QUOTE_WORDS = 4
#: A headline is short and does not end like a sentence.
_MAX_TITLE_WORDS = 25
#: A news dateline ("SEOUL, South Korea (AP) - "): no part of the claim itself.
_DASHES = "\u2014\u2013"
_DATELINE = re.compile(
    rf"[A-Z][A-Z .'-]{{1,40}}(?:,[^{_DASHES}()\n]{{1,40}})?\s*"
    rf"(?:\([A-Za-z .]{{1,20}}\))?\s*(?:[{_DASHES}]|\s-)\s+"
)
#: A word broken at a line end ("infra-\nstructure"), as in text copied from a PDF.
_LINE_END_HYPHEN = re.compile(r"(\w)-[ \t]*\n\s*(?=[^\W\d_A-ZÀ-ÖØ-Þ])")
_TAG = re.compile(r"<[^<>]*>")
_HTML_LOOKALIKES = str.maketrans(
    {"<": "\u2039", ">": "\u203a", "&": "\uff06", '"': "\u201d", "'": "\u2019"}
)
_MARKDOWN_PUNCTUATION = re.compile(r"([\\`*_{}\[\]<>()#+\-.!|~$&%:;\"'=^])")
_STOPWORDS = frozenset(
    (
        "a",
        "about",
        "above",
        "after",
        "again",
        "against",
        "all",
        "also",
        "am",
        "an",
        "and",
        "any",
        "are",
        "as",
        "at",
        "be",
        "because",
        "been",
        "before",
        "being",
        "below",
        "between",
        "both",
        "but",
        "by",
        "can",
        "could",
        "did",
        "do",
        "does",
        "doing",
        "down",
        "during",
        "each",
        "few",
        "for",
        "from",
        "further",
        "had",
        "has",
        "have",
        "having",
        "he",
        "her",
        "here",
        "hers",
        "him",
        "his",
        "how",
        "i",
        "if",
        "in",
        "into",
        "is",
        "it",
        "its",
        "itself",
        "just",
        "me",
        "more",
        "most",
        "my",
        "no",
        "nor",
        "not",
        "now",
        "of",
        "off",
        "on",
        "once",
        "only",
        "or",
        "other",
        "our",
        "out",
        "over",
        "own",
        "same",
        "she",
        "should",
        "so",
        "some",
        "such",
        "than",
        "that",
        "the",
        "their",
        "them",
        "then",
        "there",
        "these",
        "they",
        "this",
        "those",
        "through",
        "to",
        "too",
        "under",
        "until",
        "up",
        "very",
        "was",
        "we",
        "were",
        "what",
        "when",
        "where",
        "which",
        "while",
        "who",
        "whom",
        "why",
        "will",
        "with",
        "would",
        "you",
        "your",
        "said",
        "says",
        "told",
        "according",
        "s",
        "t",
    )
)


@dataclass(frozen=True)
class SuggestedClaim:
    """A candidate claim as ``init`` writes it."""

    id: str
    statement: str
    quote: str
    claimant: str | None
    signals: tuple[str, ...]
    score: int


@dataclass(frozen=True)
class ScaffoldOptions:
    """What the user chose on the command line, and what the article's page declared."""

    title: str
    max_claims: int = DEFAULT_MAX_CLAIMS
    language: str = "en"
    #: url, author, publisher, date: written into the article's source entry.
    metadata: Mapping[str, str] = field(default_factory=dict)


def scaffold_project(text: str, options: ScaffoldOptions) -> dict[str, str]:
    """The files of a fact-check project for ``text``: name -> content."""
    title = " ".join(options.title.split()) or "Fact-check"
    article_id = slugify(title, max_words=5)
    source_id = f"{article_id}-source"
    claims = suggest_claims(
        text, options.max_claims, options.language, title=title, reserved=(article_id, source_id)
    )
    return {
        "conf.py": _conf_py(title, options.language),
        "index.md": _index_md(title),
        "article.md": _article_md(article_id, title, source_id),
        ARTICLE_FILE: text,
        "claims.md": _claims_md(claims),
        "sources.md": _sources_md(source_id, title, options.metadata),
    }


def suggest_claims(
    text: str,
    max_claims: int,
    language: str = "en",
    *,
    title: str | None = None,
    reserved: Iterable[str] = (),
) -> list[SuggestedClaim]:
    """The most check-worthy sentences of ``text`` as claims, best first.

    The headline (``title``, and the headline-like line the text starts with)
    is no claim; no claim takes an id in ``reserved`` (the article's, its source's).
    """
    suggestions: list[SuggestedClaim] = []
    taken = set(reserved)
    headlines = {_comparable(line) for line in (title, title_of_text(text)) if line}
    for candidate in rank_candidates(split_sentences(text, language)):
        if len(suggestions) >= max_claims:
            break
        if _comparable(candidate.sentence.text) in headlines:
            continue
        quote = quote_for(text, candidate.sentence)
        if quote is None:
            continue
        statement = _one_line(_LINE_END_HYPHEN.sub(r"\1", candidate.sentence.text))
        statement = _without_dateline(statement).replace("`", "'")
        suggestions.append(
            SuggestedClaim(
                id=_unique(key_words_slug(statement), taken),
                statement=statement,
                quote=quote,
                claimant=candidate.speaker,
                signals=candidate.signals,
                score=candidate.score,
            )
        )
    return suggestions


def quote_for(text: str, sentence: Sentence) -> str | None:
    """The single-line part of ``sentence`` that occurs once in ``text`` and says most.

    A sentence on one line is quoted whole; a hard-wrapped one by the line that shows
    the most check-worthy signals (then the first such line).
    """
    pieces = [piece.strip() for piece in _IRREGULAR_SPACE.split(sentence.text)]
    usable = [
        piece
        for piece in pieces
        if piece and (piece == sentence.text or len(piece.split()) >= _MIN_QUOTE_WORDS)
    ]
    for piece in sorted(usable, key=lambda piece: -signals_of(piece)[1]):  # stable: first wins
        first = text.find(piece)
        if text.find(piece, first + 1) < 0:
            return piece
    return None


def key_words_slug(sentence: str, max_words: int = 5) -> str:
    """An id from a sentence's first key words, without stop words.

    E.g. ``meeting-lasted-four-hours`` for "The meeting, which lasted more than four hours".
    """
    words = [word for word in slugify(sentence, max_words=200).split("-") if word not in _STOPWORDS]
    return "-".join(words[:max_words]) or slugify(sentence, max_words=max_words)


def title_of_text(text: str) -> str | None:
    """The first line of prose that reads like a headline (short, not a sentence)."""
    for line in split_lines(text):
        stripped = " ".join(line.text.split())
        if not stripped or line.boilerplate:
            continue
        if len(stripped.split()) <= _MAX_TITLE_WORDS and not stripped.endswith((".", ":")):
            return stripped
        return None
    return None


def myst_option(value: str) -> str:
    """An option value MyST reads back unchanged: plain when safe, else double-quoted."""
    if _is_plain_safe(value):
        return value
    return json.dumps(value, ensure_ascii=False)


def _is_plain_safe(value: str) -> bool:
    if not value or value != value.strip() or "\n" in value:
        return False
    if value[0] in "\"'|>!&*%@`[]{}#?,-:=~":
        return False
    return " #" not in value and ": " not in value and not value.endswith(":")


def markdown_escape(text: str) -> str:
    """Text that Markdown shows as written (ASCII punctuation backslash-escaped)."""
    return _MARKDOWN_PUNCTUATION.sub(r"\\\1", text)


def _without_dateline(sentence: str) -> str:
    match = _DATELINE.match(sentence)
    return sentence[match.end() :] if match and match.end() < len(sentence) else sentence


def _comparable(text: str) -> str:
    """A line as compared with a headline: one line, no case, no closing punctuation."""
    return _one_line(text).casefold().rstrip(".!?…:;")


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _unique(base: str, taken: set[str]) -> str:
    candidate, counter = base, 2
    while candidate in taken:
        candidate, counter = f"{base}-{counter}", counter + 1
    taken.add(candidate)
    return candidate


def _fence(body: str) -> str:
    """A backtick fence longer than any backtick run in ``body``."""
    longest = max((len(run) for run in re.findall(r"`+", body)), default=0)
    return "`" * max(3, longest + 1)


def _directive(
    name: str, argument: str, options: list[tuple[str, str | None]], body: str = ""
) -> str:
    lines = [f":{key}: {myst_option(value)}" for key, value in options if value]
    inner = "\n".join(lines) + ("\n" + body if body else "")
    fence = _fence(inner)
    return f"{fence}{{{name}}} {argument}\n{inner}\n{fence}\n"


def plain_title(title: str) -> str:
    """``title`` as text a theme may print unescaped: no tags, no character HTML reads.

    Entities are decoded first (so ``&lt;script&gt;`` goes too), tags are
    dropped, and ``< > & " '`` become look-alikes that HTML leaves alone.
    """
    text = _TAG.sub("", unescape(title))
    text = "".join(" " if unicodedata.category(c).startswith("C") else c for c in text)
    return " ".join(text.translate(_HTML_LOOKALIKES).split()) or "Fact-check"


def _conf_py(title: str, language: str) -> str:
    return (
        '"""Sphinx configuration of this fact-check (written by sphinx-factcheck init)."""\n\n'
        f"project = {plain_title(title)!r}\n"
        '# The page title is the check\'s headline, not "... documentation".\n'
        "html_title = project\n"
        "# Who publishes the fact-check: the ClaimReview author, named in every page's\n"
        "# footer. Put your desk's name (and web address) here.\n"
        'factcheck_publisher = {"name": "Our fact-checking desk"}\n'
        'copyright = "Published by " + factcheck_publisher["name"]\n'
        'extensions = ["myst_parser", "sphinx_factcheck"]\n'
        'exclude_patterns = ["_build"]\n'
        f"language = {language!r}\n"
        f"factcheck_language = {language!r}\n"
    )


def _index_md(title: str) -> str:
    return (
        f"# {markdown_escape(title)}\n\n"
        "A fact-check of the article, its claims and their sources.\n\n"
        "```{toctree}\n:maxdepth: 2\n\narticle\nclaims\nsources\n```\n"
    )


def _article_md(article_id: str, title: str, source_id: str) -> str:
    return "# Article\n\n" + _directive(
        "article", ARTICLE_FILE, [("id", article_id), ("title", title), ("source", source_id)]
    )


def _claims_md(claims: list[SuggestedClaim]) -> str:
    parts = [
        "# Claims\n\n",
        "% Candidates found by sphinx-factcheck init, most check-worthy first. Each is\n"
        "% unchecked until it has a verdict: restate it as you will check it, add :sources:,\n"
        "% a :verdict:, a one-line :ruling: and the reasoning, and delete those not worth\n"
        "% checking.\n\n",
    ]
    if not claims:
        parts.append("No candidate claims: write your own with the claim directive.\n")
    for rank, claim in enumerate(claims, start=1):
        parts.append(f"% {rank}. score {claim.score}: {', '.join(claim.signals)}\n")
        parts.append(
            _directive(
                "claim",
                claim.statement,
                [("id", claim.id), ("quote", claim.quote), ("claimant", claim.claimant)],
            )
        )
        parts.append("\n")
    return "".join(parts).rstrip("\n") + "\n"


def _sources_md(source_id: str, title: str, metadata: Mapping[str, str]) -> str:
    options: list[tuple[str, str | None]] = [("title", title)]
    options += [(key, metadata.get(key)) for key in ("url", "publisher", "author", "date")]
    options.append(("kind", "article"))
    return "# Sources\n\n" + _directive(
        "source", source_id, options, body="The article under review, as published."
    )
