"""What each page shows of the collected data, as a digest per page.

A page shows data collected from other pages through its roles' badges, the
back-links and "Show in article" line of its cards, its reports, its
annotated articles and the ClaimReview in its head. When it is read, the
domain records *what* it shows (:class:`Shown` items, its reports, its own
claims); after every build's reading, :func:`page_digests` turns that into
the values the page will display (which claims, which of their fields, each
report's answer, page titles) and hashes them. A page whose digest changed is
rewritten; every other page is left alone, as plain Sphinx would.

A value is computed once per build and shared by every page that shows it.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, fields
from typing import Any, NamedTuple

from sphinx_factcheck.core.annotation import ProjectAnnotation
from sphinx_factcheck.core.collection import ProjectIndex
from sphinx_factcheck.core.flaws import select_flaws
from sphinx_factcheck.core.model import ClaimRecord, FlawRecord, SourceRecord, WithdrawalRecord
from sphinx_factcheck.core.queries import sort_claims
from sphinx_factcheck.core.quotes import line_of
from sphinx_factcheck.core.report_results import ReportIndex, ReportRecord
from sphinx_factcheck.core.report_specs import (
    ClaimTableSpec,
    CorrectionsLogSpec,
    FindingsSpec,
    FlawListSpec,
    SourceListSpec,
    VerdictSummarySpec,
)

#: :class:`Shown` kinds besides the reference kinds (``claim``, ``source``,
#: ``article``, ``any``): the placeholders filled when a page is written.
CLAIM_BACKLINKS = "claim-backlinks"
SOURCE_BACKLINKS = "source-backlinks"
ARTICLE_BODY = "article-body"
ARTICLE_LINK = "article-link"
FLAW_ARTICLE_LINK = "flaw-article-link"
#: The attribute of a placeholder that says what it will show, as ``(kind, target)``.
SHOWS = "fc_shows"
#: The attribute of a node only the desk sees (``rendering.audience.desk_only``).
DESK_ONLY = "fc_desk_only"
#: A :class:`Shown` kind: the page has desk-only content, which the public build drops
#: (it shows nothing collected, but the extension's transforms must visit the page).
DESK_CONTENT = "desk-content"


class Shown(NamedTuple):
    """One thing a page shows that comes from the collected data (small, pickled per page).

    ``kind`` is a reference kind (the page links to ``target`` and shows its
    badge or title) or one of the placeholder kinds above.
    """

    kind: str
    target: str


@dataclass(frozen=True)
class PageInputs:
    """What one page showed when it was read."""

    shown: Sequence[Shown] = ()
    reports: Sequence[ReportRecord] = ()
    #: the claims declared on the page, whose ClaimReview goes in its head
    claims: Sequence[ClaimRecord] = ()


@dataclass(frozen=True)
class ProjectView:
    """The derived data pages are rendered from, as this build (and audience) sees it."""

    index: ProjectIndex
    reports: ReportIndex
    annotation: ProjectAnnotation
    #: document name -> its title as text
    titles: Mapping[str, str]
    #: pages carry a ClaimReview of their published claims
    claim_reviews: bool = True
    #: withdrawal notices, in document order (an unfiltered corrections log lists them)
    withdrawals: Sequence[WithdrawalRecord] = ()


#: The fields of a claim that its badge, link and link title show.
BADGE = ("docname", "statement", "verdict", "status")
#: Fields a report needs beyond its columns: the link to the card and its title.
_LINKED = ("docname", "statement")
_COLUMN_FIELDS: dict[str, tuple[str, ...]] = {
    "id": _LINKED,
    "claim": _LINKED,
    "verdict": ("verdict", "status"),
    "status": ("status",),
    "sources": ("sources",),
    "claimant": ("claimant",),
    "document": ("docname",),
    "checked": ("checked",),
    "tags": ("tags",),
    "quote": ("quote",),
}
_GROUP_FIELDS = {
    "verdict": ("verdict", "status"),
    "status": ("status",),
    "document": ("docname",),
    "claimant": ("claimant",),
    "tag": ("tags",),
}
_REPORT_FIELDS: dict[type, tuple[str, ...]] = {
    VerdictSummarySpec: ("verdict", "status"),
    FindingsSpec: (*BADGE, "ruling"),
    CorrectionsLogSpec: (*BADGE, "corrections"),
}
#: Every field of a claim except its line (a prose edit moves it; no page shows it).
FULL = ("docname", *(f.name for f in fields(ClaimRecord) if f.name != "location"))
_SOURCE_FULL = ("docname", *(f.name for f in fields(SourceRecord) if f.name != "location"))
#: What a link to a copy flaw shows: its description (and its severity in an article).
FLAW_LINK = ("docname", "description", "severity")
_FLAW_FULL = ("docname", *(f.name for f in fields(FlawRecord) if f.name != "location"))

Key = tuple[str, ...]


def _plain(value: Any) -> Any:
    """``value`` as hashable plain data, without line numbers."""
    if hasattr(value, "as_dict"):
        value = value.as_dict()
    if isinstance(value, dict):
        return tuple(sorted((k, _plain(v)) for k, v in value.items() if k != "lineno"))
    if isinstance(value, (list, tuple)):
        return tuple(_plain(item) for item in value)
    return value


def _fields(record: Any, names: Iterable[str]) -> tuple[Any, ...]:
    return tuple(
        record.location.docname if name == "docname" else _plain(getattr(record, name))
        for name in names
    )


class _Pages:
    """Keys a page depends on, and each key's value, computed once per build."""

    def __init__(self, view: ProjectView) -> None:
        self.view = view
        self.values: dict[Key, Any] = {}

    # -- what a page depends on ------------------------------------------

    def keys(self, page: PageInputs) -> set[Key]:
        keys: set[Key] = set()
        for shown in page.shown:
            self._shown(shown, keys)
        for report in page.reports:
            self._report(report, keys)
        if self.view.claim_reviews:
            for claim in page.claims:
                keys.add(("review", claim.id))
                keys.add(("publishers",))
                keys.add(("claim", claim.id, *FULL))
        return keys

    def _claim_badges(self, claim_ids: Iterable[str], keys: set[Key]) -> None:
        keys.update(("claim", claim_id, *BADGE) for claim_id in claim_ids)

    def _shown(self, shown: Shown, keys: set[Key]) -> None:
        view, target = self.view, shown.target
        if shown.kind in ("claim", "any"):
            self._claim_badges([target], keys)
        if shown.kind in ("source", "any"):
            keys.add(("source", target, "docname", "title"))
        if shown.kind in ("article", "any"):
            keys.add(("article", target))
        if shown.kind == CLAIM_BACKLINKS:
            keys.add(("backlinks", target))
            self._claim_badges(view.reports.related_from.get(target, []), keys)
            keys.update(
                ("title", docname) for docname, _ in view.reports.mentioned_in.get(target, [])
            )
            keys.update(
                ("title", report.location.docname)
                for report in view.reports.listed_in.get(target, [])
            )
        elif shown.kind == SOURCE_BACKLINKS:
            self._cited_by_keys(target, keys)
        elif shown.kind in (ARTICLE_LINK, FLAW_ARTICLE_LINK):
            keys.add((shown.kind, target))
        elif shown.kind == ARTICLE_BODY:
            keys.add(("article-body", target))
            annotation = view.annotation.articles.get(target)
            if annotation is not None:
                self._claim_badges((anchor.record_id for anchor in annotation.anchors), keys)
                keys.update(
                    ("flaw", anchor.record_id, *FLAW_LINK) for anchor in annotation.flaw_anchors
                )

    def _cited_by_keys(self, source_id: str, keys: set[Key]) -> None:
        """ "Cited by" on a source: the claims' badges and the copy flaws' descriptions."""
        index = self.view.index
        keys.add(("cited-by", source_id))
        self._claim_badges(index.claims_by_source.get(source_id, []), keys)
        keys.update(
            ("flaw", flaw_id, *FLAW_LINK) for flaw_id in index.flaws_by_source.get(source_id, [])
        )

    def _report(self, report: ReportRecord, keys: set[Key]) -> None:
        spec = report.spec
        answer: Key = ("answer", report.location.docname, report.anchor)
        keys.add(answer)
        if isinstance(spec, SourceListSpec):
            sources = self._sources_of(report)
            self.values[answer] = tuple(source.id for source in sources)
            for source in sources:
                keys.add(("source", source.id, *_SOURCE_FULL))
                self._cited_by_keys(source.id, keys)
                if source.via:
                    keys.add(("source", source.via, "docname", "title"))
            return
        if isinstance(spec, FlawListSpec):
            flaws = select_flaws(
                self.view.index.flaws_in_order(), spec.query, self.view.annotation.article_of_flaw
            )
            self.values[answer] = tuple(flaw.id for flaw in flaws)
            keys.update(("flaw", flaw.id, *_FLAW_FULL) for flaw in flaws)
            return
        if isinstance(spec, ClaimTableSpec):
            names = {
                "docname",
                *(name for column in spec.columns for name in _COLUMN_FIELDS.get(column, FULL)),
            }
            names.update(_GROUP_FIELDS.get(spec.group_by or "", ()))
        else:
            names = set(_REPORT_FIELDS.get(type(spec), FULL))
        if isinstance(spec, CorrectionsLogSpec) and spec.query.is_empty:
            keys.add(("withdrawals",))
        shown = tuple(sorted(names))
        claims = self._claims_of(report)
        if isinstance(spec, ClaimTableSpec):
            claims = sort_claims(claims, spec.sort, self.view.reports.ordering)
        elif isinstance(spec, CorrectionsLogSpec):
            claims = [claim for claim in claims if claim.corrections]  # only those show
        selected = [claim.id for claim in claims]
        # A summary counts: which claims, not in which order.
        self.values[answer] = tuple(
            sorted(selected) if isinstance(spec, VerdictSummarySpec) else selected
        )
        for claim in claims:
            keys.add(("claim", claim.id, *shown))
            if "sources" in names:
                keys.update(
                    ("source", source_id, "docname", "title") for source_id in claim.sources
                )
            if "docname" in names:
                keys.add(("title", claim.location.docname))

    def _claims_of(self, report: ReportRecord) -> list[ClaimRecord]:
        query = getattr(report.spec, "query", None)
        return self.view.reports.select(query) if query is not None else []

    def _sources_of(self, report: ReportRecord) -> list[SourceRecord]:
        assert isinstance(report.spec, SourceListSpec)
        index = self.view.index
        return self.view.reports.select_sources(
            report.spec, index.sources.values(), index.claims_by_source
        )

    # -- what each key shows ---------------------------------------------

    def value(self, key: Key) -> Any:
        if key not in self.values:
            self.values[key] = _VALUES[key[0]](self, key)
        return self.values[key]

    def _record(self, key: Key) -> Any:
        index = self.view.index
        by_kind: dict[str, Mapping[str, Any]] = {
            "claim": index.claims,
            "source": index.sources,
            "flaw": index.flaws,
        }
        records = by_kind[key[0]]
        record = records.get(key[1])
        return None if record is None else _fields(record, key[2:])

    def _article(self, key: Key) -> Any:
        article = self.view.index.articles.get(key[1])
        return None if article is None else (article.location.docname, article.title)

    def _backlinks(self, key: Key) -> Any:
        reports, target = self.view.reports, key[1]
        return (
            tuple(reports.related_from.get(target, [])),
            tuple(reports.mentioned_in.get(target, [])),
            tuple(
                (report.location.docname, report.anchor, getattr(report.spec, "caption", None))
                for report in reports.listed_in.get(target, [])
            ),
        )

    def _cited_by(self, key: Key) -> Any:
        index = self.view.index
        return (
            tuple(index.claims_by_source.get(key[1], [])),
            tuple(index.flaws_by_source.get(key[1], [])),
        )

    def _article_link(self, key: Key) -> Any:
        annotation = self.view.annotation
        anchors = annotation.flaw_anchors if key[0] == FLAW_ARTICLE_LINK else annotation.anchors
        anchor = anchors.get(key[1])
        if anchor is None:
            return None
        article = annotation.articles[anchor.article_id].article
        return (
            article.location.docname,
            article.title or article.id,
            line_of(article.text, anchor.start),
            anchor.match,
            anchor.score,
        )

    def _article_body(self, key: Key) -> Any:
        annotation = self.view.annotation.articles.get(key[1])
        if annotation is None:
            return None
        # The text is the article page's own: an edit to it re-reads that page.
        return (
            annotation.article.location.docname,
            annotation.article.location.lineno,
            annotation.anchors,
            annotation.flaw_anchors,
            annotation.covered,
            annotation.uncovered_checkworthy,
        )

    def _review(self, key: Key) -> Any:
        index, claim_id = self.view.index, key[1]
        claim = index.claims.get(claim_id)
        if claim is None:
            return None
        article_id = self.view.annotation.article_of_claim.get(claim_id)
        article = index.articles.get(article_id) if article_id else None
        appearance = index.sources.get(article.source) if article and article.source else None
        cited = [index.sources.get(evidence.source) for evidence in claim.evidence]
        return (
            article_id,
            appearance.url if appearance else None,
            tuple(source.url if source else None for source in cited),
        )

    def _publishers(self, key: Key) -> Any:
        return tuple(sorted({s.publisher for s in self.view.index.sources.values() if s.publisher}))

    def _withdrawals(self, key: Key) -> Any:
        return tuple(
            (w.claims, w.date, w.reason, w.location.docname, w.anchor)
            for w in self.view.withdrawals
        )

    def _title(self, key: Key) -> Any:
        return self.view.titles.get(key[1])


_VALUES: dict[str, Callable[[_Pages, Key], Any]] = {
    "claim": _Pages._record,
    "source": _Pages._record,
    "flaw": _Pages._record,
    "article": _Pages._article,
    "backlinks": _Pages._backlinks,
    "cited-by": _Pages._cited_by,
    ARTICLE_LINK: _Pages._article_link,
    FLAW_ARTICLE_LINK: _Pages._article_link,
    "article-body": _Pages._article_body,
    "review": _Pages._review,
    "publishers": _Pages._publishers,
    "title": _Pages._title,
    "withdrawals": _Pages._withdrawals,
}


def page_digests(pages: Mapping[str, PageInputs], view: ProjectView) -> dict[str, str]:
    """A digest of what each page shows of the collected data ("" when it shows nothing)."""
    computed = _Pages(view)
    digests: dict[str, str] = {}
    for docname, page in pages.items():
        keys = sorted(computed.keys(page))
        if not keys:
            continue
        payload = repr([(key, computed.value(key)) for key in keys])
        digests[docname] = hashlib.blake2b(payload.encode(), digest_size=16).hexdigest()
    return digests
