"""Declarative claim filters, shared by reports and imports.

A filter maps a name (``verdict``, ``status``, ``tags``, ``sources``,
``claimant``, ``document``, ``article``) to the values it accepts. Filters
combine with AND; the values of one filter combine with OR; a filter with no
values accepts everything. Values are compared as text, never evaluated.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from fnmatch import fnmatchcase
from typing import Any, TypeVar

from .model import ClaimRecord

#: Filter names, as the directive options spell them.
FILTER_NAMES = ("verdict", "status", "tags", "sources", "claimant", "document", "article")

#: The value a ``verdict`` filter uses for claims without a verdict.
NO_VERDICT = "none"

ClaimT = TypeVar("ClaimT", ClaimRecord, Mapping[str, Any])


def _get(claim: ClaimRecord | Mapping[str, Any], name: str) -> Any:
    if isinstance(claim, ClaimRecord):
        return claim.location.docname if name == "docname" else getattr(claim, name, None)
    return claim.get(name)


def _article_of(claim: ClaimRecord | Mapping[str, Any]) -> str | None:
    """The declared ``:article:``, else the article the claim was anchored in."""
    article = _get(claim, "article")
    if article:
        return str(article)
    anchor = _get(claim, "anchor")
    if isinstance(anchor, Mapping) and anchor.get("article"):
        return str(anchor["article"])
    return None


def _matches(claim: ClaimRecord | Mapping[str, Any], name: str, wanted: tuple[str, ...]) -> bool:
    if name == "verdict":
        return (_get(claim, "verdict") or NO_VERDICT) in wanted
    if name in ("status", "claimant"):
        value = _get(claim, name)
        return value is not None and str(value).casefold() in {w.casefold() for w in wanted}
    if name in ("tags", "sources"):
        return not set(_get(claim, name) or ()).isdisjoint(wanted)
    if name == "document":
        docname = str(_get(claim, "docname") or "")
        return any(fnmatchcase(docname, pattern) for pattern in wanted)
    return _article_of(claim) in wanted  # article


def select_claims(
    claims: Iterable[ClaimT], filters: Mapping[str, tuple[str, ...]],
) -> list[ClaimT]:
    """The claims that pass every filter, in the order given.

    ``claims`` are :class:`ClaimRecord` values or their ``factcheck.json``
    dicts. Raises ValueError for a filter name not in :data:`FILTER_NAMES`.
    """
    unknown = sorted(set(filters) - set(FILTER_NAMES))
    if unknown:
        raise ValueError(f"unknown filter(s) {', '.join(unknown)}; "
                         f"known: {', '.join(FILTER_NAMES)}")
    active = [(name, tuple(values)) for name, values in filters.items() if values]
    return [claim for claim in claims
            if all(_matches(claim, name, wanted) for name, wanted in active)]
