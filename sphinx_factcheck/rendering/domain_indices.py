"""Domain indices: claims by verdict (``fc-claimindex``), sources by publisher
(``fc-sourceindex``); both are ``{ref}`` targets and HTML pages of their own."""

from __future__ import annotations

import html
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any, cast

from sphinx.domains import Index, IndexEntry

from sphinx_factcheck.config import is_public, scale_of
from sphinx_factcheck.locale import _
from sphinx_factcheck.rendering.badges import unrated_label
from sphinx_factcheck.store.domain import FactcheckDomain
from sphinx_factcheck.store.ids import claim_anchor, source_anchor

if TYPE_CHECKING:
    from sphinx.application import Sphinx

IndexContent = list[tuple[str, list[IndexEntry]]]


class ClaimIndex(Index):
    """Every claim under its verdict, in scale order; unchecked claims last."""

    name = "claimindex"
    # Sphinx reads the names from the class: translated lazily, when a page shows them.
    localname = _("Claim Index")
    # Translators: the short name of the claim index, in the page's related links.
    shortname = _("claims")

    def generate(self, docnames: Iterable[str] | None = None) -> tuple[IndexContent, bool]:
        domain = cast(FactcheckDomain, self.domain)
        scale = scale_of(domain.env.config)
        public = is_public(domain.env.config)
        wanted = None if docnames is None else set(docnames)
        by_verdict: dict[str | None, list[IndexEntry]] = {}
        for claim in domain.index.claims_in_order():
            if wanted is not None and claim.location.docname not in wanted:
                continue
            by_verdict.setdefault(claim.verdict, []).append(
                IndexEntry(
                    claim.id,
                    0,
                    claim.location.docname,
                    claim_anchor(claim.id),
                    "" if public else claim.status,
                    "",
                    claim.statement,
                )
            )
        order = [*scale.keys, *sorted(k for k in by_verdict if k and k not in scale.keys)]
        content: IndexContent = []
        for key in [*order, None]:
            if key in by_verdict:
                verdict = scale.get(key) if key else None
                label = verdict.label if verdict else (key or unrated_label(self.domain.env.config))
                content.append((label, sorted(by_verdict[key], key=lambda e: e.name.casefold())))
        return content, False


class SourceIndex(Index):
    """Every source under its publisher, alphabetically; sources without one last."""

    name = "sourceindex"
    localname = _("Source Index")
    # Translators: the short name of the source index, in the page's related links.
    shortname = _("sources")

    def generate(self, docnames: Iterable[str] | None = None) -> tuple[IndexContent, bool]:
        domain = cast(FactcheckDomain, self.domain)
        wanted = None if docnames is None else set(docnames)
        by_publisher: dict[str, list[IndexEntry]] = {}
        for source in domain.index.sources.values():
            if wanted is not None and source.location.docname not in wanted:
                continue
            by_publisher.setdefault(source.publisher or "", []).append(
                IndexEntry(
                    source.id,
                    0,
                    source.location.docname,
                    source_anchor(source.id),
                    source.kind or "",
                    "",
                    source.title,
                )
            )
        publishers = sorted((p for p in by_publisher if p), key=str.casefold)
        content: IndexContent = [
            (
                publisher or _("No publisher"),
                sorted(by_publisher[publisher], key=lambda e: e.name.casefold()),
            )
            for publisher in [*publishers, ""]
            if publisher in by_publisher
        ]
        return content, False


#: The indices of the ``fc`` domain.
INDICES = (ClaimIndex, SourceIndex)


def escape_index_groups(
    app: Sphinx, pagename: str, templatename: str, context: dict[str, Any], doctree: object
) -> None:
    """Escape the group headings of the fc index pages for HTML.

    Sphinx's ``domainindex.html`` prints each group's heading raw, in the
    text, in ``id="cap-…"`` and in the jump link, while the headings here are
    user text (verdict labels, publishers). Escaping here, in the HTML page
    context, leaves the other builders (LaTeX, Texinfo) the plain text.
    """
    if templatename != "domainindex.html" or pagename not in _PAGES:
        return
    context["content"] = [
        (html.escape(str(heading), quote=True), entries)
        for heading, entries in context.get("content", [])
    ]


_PAGES = {f"fc-{ClaimIndex.name}", f"fc-{SourceIndex.name}"}
