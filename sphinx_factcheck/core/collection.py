"""Derived data over everything a project declared, computed once after reading."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Generic, Literal, Protocol, TypeVar

from sphinx_factcheck.core.model import (
    ArticleRecord,
    ClaimRecord,
    FlawRecord,
    Location,
    SourceRecord,
    by_location,
)


class _Located(Protocol):
    @property
    def id(self) -> str: ...

    @property
    def location(self) -> Location: ...


RecordT = TypeVar("RecordT", bound=_Located)

#: The kinds of record a project declares, as roles and object types name them.
RecordKind = Literal["claim", "source", "article"]
RECORD_KINDS: tuple[RecordKind, ...] = ("claim", "source", "article")
AnyRecord = ClaimRecord | SourceRecord | ArticleRecord


@dataclass(frozen=True)
class Reference:
    """A cross-reference written in a document: a role or a report row."""

    kind: str  # "claim", "source", "article" or "any"
    target: str
    location: Location
    #: The anchor placed where the reference stands ("" when it has none).
    anchor: str = ""


@dataclass(frozen=True)
class Duplicate(Generic[RecordT]):
    """A record whose id was already taken by ``first``."""

    record: RecordT
    first: RecordT


def _unique(records: Iterable[RecordT]) -> tuple[dict[str, RecordT], list[Duplicate[RecordT]]]:
    """The first record of each id (in document order) and the duplicates after it."""
    by_id: dict[str, RecordT] = {}
    duplicates: list[Duplicate[RecordT]] = []
    for record in sorted(records, key=by_location):
        if record.id in by_id:
            duplicates.append(Duplicate(record, by_id[record.id]))
        else:
            by_id[record.id] = record
    return by_id, duplicates


@dataclass
class ProjectIndex:
    """Claims, sources, articles and copy flaws by id, with back-links and problems.

    Flaws have ids of their own: a flaw may share an id with a claim (their
    anchors, ``flaw-<id>`` and ``claim-<id>``, differ), not with another flaw.
    """

    claims: dict[str, ClaimRecord]
    sources: dict[str, SourceRecord]
    articles: dict[str, ArticleRecord]
    duplicate_claims: list[Duplicate[ClaimRecord]]
    duplicate_sources: list[Duplicate[SourceRecord]]
    duplicate_articles: list[Duplicate[ArticleRecord]]
    #: source id -> ids of the claims citing it, in document order
    claims_by_source: dict[str, list[str]] = field(default_factory=dict)
    #: every source id cited by a claim, a flaw, an article or a role
    cited_sources: set[str] = field(default_factory=set)
    flaws: dict[str, FlawRecord] = field(default_factory=dict)
    duplicate_flaws: list[Duplicate[FlawRecord]] = field(default_factory=list)
    #: source id -> ids of the copy flaws citing it, in document order
    flaws_by_source: dict[str, list[str]] = field(default_factory=dict)

    def records(self, kind: RecordKind) -> Mapping[str, AnyRecord]:
        """The claims, sources or articles by id."""
        by_kind: dict[RecordKind, Mapping[str, AnyRecord]] = {
            "claim": self.claims,
            "source": self.sources,
            "article": self.articles,
        }
        return by_kind[kind]

    def claims_in_order(self) -> list[ClaimRecord]:
        """Unique claims in document order."""
        return sorted(self.claims.values(), key=by_location)

    def flaws_in_order(self) -> list[FlawRecord]:
        """Unique copy flaws in document order."""
        return sorted(self.flaws.values(), key=by_location)


def build_index(
    claims: Iterable[ClaimRecord],
    sources: Iterable[SourceRecord],
    articles: Iterable[ArticleRecord],
    references: Iterable[Reference],
    flaws: Iterable[FlawRecord] = (),
) -> ProjectIndex:
    """Index the declared records; the first declaration of an id wins."""
    claims_by_id, duplicate_claims = _unique(claims)
    sources_by_id, duplicate_sources = _unique(sources)
    articles_by_id, duplicate_articles = _unique(articles)
    flaws_by_id, duplicate_flaws = _unique(flaws)

    claims_by_source: dict[str, list[str]] = defaultdict(list)
    cited: set[str] = set()
    for claim in sorted(claims_by_id.values(), key=by_location):
        for source_id in claim.cited_sources:
            if claim.id not in claims_by_source[source_id]:
                claims_by_source[source_id].append(claim.id)
            cited.add(source_id)
    flaws_by_source: dict[str, list[str]] = defaultdict(list)
    for flaw in sorted(flaws_by_id.values(), key=by_location):
        for source_id in dict.fromkeys(flaw.sources):
            flaws_by_source[source_id].append(flaw.id)
            cited.add(source_id)
    for article in articles_by_id.values():
        if article.source:
            cited.add(article.source)
    for source in sources_by_id.values():
        if source.via and source.via in sources_by_id:
            cited.add(source.via)  # the original of a copy that is cited
    for reference in references:
        if reference.kind == "source" or (
            reference.kind == "any" and reference.target in sources_by_id
        ):
            cited.add(reference.target)
    return ProjectIndex(
        claims=claims_by_id,
        sources=sources_by_id,
        articles=articles_by_id,
        duplicate_claims=duplicate_claims,
        duplicate_sources=duplicate_sources,
        duplicate_articles=duplicate_articles,
        claims_by_source=dict(claims_by_source),
        cited_sources=cited,
        flaws=flaws_by_id,
        duplicate_flaws=duplicate_flaws,
        flaws_by_source=dict(flaws_by_source),
    )
