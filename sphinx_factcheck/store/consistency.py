"""Project-wide checks run once after reading: clashing ids and ids that point nowhere."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sphinx_factcheck.core.collection import ProjectIndex
from sphinx_factcheck.core.model import by_location
from sphinx_factcheck.core.values import is_via_url
from sphinx_factcheck.core.wording import listing
from sphinx_factcheck.store.ids import article_anchor, claim_anchor, flaw_anchor, source_anchor
from sphinx_factcheck.warning_types import Problem, warn


def check_project(index: ProjectIndex, path_of: Callable[[str], Any]) -> None:
    """Warn once per build about ids that clash or point nowhere.

    ``path_of`` gives a document's source path, to name the other place.
    """
    _check_shared_anchors(index, path_of)
    for kind, duplicates in (
        ("claim", index.duplicate_claims),
        ("source", index.duplicate_sources),
        ("article", index.duplicate_articles),
        ("flaw", index.duplicate_flaws),
    ):
        for duplicate in duplicates:
            first = duplicate.first.location
            where = f"{path_of(first.docname)}:{first.lineno}"
            warn(
                Problem.duplicate_id,
                f"{kind} id {duplicate.record.id!r} is already used by the {kind} at "
                f"{where}; give this one another :id:",
                duplicate.record.location.pair,
            )
    for claim in index.claims_in_order():
        if claim.origin is not None:
            continue  # imported: its sources and related claims live in its project
        for source_id in claim.sources:
            if source_id not in index.sources:
                warn(
                    Problem.unknown_source,
                    f"claim {claim.id!r} cites unknown source {source_id!r}; "
                    f"known sources: {listing(index.sources)}",
                    claim.location.pair,
                )
        for evidence in claim.evidence:
            if evidence.source not in index.sources:
                warn(
                    Problem.unknown_source,
                    f"evidence of claim {claim.id!r} quotes unknown source "
                    f"{evidence.source!r}; known sources: {listing(index.sources)}",
                    (claim.location.docname, evidence.lineno),
                )
        for related_id in claim.related:
            if related_id not in index.claims:
                warn(
                    Problem.unknown_claim,
                    f"claim {claim.id!r} is related to unknown claim {related_id!r}; "
                    f"known claims: {listing(index.claims)}",
                    claim.location.pair,
                )
    for source in sorted(index.sources.values(), key=by_location):
        if source.via and not is_via_url(source.via) and source.via not in index.sources:
            warn(
                Problem.unknown_source,
                f"source {source.id!r} is :via: unknown source {source.via!r}; give the id "
                f"of a declared source or the original's URL; known sources: "
                f"{listing(index.sources)}",
                source.location.pair,
            )
    for flaw in index.flaws_in_order():
        for source_id in flaw.sources:
            if source_id not in index.sources:
                warn(
                    Problem.unknown_source,
                    f"flaw {flaw.id!r} cites unknown source {source_id!r}; "
                    f"known sources: {listing(index.sources)}",
                    flaw.location.pair,
                )
    for article in index.articles.values():
        if article.source and article.source not in index.sources:
            warn(
                Problem.unknown_source,
                f"article {article.id!r} names unknown source {article.source!r}; "
                f"known sources: {listing(index.sources)}",
                article.location.pair,
            )
    for source in sorted(index.sources.values(), key=by_location):
        if source.id not in index.cited_sources:
            warn(
                Problem.unused_source,
                f"source {source.id!r} is cited by no claim, flaw, article or {{source}} "
                "role; "
                "cite it in a claim's :sources: or remove it",
                source.location.pair,
            )


def _check_shared_anchors(index: ProjectIndex, path_of: Callable[[str], Any]) -> None:
    """Different ids that make the same HTML anchor (``Summit`` and ``summit``)."""
    groups: tuple[tuple[str, dict[str, Any], Callable[[str], str]], ...] = (
        ("claim", index.claims, claim_anchor),
        ("source", index.sources, source_anchor),
        ("article", index.articles, article_anchor),
        ("flaw", index.flaws, flaw_anchor),
    )
    for kind, records, anchor_of in groups:
        first_by_anchor: dict[str, Any] = {}
        for record in sorted(records.values(), key=by_location):
            anchor = anchor_of(record.id)
            first = first_by_anchor.setdefault(anchor, record)
            if first is not record:
                where = f"{path_of(first.location.docname)}:{first.location.lineno}"
                warn(
                    Problem.duplicate_id,
                    f"{kind} id {record.id!r} and {first.id!r} (at {where}) make the same "
                    f"HTML anchor {anchor!r}: ids that differ only in case or in "
                    "- _ . : would link to one place; give this one another :id:",
                    record.location.pair,
                )
