"""What every report and back-link needs, derived once from the collected records.

Building this is linear in claims x reports and happens once per build (the
domain caches it); rendering a report then only walks the claims it selects,
and a claim's back-links are a dictionary lookup.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from fnmatch import fnmatchcase
from typing import Any

from sphinx_factcheck.core.collection import Reference
from sphinx_factcheck.core.flaws import FlawQuery
from sphinx_factcheck.core.model import (
    ArticleRecord,
    ClaimRecord,
    FlawRecord,
    Location,
    SourceRecord,
    by_location,
)
from sphinx_factcheck.core.queries import ClaimQuery, Ordering, SourceQuery, fold, sort_sources
from sphinx_factcheck.core.report_specs import (
    ClaimTableSpec,
    OptionProblem,
    ReportSpec,
    SourceListSpec,
    spec_as_dict,
)
from sphinx_factcheck.core.wording import listing


@dataclass(frozen=True)
class ReportRecord:
    """A report placed in a document: which directive, its anchor, what it shows."""

    kind: str
    anchor: str
    location: Location
    spec: ReportSpec

    def as_dict(self) -> dict[str, Any]:
        """The report as plain data."""
        return {
            "kind": self.kind,
            "anchor": self.anchor,
            "docname": self.location.docname,
            "lineno": self.location.lineno,
            "spec": spec_as_dict(self.spec),
        }


@dataclass
class ReportIndex:
    """Claims in document order with their article, and who shows or cites each."""

    ordering: Ordering
    claims: tuple[ClaimRecord, ...]
    #: claim id -> the article it belongs to, as the annotation decided it
    #: (``ProjectAnnotation.article_of_claim``)
    article_of: Mapping[str, str | None]
    #: claim id -> the claim tables that list it
    listed_in: dict[str, list[ReportRecord]] = field(default_factory=dict)
    #: claim id -> (document, anchor of its first mention) for each document whose
    #: ``{claim}`` or ``{any}`` roles point at it, in document order
    mentioned_in: dict[str, list[tuple[str, str]]] = field(default_factory=dict)
    #: claim id -> ids of the claims that name it in ``:related:``
    related_from: dict[str, list[str]] = field(default_factory=dict)
    claim_tags: frozenset[str] = frozenset()
    claimants: frozenset[str] = frozenset()
    claim_documents: frozenset[str] = frozenset()
    source_ids: frozenset[str] = frozenset()
    article_ids: frozenset[str] = frozenset()
    source_kinds: frozenset[str] = frozenset()
    source_publishers: frozenset[str] = frozenset()

    def select(self, query: ClaimQuery) -> list[ClaimRecord]:
        """The claims ``query`` selects, in document order."""
        return [
            claim for claim in self.claims if query.matches(claim, self.article_of.get(claim.id))
        ]

    def select_sources(
        self,
        spec: SourceListSpec,
        sources: Iterable[SourceRecord],
        claims_by_source: Mapping[str, Sequence[str]],
    ) -> list[SourceRecord]:
        """The sources a ``source-list`` shows, in its order."""
        cited: set[str] | None = None
        if not spec.cited_by.is_empty:
            cited = {
                source_id
                for claim in self.select(spec.cited_by)
                for source_id in claim.cited_sources
            }
        return sort_sources(
            (s for s in sources if spec.query.matches(s) and (cited is None or s.id in cited)),
            spec.sort,
            claims_by_source,
        )

    def claim_query_problems(self, query: ClaimQuery) -> list[OptionProblem]:
        """Filter values that name nothing in the project (typos, renamed ids)."""
        problems = [
            OptionProblem(
                "unknown_source",
                f"no source with id {value!r} in :sources:; "
                f"known sources: {listing(self.source_ids)}",
            )
            for value in query.sources
            if value not in self.source_ids
        ]
        problems += [
            OptionProblem(
                "unknown_article",
                f"no article with id {value!r} in :article:; "
                f"known articles: {listing(self.article_ids)}",
            )
            for value in query.articles
            if value not in self.article_ids
        ]
        for option, values, known, same in (
            ("tags", query.tags, self.claim_tags, _same_text),
            ("claimant", query.claimants, self.claimants, _same_text),
            ("document", query.documents, self.claim_documents, fnmatchcase),
        ):
            for value in values:
                if not any(same(candidate, value) for candidate in known):
                    problems.append(
                        OptionProblem(
                            "bad_option",
                            f"no claim matches {value!r} in :{option}:; "
                            f"values in use: {listing(known)}",
                        )
                    )
        return problems

    def flaw_query_problems(
        self, query: FlawQuery, flaws: Iterable[FlawRecord]
    ) -> list[OptionProblem]:
        """Flaw filter values that name nothing in the project (typos, renamed ids)."""
        documents = {flaw.location.docname for flaw in flaws}
        problems = [
            OptionProblem(
                "unknown_article",
                f"no article with id {value!r} in :article:; "
                f"known articles: {listing(self.article_ids)}",
            )
            for value in query.articles
            if value not in self.article_ids
        ]
        problems += [
            OptionProblem(
                "bad_option",
                f"no flaw matches {value!r} in :document:; values in use: {listing(documents)}",
            )
            for value in query.documents
            if not any(fnmatchcase(document, value) for document in documents)
        ]
        return problems

    def source_query_problems(self, query: SourceQuery) -> list[OptionProblem]:
        """Source filter values that name nothing in the project."""
        problems = [
            OptionProblem(
                "unknown_source",
                f"no source with id {value!r} in :sources:; "
                f"known sources: {listing(self.source_ids)}",
            )
            for value in query.ids
            if value not in self.source_ids
        ]
        for option, values, known in (
            ("kind", query.kinds, self.source_kinds),
            ("publisher", query.publishers, self.source_publishers),
        ):
            for value in values:
                if not any(_same_text(candidate, value) for candidate in known):
                    problems.append(
                        OptionProblem(
                            "bad_option",
                            f"no source matches {value!r} in :{option}:; "
                            f"values in use: {listing(known)}",
                        )
                    )
        return problems


def _same_text(left: str, right: str) -> bool:
    return fold(left) == fold(right)


def build_report_index(
    *,
    claims_in_order: Sequence[ClaimRecord],
    sources: Iterable[SourceRecord],
    articles: Sequence[ArticleRecord],
    article_of: Mapping[str, str | None],
    reports: Iterable[ReportRecord],
    references: Iterable[Reference],
    ordering: Ordering,
) -> ReportIndex:
    """Derive everything reports and back-links need, once.

    ``article_of`` maps each claim id to its article, as the annotation
    decided it (``ProjectAnnotation.article_of_claim``).
    """
    source_list = list(sources)
    result = ReportIndex(
        ordering=ordering,
        claims=tuple(claims_in_order),
        article_of=article_of,
        claim_tags=frozenset(tag for claim in claims_in_order for tag in claim.tags),
        claimants=frozenset(claim.claimant for claim in claims_in_order if claim.claimant),
        claim_documents=frozenset(claim.location.docname for claim in claims_in_order),
        source_ids=frozenset(s.id for s in source_list),
        article_ids=frozenset(a.id for a in articles),
        source_kinds=frozenset(s.kind for s in source_list if s.kind),
        source_publishers=frozenset(s.publisher for s in source_list if s.publisher),
    )
    for report in sorted(reports, key=by_location):
        if isinstance(report.spec, ClaimTableSpec):
            for claim in result.select(report.spec.query):
                result.listed_in.setdefault(claim.id, []).append(report)
    for claim in claims_in_order:
        for related_id in dict.fromkeys(claim.related):
            result.related_from.setdefault(related_id, []).append(claim.id)
    claim_ids = {claim.id for claim in claims_in_order}
    for reference in sorted(references, key=by_location):
        if reference.kind not in ("claim", "any") or reference.target not in claim_ids:
            continue
        places = result.mentioned_in.setdefault(reference.target, [])
        if reference.location.docname not in (docname for docname, _ in places):
            places.append((reference.location.docname, reference.anchor))
    return result
