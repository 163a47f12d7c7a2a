"""Select, sort and group claims and sources for reports.

Everything here works on plain records and plain values: a query is data
(tuples of strings compared with ``==`` or matched as globs), never code.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from fnmatch import fnmatchcase
from typing import Any, Protocol, TypeVar

from sphinx_factcheck.core.model import ClaimRecord, Location, SourceRecord, by_location

#: The verdict filter value that selects claims without a verdict.
NO_VERDICT = "none"

#: Filter names, as the directive options spell them (claim-table, claim-import, ...).
FILTER_NAMES = ("verdict", "status", "tags", "sources", "claimant", "document", "article")

#: Columns a claim table can show, in the order the docs list them.
CLAIM_COLUMNS = (
    "id",
    "claim",
    "verdict",
    "status",
    "sources",
    "claimant",
    "document",
    "checked",
    "tags",
    "quote",
)
DEFAULT_CLAIM_COLUMNS = ("id", "claim", "verdict", "status", "sources")
#: What a claim table can be sorted by: a column, or ``severity`` (worst verdict first).
CLAIM_SORTS = (*CLAIM_COLUMNS, "severity")
#: What a claim table can be grouped by.
CLAIM_GROUPS = ("verdict", "status", "document", "claimant", "tag")
#: What a source list can be sorted and grouped by.
SOURCE_SORTS = ("id", "title", "publisher", "kind", "date", "cited")
SOURCE_GROUPS = ("kind", "publisher")


def fold(text: str) -> str:
    """Text compared the way people read it: case and spacing do not count."""
    return " ".join(text.split()).casefold()


@dataclass(frozen=True)
class ClaimQuery:
    """Which claims a report shows: filters combine with AND, values within one with OR.

    An empty tuple means "no filter on this field".
    """

    verdicts: tuple[str, ...] = ()
    statuses: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()
    claimants: tuple[str, ...] = ()
    documents: tuple[str, ...] = ()
    articles: tuple[str, ...] = ()

    def matches(self, claim: ClaimRecord, article: str | None) -> bool:
        """True when ``claim`` (anchored in ``article``) passes every filter."""
        if self.verdicts and (claim.verdict or NO_VERDICT) not in self.verdicts:
            return False
        if self.statuses and claim.status not in self.statuses:
            return False
        if self.tags and not {fold(t) for t in claim.tags} & {fold(t) for t in self.tags}:
            return False
        if self.sources and not set(claim.cited_sources) & set(self.sources):
            return False
        if self.claimants and (
            claim.claimant is None or fold(claim.claimant) not in {fold(c) for c in self.claimants}
        ):
            return False
        if self.documents and not any(
            fnmatchcase(claim.location.docname, pattern) for pattern in self.documents
        ):
            return False
        return not self.articles or article in self.articles

    @property
    def is_empty(self) -> bool:
        """True when no filter is set: the query selects every claim."""
        return self == ClaimQuery()

    def describe(self, or_word: str = "or", no_filters: str = "no filters") -> str:
        """The filters in words, e.g. ``verdict: false or misleading; tags: sanctions``.

        ``or_word`` and ``no_filters`` are the words shown, for other languages.
        """
        parts = [
            f"{name}: {f' {or_word} '.join(values)}"
            for name, values in (
                ("verdict", self.verdicts),
                ("status", self.statuses),
                ("tags", self.tags),
                ("sources", self.sources),
                ("claimant", self.claimants),
                ("document", self.documents),
                ("article", self.articles),
            )
            if values
        ]
        return "; ".join(parts) if parts else no_filters

    @classmethod
    def from_filters(cls, filters: Mapping[str, Sequence[str]]) -> ClaimQuery:
        """A query from ``{filter name: values}``; ValueError for an unknown name."""
        unknown = sorted(set(filters) - set(FILTER_NAMES))
        if unknown:
            raise ValueError(
                f"unknown filter(s) {', '.join(unknown)}; known: {', '.join(FILTER_NAMES)}"
            )
        values = {name: tuple(filters.get(name, ())) for name in FILTER_NAMES}
        return cls(
            verdicts=values["verdict"],
            statuses=values["status"],
            tags=values["tags"],
            sources=values["sources"],
            claimants=values["claimant"],
            documents=values["document"],
            articles=values["article"],
        )


ClaimT = TypeVar("ClaimT", ClaimRecord, Mapping[str, Any])


def _as_record(claim: ClaimRecord | Mapping[str, Any]) -> tuple[ClaimRecord, str | None]:
    """A claim and the article it belongs to, from a record or a ``factcheck.json`` dict."""
    if isinstance(claim, ClaimRecord):
        return claim, claim.article
    anchor = claim.get("anchor")
    article = claim.get("article") or (
        anchor.get("article") if isinstance(anchor, Mapping) else None
    )
    record = ClaimRecord(
        id=str(claim.get("id", "")),
        statement=str(claim.get("statement", "")),
        location=Location(str(claim.get("docname") or ""), int(claim.get("lineno") or 0)),
        verdict=claim.get("verdict"),
        status=str(claim.get("status", "")),
        sources=tuple(claim.get("sources") or ()),
        claimant=claim.get("claimant"),
        tags=tuple(claim.get("tags") or ()),
    )
    return record, article


def select_claims(
    claims: Iterable[ClaimT], filters: ClaimQuery | Mapping[str, Sequence[str]]
) -> list[ClaimT]:
    """The claims (records or ``factcheck.json`` dicts) that pass every filter, in order."""
    query = filters if isinstance(filters, ClaimQuery) else ClaimQuery.from_filters(filters)
    return [claim for claim in claims if query.matches(*_as_record(claim))]


@dataclass(frozen=True)
class SourceQuery:
    """Which sources a source list shows (AND across filters, OR within one)."""

    kinds: tuple[str, ...] = ()
    publishers: tuple[str, ...] = ()
    ids: tuple[str, ...] = ()

    def matches(self, source: SourceRecord) -> bool:
        """True when ``source`` passes every filter."""
        if self.kinds and fold(source.kind or "") not in {fold(k) for k in self.kinds}:
            return False
        if self.publishers and fold(source.publisher or "") not in {
            fold(p) for p in self.publishers
        }:
            return False
        return not self.ids or source.id in self.ids

    def describe(self, or_word: str = "or", no_filters: str = "no filters") -> str:
        """The filters in words (``or_word`` and ``no_filters`` as for claims)."""
        parts = [
            f"{name}: {f' {or_word} '.join(values)}"
            for name, values in (
                ("kind", self.kinds),
                ("publisher", self.publishers),
                ("sources", self.ids),
            )
            if values
        ]
        return "; ".join(parts) if parts else no_filters


@dataclass(frozen=True)
class SortKey:
    """One column to sort by; missing values always go last."""

    column: str
    descending: bool = False


@dataclass(frozen=True)
class Ordering:
    """The project's scale and workflow, which verdicts and statuses sort by."""

    verdicts: tuple[str, ...]
    statuses: tuple[str, ...]
    #: Verdict keys worst first (lowest rating first, unrated verdicts last).
    severity: tuple[str, ...] = ()

    def severity_rank(self, verdict: str | None) -> int | None:
        """Position from the worst verdict up; None when there is no verdict."""
        if verdict is None:
            return None
        order = self.severity or tuple(reversed(self.verdicts))
        return order.index(verdict) if verdict in order else len(order)

    def verdict_rank(self, verdict: str | None) -> int | None:
        """Position on the scale, best first; None when there is no verdict."""
        if verdict is None:
            return None
        return self.verdicts.index(verdict) if verdict in self.verdicts else len(self.verdicts)

    def status_rank(self, status: str) -> int:
        """Position in the workflow, first to last."""
        return self.statuses.index(status) if status in self.statuses else len(self.statuses)


def _joined(values: Sequence[str]) -> str | None:
    return ", ".join(fold(v) for v in values) if values else None


def claim_sort_value(claim: ClaimRecord, column: str, ordering: Ordering) -> Any:
    """What ``claim`` sorts by in ``column`` (None when the claim has no value there)."""
    values: dict[str, Callable[[], Any]] = {
        "id": lambda: fold(claim.id),
        "claim": lambda: fold(claim.statement),
        "verdict": lambda: ordering.verdict_rank(claim.verdict),
        "severity": lambda: ordering.severity_rank(claim.verdict),
        "status": lambda: ordering.status_rank(claim.status),
        "sources": lambda: _joined(claim.sources),
        "claimant": lambda: fold(claim.claimant) if claim.claimant else None,
        "document": lambda: (claim.location.docname, claim.location.lineno),
        "checked": lambda: claim.checked,
        "tags": lambda: _joined(claim.tags),
        "quote": lambda: fold(claim.quote) if claim.quote else None,
    }
    return values[column]()


def _sorted_by(
    records: Iterable[Any], keys: Sequence[SortKey], value: Callable[[Any, str], Any]
) -> list[Any]:
    """Stable multi-key sort, one pass per key from the last; missing values go last."""
    result = list(records)
    for key in reversed(keys):
        keyed = [(value(record, key.column), record) for record in result]
        present = [pair for pair in keyed if pair[0] is not None]
        present.sort(key=lambda pair: pair[0], reverse=key.descending)
        result = [record for _, record in present] + [
            record for sort_value, record in keyed if sort_value is None
        ]
    return result


def sort_claims(
    claims: Iterable[ClaimRecord], keys: Sequence[SortKey], ordering: Ordering
) -> list[ClaimRecord]:
    """``claims`` sorted by ``keys`` (document order breaks ties)."""
    in_document_order = sorted(claims, key=by_location)
    return _sorted_by(
        in_document_order, keys, lambda claim, column: claim_sort_value(claim, column, ordering)
    )


@dataclass(frozen=True)
class Group:
    """One group of a grouped report: its key (None for "no value") and members."""

    key: str | None
    members: tuple[Any, ...]


def _grouped(
    records: Sequence[Any],
    keys_of: Callable[[Any], Sequence[str | None]],
    order: Callable[[str], Any],
    same: Callable[[str], str] = fold,
) -> list[Group]:
    """Records by key, keys sorted by ``order``, the None group last; member order kept.

    Keys equal after ``same`` share a group, named by the first spelling met.
    """
    spelling: dict[Any, str | None] = {}
    members: dict[Any, list[Any]] = {}
    for record in records:
        for key in keys_of(record) or [None]:
            folded = None if key is None else same(key)
            spelling.setdefault(folded, key)
            members.setdefault(folded, []).append(record)
    present = sorted((k for k in members if k is not None), key=lambda k: order(spelling[k] or ""))
    groups = [Group(spelling[k], tuple(members[k])) for k in present]
    if None in members:
        groups.append(Group(None, tuple(members[None])))
    return groups


_CLAIM_GROUP_KEYS: dict[str, Callable[[ClaimRecord], Sequence[str | None]]] = {
    "verdict": lambda claim: [claim.verdict],
    "status": lambda claim: [claim.status],
    "document": lambda claim: [claim.location.docname],
    "claimant": lambda claim: [claim.claimant],
    "tag": lambda claim: list(claim.tags),
}


def group_claims(claims: Sequence[ClaimRecord], by: str, ordering: Ordering) -> list[Group]:
    """``claims`` (already sorted) split into groups, in scale, workflow or name order.

    A claim with several tags appears in the group of each.
    """
    if by not in _CLAIM_GROUP_KEYS:
        raise ValueError(f"cannot group claims by {by!r}; choose from {', '.join(CLAIM_GROUPS)}")
    orders: dict[str, Callable[[str], Any]] = {
        "verdict": ordering.verdict_rank,
        "status": ordering.status_rank,
        "document": str,
    }
    order = orders.get(by, fold)
    same: Callable[[str], str] = fold if by in ("claimant", "tag") else str
    return _grouped(claims, _CLAIM_GROUP_KEYS[by], order, same)


def source_sort_value(
    source: SourceRecord,
    column: str,
    cited_by: Mapping[str, Sequence[str]],
) -> Any:
    """What ``source`` sorts by in ``column`` (None when it has no value there)."""
    if column == "cited":
        return len(cited_by.get(source.id, ()))
    if column in ("id", "title"):
        return fold(getattr(source, column))
    value = getattr(source, column)
    return fold(value) if value else None


def sort_sources(
    sources: Iterable[SourceRecord], keys: Sequence[SortKey], cited_by: Mapping[str, Sequence[str]]
) -> list[SourceRecord]:
    """``sources`` sorted by ``keys`` (id order breaks ties)."""
    by_id = sorted(sources, key=lambda s: s.id)
    return _sorted_by(
        by_id, keys, lambda source, column: source_sort_value(source, column, cited_by)
    )


def group_sources(sources: Sequence[SourceRecord], by: str) -> list[Group]:
    """``sources`` (already sorted) by kind or publisher, names in alphabetical order."""
    if by not in SOURCE_GROUPS:
        raise ValueError(f"cannot group sources by {by!r}; choose from {', '.join(SOURCE_GROUPS)}")
    return _grouped(sources, lambda s: [getattr(s, by)], fold)


@dataclass(frozen=True)
class Tally:
    """Claims counted per verdict and per status, in scale and workflow order."""

    total: int
    by_verdict: tuple[tuple[str | None, int], ...]
    by_status: tuple[tuple[str, int], ...]

    @property
    def with_verdict(self) -> int:
        """How many claims have a verdict (are checked)."""
        return sum(count for verdict, count in self.by_verdict if verdict is not None)


class Countable(Protocol):
    """What counting needs of a claim: a record, or a claim read from ``factcheck.json``."""

    @property
    def verdict(self) -> str | None: ...

    @property
    def status(self) -> str: ...


def tally(claims: Iterable[Countable], ordering: Ordering) -> Tally:
    """Count ``claims``; every verdict and status of the project appears, even at 0.

    The ``None`` verdict (no verdict yet) is listed last, and only when some claim
    has none; verdicts or statuses outside the project's scale are counted under
    their own key after the known ones, in alphabetical order.
    """
    verdicts: Counter[str] = Counter(dict.fromkeys(ordering.verdicts, 0))
    statuses: Counter[str] = Counter(dict.fromkeys(ordering.statuses, 0))
    total = missing = 0
    for claim in claims:
        total += 1
        if claim.verdict is None:
            missing += 1
        else:
            verdicts[claim.verdict] += 1
        statuses[claim.status] += 1
    by_verdict: list[tuple[str | None, int]] = [
        (key, verdicts[key]) for key in _known_then_sorted(verdicts, ordering.verdicts)
    ]
    if missing:
        by_verdict.append((None, missing))
    return Tally(
        total,
        tuple(by_verdict),
        tuple((key, statuses[key]) for key in _known_then_sorted(statuses, ordering.statuses)),
    )


def _known_then_sorted(counted: Iterable[str], known: Sequence[str]) -> list[str]:
    return [*known, *sorted(set(counted) - set(known))]
