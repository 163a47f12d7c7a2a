"""Select and order copy flaws for the ``flaw-list`` report (plain records, no Sphinx)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from fnmatch import fnmatchcase

from sphinx_factcheck.core.model import FLAW_SEVERITIES, FlawRecord


@dataclass(frozen=True)
class FlawQuery:
    """Which flaws a report shows: AND across filters, OR within one; empty = no filter."""

    severities: tuple[str, ...] = ()
    documents: tuple[str, ...] = ()
    articles: tuple[str, ...] = ()

    def matches(self, flaw: FlawRecord, article: str | None) -> bool:
        """True when ``flaw`` (anchored in ``article``) passes every filter."""
        if self.severities and flaw.severity not in self.severities:
            return False
        if self.documents and not any(
            fnmatchcase(flaw.location.docname, pattern) for pattern in self.documents
        ):
            return False
        return not self.articles or article in self.articles

    def describe(self) -> str:
        """The filters in words, e.g. ``severity: major; document: claims/*``."""
        parts = [
            f"{name}: {' or '.join(values)}"
            for name, values in (
                ("severity", self.severities),
                ("document", self.documents),
                ("article", self.articles),
            )
            if values
        ]
        return "; ".join(parts) if parts else "no filters"


def select_flaws(
    flaws: Iterable[FlawRecord], query: FlawQuery, article_of: Mapping[str, str | None]
) -> list[FlawRecord]:
    """The flaws ``query`` selects, gravest first, then in document order."""
    chosen = [flaw for flaw in flaws if query.matches(flaw, article_of.get(flaw.id))]
    return sorted(chosen, key=lambda flaw: (FLAW_SEVERITIES.index(flaw.severity), flaw.location))
