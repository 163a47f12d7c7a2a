"""The annotated articles of a project: every claim's and flaw's quote anchored, coverage counted.

Computed once per build from the records (see the ``fc`` domain); the
Sphinx side turns the problems into warnings and the annotations into
highlighted pages, and the export writes the anchors as W3C selectors.
Only claims cover sentences: a copy flaw marks an error of the text, it
does not check what the sentence says.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from itertools import pairwise
from typing import Any, Literal, Protocol

from sphinx_factcheck.core.checkworthy import Candidate, rank_candidates
from sphinx_factcheck.core.model import ArticleRecord, ClaimRecord, FlawRecord, Location
from sphinx_factcheck.core.quotes import MatchKind, QuoteMatch, line_of, locate_quote
from sphinx_factcheck.core.text import Line, Sentence, split_lines, split_sentences

#: Characters of context kept before and after a quote in a TextQuoteSelector.
SELECTOR_CONTEXT = 32
#: How much of a quote or passage a warning message shows.
_SHOWN = 100

#: What a quote belongs to.
AnchorKind = Literal["claim", "flaw"]


class Quoted(Protocol):
    """A record with a quote to anchor: a claim or a copy flaw."""

    @property
    def id(self) -> str: ...
    @property
    def quote(self) -> str | None: ...
    @property
    def article(self) -> str | None: ...
    @property
    def occurrence(self) -> int | None: ...
    @property
    def location(self) -> Location: ...


@dataclass(frozen=True)
class QuoteAnchor:
    """A claim's (or flaw's) quote, anchored at ``[start, end)`` of its article's text."""

    #: The id of the claim or flaw (``kind``) the quote belongs to.
    record_id: str
    article_id: str
    start: int
    end: int
    match: MatchKind
    score: float
    #: Which of the equally good places this is (1-based), and how many there are.
    occurrence: int = 1
    occurrences: int = 1
    kind: AnchorKind = "claim"

    @property
    def length(self) -> int:
        return self.end - self.start

    def selectors(self, text: str) -> list[dict[str, Any]]:
        """W3C Web Annotation selectors for this span of ``text``."""
        return [
            {
                "type": "TextQuoteSelector",
                "exact": text[self.start : self.end],
                "prefix": text[max(0, self.start - SELECTOR_CONTEXT) : self.start],
                "suffix": text[self.end : self.end + SELECTOR_CONTEXT],
            },
            {"type": "TextPositionSelector", "start": self.start, "end": self.end},
        ]

    def as_dict(self, text: str) -> dict[str, Any]:
        """The anchor as it appears on a claim in ``factcheck.json``."""
        return {
            "article": self.article_id,
            "match": self.match,
            "score": self.score,
            "occurrence": self.occurrence,
            "occurrences": self.occurrences,
            "selectors": self.selectors(text),
        }


@dataclass(frozen=True)
class AnchorProblem:
    """Something a checker should fix about a claim's (or flaw's) quote or article.

    ``subtype`` is a warning subtype (``quote_fuzzy``, ``quote_not_found``,
    ``quote_ambiguous``, ``bad_option`` or ``unknown_article``).
    """

    subtype: str
    record_id: str
    location: Location
    message: str


@dataclass(frozen=True)
class Segment:
    """A stretch of article text and the anchors (claims' and flaws') that cover all of it."""

    start: int
    end: int
    anchors: tuple[QuoteAnchor, ...]

    @property
    def link(self) -> QuoteAnchor | None:
        """The anchor a segment links to: the shortest quote (then the earliest)."""
        if not self.anchors:
            return None
        return min(self.anchors, key=lambda a: (a.length, a.start, a.kind, a.record_id))

    @property
    def claims(self) -> tuple[QuoteAnchor, ...]:
        """The claims' anchors among this segment's."""
        return tuple(a for a in self.anchors if a.kind == "claim")

    @property
    def flaws(self) -> tuple[QuoteAnchor, ...]:
        """The copy flaws' anchors among this segment's."""
        return tuple(a for a in self.anchors if a.kind == "flaw")


@dataclass(frozen=True)
class ArticleAnnotation:
    """One article with its lines, sentences, anchored quotes and coverage."""

    article: ArticleRecord
    lines: tuple[Line, ...]
    sentences: tuple[Sentence, ...]
    #: the claims' anchored quotes, in text order (they count for coverage)
    anchors: tuple[QuoteAnchor, ...]
    #: per sentence (same order as ``sentences``): covered by an anchored quote
    covered: tuple[bool, ...]
    #: (1-based sentence number, candidate), best first, for uncovered sentences only
    uncovered_checkworthy: tuple[tuple[int, Candidate], ...]
    #: the language the sentences were split for (``factcheck_language``)
    language: str = "en"
    #: the copy flaws' anchored quotes, in text order (they do not count for coverage)
    flaw_anchors: tuple[QuoteAnchor, ...] = ()

    @property
    def covered_count(self) -> int:
        return sum(self.covered)

    @property
    def boilerplate_lines(self) -> tuple[Line, ...]:
        return tuple(line for line in self.lines if line.boilerplate)

    def segments(self, start: int, end: int) -> list[Segment]:
        """``[start, end)`` cut wherever a quote begins or ends, each piece with its quotes."""
        return split_segments(start, end, (*self.anchors, *self.flaw_anchors))

    def coverage_dict(self) -> dict[str, Any]:
        """The article's coverage as it appears in ``factcheck.json``."""
        return {
            "sentences": len(self.sentences),
            "covered": self.covered_count,
            "boilerplate_lines": len(self.boilerplate_lines),
            "uncovered_checkworthy": [
                {
                    "sentence": number,
                    "text": candidate.sentence.text,
                    "start": candidate.sentence.start,
                    "end": candidate.sentence.end,
                    "score": candidate.score,
                    "signals": list(candidate.signals),
                }
                for number, candidate in self.uncovered_checkworthy
            ],
        }


def split_segments(start: int, end: int, anchors: Iterable[QuoteAnchor]) -> list[Segment]:
    """Cut ``[start, end)`` at every anchor boundary inside it; empty pieces are dropped."""
    inside = [a for a in anchors if a.start < end and a.end > start]
    cuts = sorted({start, end, *(p for a in inside for p in (a.start, a.end) if start < p < end)})
    return [
        Segment(first, last, tuple(a for a in inside if a.start <= first and a.end >= last))
        for first, last in pairwise(cuts)
    ]


@dataclass
class ProjectAnnotation:
    """Every article annotated, every claim's and flaw's anchor, and the problems found."""

    articles: dict[str, ArticleAnnotation] = field(default_factory=dict)
    #: claim id -> its anchored quote
    anchors: dict[str, QuoteAnchor] = field(default_factory=dict)
    #: flaw id -> its anchored quote
    flaw_anchors: dict[str, QuoteAnchor] = field(default_factory=dict)
    problems: list[AnchorProblem] = field(default_factory=list)
    #: claim id -> the article the claim belongs to (None when it has none or the
    #: choice is ambiguous), whether or not it has a quote; reports filter by it
    #: and ClaimReview takes the claim's appearance from it
    article_of_claim: dict[str, str | None] = field(default_factory=dict)
    #: flaw id -> the article the flaw belongs to, decided as for claims
    article_of_flaw: dict[str, str | None] = field(default_factory=dict)

    def anchor_dict(self, record_id: str, kind: AnchorKind = "claim") -> dict[str, Any] | None:
        """A claim's (or flaw's) ``anchor`` in ``factcheck.json``, or None when it has none."""
        anchor = (self.anchors if kind == "claim" else self.flaw_anchors).get(record_id)
        if anchor is None:
            return None
        return anchor.as_dict(self.articles[anchor.article_id].article.text)


def annotate_project(
    claims: Sequence[ClaimRecord],
    articles: Sequence[ArticleRecord],
    threshold: float = 80,
    language: str = "en",
    flaws: Sequence[FlawRecord] = (),
) -> ProjectAnnotation:
    """Anchor every claim's and flaw's quote in its article and count each article's coverage."""
    result = ProjectAnnotation()
    by_id = {article.id: article for article in articles}
    anchors_by_article: dict[str, list[QuoteAnchor]] = {article.id: [] for article in articles}
    flaws_by_article: dict[str, list[QuoteAnchor]] = {article.id: [] for article in articles}
    quoted: list[
        tuple[
            AnchorKind,
            Sequence[Quoted],
            dict[str, str | None],
            dict[str, QuoteAnchor],
            dict[str, list[QuoteAnchor]],
        ]
    ] = [
        ("claim", claims, result.article_of_claim, result.anchors, anchors_by_article),
        ("flaw", flaws, result.article_of_flaw, result.flaw_anchors, flaws_by_article),
    ]
    for kind, records, article_of, anchors, per_article in quoted:
        for record in records:
            article = _article_for(record, kind, articles, by_id, result.problems)
            article_of[record.id] = article.id if article else None
            if article is None or not record.quote:
                continue
            if not article.text.strip():
                continue  # the unreadable file is reported once, as article_missing
            anchor = _anchor(record, kind, article, threshold, result.problems)
            if anchor is not None:
                anchors[record.id] = anchor
                per_article[article.id].append(anchor)
    for article in articles:
        result.articles[article.id] = _annotate_article(
            article, anchors_by_article[article.id], language, flaws_by_article[article.id]
        )
    return result


def _article_for(
    claim: Quoted,
    kind: AnchorKind,
    articles: Sequence[ArticleRecord],
    by_id: dict[str, ArticleRecord],
    problems: list[AnchorProblem],
) -> ArticleRecord | None:
    """A record's article: ``:article:``, else the one in its document, else the only one.

    This is the one place that decides it. A claim without a quote belongs to
    its article just the same; only a claim with a quote is warned about when
    there is no article, or several, to choose from.
    """

    def problem(message: str) -> None:
        problems.append(AnchorProblem("unknown_article", claim.id, claim.location, message))

    known = ", ".join(sorted(by_id)) or "none"
    if claim.article:
        if claim.article not in by_id:
            problem(
                f"{kind} {claim.id!r}: :article: {claim.article!r} names no article; "
                f"known articles: {known}"
            )
        return by_id.get(claim.article)
    own = [a for a in articles if a.location.docname == claim.location.docname]
    candidates = own or list(articles)
    if len(candidates) == 1:
        return candidates[0]
    if not claim.quote:
        return None
    if not candidates:
        problem(
            f"{kind} {claim.id!r} has a :quote: but the project has no article to anchor "
            "it in; add an article directive, or drop the :quote:"
        )
    else:
        where = "this document" if own else "the project"
        problem(
            f"{kind} {claim.id!r} has a :quote: but {where} has {len(candidates)} "
            f"articles ({', '.join(a.id for a in candidates)}); add :article: with one "
            "of these ids"
        )
    return None


def _anchor(
    claim: Quoted,
    kind: AnchorKind,
    article: ArticleRecord,
    threshold: float,
    problems: list[AnchorProblem],
) -> QuoteAnchor | None:
    assert claim.quote is not None
    match = locate_quote(article.text, claim.quote, threshold)

    def problem(subtype: str, message: str) -> None:
        problems.append(
            AnchorProblem(subtype, claim.id, claim.location, f"{kind} {claim.id!r}: {message}")
        )

    if match.kind is None:
        closest = (
            f"the closest passage (score {match.score:g}) is {_shown(article.text, match.spans[0])}"
            if match.spans
            else "nothing in it comes close"
        )
        problem(
            "quote_not_found",
            f"quote {_clip(claim.quote)!r} not found in article {article.id!r} (threshold "
            f"{threshold:g}); {closest}. Copy the quote verbatim from the article",
        )
        return None
    occurrence = _occurrence(claim, article, match, problem)
    span = match.span(occurrence)
    assert match.kind is not None and span is not None
    if match.kind == "fuzzy" and match.score < 100:
        problem(
            "quote_fuzzy",
            f"quote {_clip(claim.quote)!r} found only approximately in article "
            f"{article.id!r} (score {match.score:g}): the article has "
            f"{_shown(article.text, span)}; copy that text as the :quote: to anchor exactly",
        )
    return QuoteAnchor(
        claim.id,
        article.id,
        span[0],
        span[1],
        match.kind,
        match.score,
        occurrence or 1,
        len(match.spans),
        kind,
    )


def _occurrence(
    claim: Quoted, article: ArticleRecord, match: QuoteMatch, problem: Any
) -> int | None:
    """The occurrence to anchor at, warning when it is unclear or out of range."""
    count = len(match.spans)
    chosen = claim.occurrence
    if chosen is not None and not 1 <= chosen <= count:
        fix = (
            "drop :occurrence:"
            if count == 1
            else f"give a number from 1 to {count} (highlighting the first)"
        )
        problem(
            "bad_option",
            f":occurrence: {chosen} but the quote occurs "
            f"{'once' if count == 1 else f'{count} times'} in article {article.id!r}; "
            f"{fix}",
        )
        return None
    if chosen is None and count > 1:
        places = "; ".join(_position(article.text, start) for start, _ in match.spans[:12])
        problem(
            "quote_ambiguous",
            f"quote {_clip(claim.quote or '')!r} occurs {count} times in article "
            f"{article.id!r} (at {places}); highlighting the first. Add "
            f":occurrence: N (1 to {count}) to pick one, or quote more words",
        )
    return chosen


def _annotate_article(
    article: ArticleRecord,
    anchors: list[QuoteAnchor],
    language: str,
    flaw_anchors: list[QuoteAnchor],
) -> ArticleAnnotation:
    lines = tuple(split_lines(article.text))
    sentences = tuple(split_sentences(article.text, language, lines))
    ordered = tuple(sorted(anchors, key=lambda a: (a.start, -a.end, a.record_id)))
    covered = tuple(any(a.start < s.end and a.end > s.start for a in ordered) for s in sentences)
    number_of = {s.start: position + 1 for position, s in enumerate(sentences)}
    uncovered = [s for s, is_covered in zip(sentences, covered, strict=True) if not is_covered]
    return ArticleAnnotation(
        article=article,
        lines=lines,
        sentences=sentences,
        anchors=ordered,
        covered=covered,
        uncovered_checkworthy=tuple(
            (number_of[c.sentence.start], c) for c in rank_candidates(uncovered)
        ),
        language=language,
        flaw_anchors=tuple(sorted(flaw_anchors, key=lambda a: (a.start, -a.end, a.record_id))),
    )


def _clip(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= _SHOWN else text[: _SHOWN - 1] + "…"


def _position(text: str, offset: int) -> str:
    line_start = text.rfind("\n", 0, offset) + 1
    return f"line {line_of(text, offset)} column {offset - line_start + 1}"


def _shown(text: str, span: tuple[int, int]) -> str:
    start, end = span
    return f"{_clip(text[start:end])!r} at {_position(text, start)}"
