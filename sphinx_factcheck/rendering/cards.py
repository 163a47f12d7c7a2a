"""The claim card: one builder for the claims a project declares and those it imports.

The ``claim`` and ``claim-import`` directives differ only in where a card's
parts come from (parsed markup and local references, or another project's
export); the card's structure, field order, smart-quote protection and
back-links are decided here, once.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from docutils import nodes

from sphinx_factcheck.core.model import ClaimRecord
from sphinx_factcheck.rendering.badges import comma_list, field, link_or_text, verbatim
from sphinx_factcheck.rendering.components import card as make_card
from sphinx_factcheck.rendering.components import card_part
from sphinx_factcheck.rendering.nodes import ArticleLinkPlaceholder
from sphinx_factcheck.rendering.reports.backlinks import backlinks_placeholder
from sphinx_factcheck.store.ids import claim_anchor

if TYPE_CHECKING:
    from sphinx.environment import BuildEnvironment


def claim_card(
    claim: ClaimRecord,
    env: BuildEnvironment,
    *,
    badge: nodes.inline,
    reasoning: nodes.Element,
    sources: Sequence[nodes.Node] = (),
    related: Sequence[nodes.Node] = (),
    quote: str | None = None,
    as_written: Sequence[tuple[str, str]] = (),
) -> nodes.container:
    """The card of ``claim``: header, fields, quote, reasoning, sources, related, back-links.

    ``badge`` shows the verdict, ``reasoning`` is the analysis (shown when it
    has content), ``sources`` and ``related`` the links to show, ``quote`` the
    verbatim span, ``as_written`` extra fields shown last as the checker wrote
    them. A claim with an ``origin`` is marked imported and links to it.
    Everything the checker typed as text stays verbatim (no smart quotes).
    """
    imported = claim.origin is not None
    card = make_card("claim", *(["fc-imported"] if imported else []),
                     f"fc-status-{claim.status}", ids=[claim_anchor(claim.id)])
    card["fc_claim"] = claim.id
    if claim.origin is not None:
        card["fc_origin"] = claim.origin.project
    card += _header(claim, badge, imported)
    inner = card_part("body", "claim-body")
    inner += verbatim(_fields(claim, as_written))
    if quote:
        inner += verbatim(nodes.block_quote("", nodes.paragraph("", quote),
                                            classes=["fc-quote"]))
        inner += ArticleLinkPlaceholder("", fc_claim=claim.id)
    if len(reasoning):
        inner += reasoning
    if sources:
        inner += nodes.paragraph("", "", nodes.strong("", "Sources: "), *comma_list(sources),
                                 classes=["fc-sources"])
    if related:
        inner += nodes.paragraph("", "", nodes.strong("", "Related: "), *comma_list(related),
                                 classes=["fc-related"])
    if not quote:
        inner += ArticleLinkPlaceholder("", fc_claim=claim.id)
    card += inner
    card += backlinks_placeholder(env, "claim", claim.id)
    return card


def _header(claim: ClaimRecord, badge: nodes.inline, imported: bool) -> nodes.container:
    line = nodes.paragraph("", "", badge, nodes.Text(" "),
                           nodes.strong("", claim.statement, classes=["fc-statement"]))
    if imported:
        line += [nodes.Text(" "),
                 nodes.inline("", "imported", classes=["sd-badge", "sd-outline-secondary",
                                                       "sd-text-secondary",
                                                       "fc-imported-mark"])]
    return verbatim(card_part("header", "claim-header", line))


def _fields(claim: ClaimRecord, as_written: Sequence[tuple[str, str]]) -> nodes.field_list:
    fields = nodes.field_list(classes=["fc-fields"])
    fields += field("ID", nodes.literal("", claim.id))
    if claim.origin is not None:
        origin = claim.origin
        text = f"{origin.project or origin.file} ({origin.id})"
        fields += field("Imported from",
                        link_or_text(origin.url, text) if origin.url else nodes.Text(text))
    fields += field("Status", nodes.inline("", claim.status,
                                           classes=["fc-status", f"fc-status-{claim.status}"]))
    for rejected in claim.rejected:
        fields += field("Not understood", nodes.Text(rejected))
    for name, value in (("Claimant", claim.claimant), ("Claim date", claim.claim_date)):
        if value:
            fields += field(name, nodes.Text(value))
    if claim.appearance:
        fields += field("Appearance", link_or_text(claim.appearance))
    for name, value in (("Checked", claim.checked), ("Checker", claim.checker)):
        if value:
            fields += field(name, nodes.Text(value))
    if claim.tags:
        fields += field("Tags", *comma_list(
            nodes.inline("", tag, classes=["fc-tag"]) for tag in claim.tags))
    for name, value in as_written:
        fields += field(name, nodes.Text(value))
    return fields
