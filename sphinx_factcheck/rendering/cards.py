"""The claim card, verdict first: one builder for declared and imported claims.

Readers of a fact-check get the rating as the headline, then the one-line
ruling, the claim as made and who made it, the reasoning, the evidence and
the sources; the metadata closes the card in a compact footer. What only the
desk needs (id, status, options that were refused, desk notes) is marked
:func:`~sphinx_factcheck.rendering.audience.desk_only`.

The ``claim`` and ``claim-import`` directives differ only in where a card's
parts come from; the card's structure and smart-quote protection are
decided here, once.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from docutils import nodes

from sphinx_factcheck.config import is_public, statuses_of
from sphinx_factcheck.core.model import ClaimRecord, Correction, Evidence
from sphinx_factcheck.core.page_digest import ARTICLE_LINK, SHOWS
from sphinx_factcheck.core.scale import Scale
from sphinx_factcheck.core.workflow import is_published
from sphinx_factcheck.locale import N_, _, fill
from sphinx_factcheck.rendering.audience import desk_only
from sphinx_factcheck.rendering.badges import comma_list, field, link_or_text, verbatim, xref
from sphinx_factcheck.rendering.components import card as make_card
from sphinx_factcheck.rendering.components import card_part, component
from sphinx_factcheck.rendering.nodes import ArticleLinkPlaceholder
from sphinx_factcheck.rendering.reports.backlinks import backlinks_placeholder
from sphinx_factcheck.store.ids import claim_anchor

if TYPE_CHECKING:
    from sphinx.environment import BuildEnvironment

#: Words for each evidence stance, as the card shows them.
STANCE_LABELS = {
    "supports": N_("Supports the claim"),
    "contradicts": N_("Contradicts the claim"),
    "context": N_("Context"),
}


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
    evidence: Sequence[nodes.Node] = (),
    corrections: Sequence[nodes.Node] = (),
) -> nodes.container:
    """The card of ``claim``: rating and ruling, the claim, reasoning, evidence, sources.

    ``badge`` shows the verdict as this audience may see it, ``reasoning`` is
    the analysis (shown when it has content), ``evidence`` and ``corrections``
    the rendered blocks of the nested directives, ``sources`` and ``related``
    the links to show, ``quote`` the verbatim span, ``as_written`` extra
    fields for the desk. Everything the checker typed stays verbatim.
    """
    imported = claim.origin is not None
    published = is_published(claim.status, statuses_of(env.config))
    card = make_card(
        "claim",
        *(["fc-imported"] if imported else []),
        f"fc-status-{claim.status}",
        ids=[claim_anchor(claim.id)],
    )
    card["fc_claim"] = claim.id
    if claim.origin is not None:
        card["fc_origin"] = claim.origin.project
    card += _rating(claim, badge, imported, show_ruling=published or not is_public(env.config))

    inner = card_part("body", "claim-body")
    if corrections:
        inner += _updated(claim, corrections)
    inner += verbatim(
        nodes.paragraph("", "", nodes.strong("", claim.statement), classes=["fc-statement"])
    )
    made_by = _made_by(claim)
    if made_by is not None:
        inner += made_by
    if quote:
        inner += verbatim(nodes.block_quote("", nodes.paragraph("", quote), classes=["fc-quote"]))
    article_link = ArticleLinkPlaceholder("", fc_claim=claim.id)
    article_link[SHOWS] = (ARTICLE_LINK, claim.id)
    inner += article_link
    if len(reasoning):
        inner += reasoning
    if evidence:
        section = component("evidence-list")
        section += nodes.rubric("", _("Evidence"), classes=["fc-evidence-heading"])
        section.extend(evidence)
        inner += section
    if sources:
        inner += nodes.paragraph(
            "",
            "",
            nodes.strong("", _("Sources:") + " "),
            *comma_list(sources),
            classes=["fc-sources"],
        )
    if related:
        inner += nodes.paragraph(
            "",
            "",
            nodes.strong("", _("Related:") + " "),
            *comma_list(related),
            classes=["fc-related"],
        )
    if claim.desk_note:
        inner += desk_only(
            verbatim(
                nodes.paragraph(
                    "",
                    "",
                    nodes.strong("", _("Desk note:") + " "),
                    nodes.Text(claim.desk_note),
                    classes=["fc-desk-note"],
                )
            )
        )
    card += inner
    card += card_part("footer", "claim-meta", *_meta(claim, as_written))
    card += backlinks_placeholder("claim", claim.id)
    return card


def _rating(
    claim: ClaimRecord, badge: nodes.inline, imported: bool, show_ruling: bool
) -> nodes.container:
    """The headline: the rating as a large label, then the one-line ruling."""
    badge["classes"].append("fc-rating-label")
    line = nodes.paragraph("", "", badge, classes=["fc-rating"])
    if imported:
        line += [
            nodes.Text(" "),
            nodes.inline(
                "",
                _("imported"),
                classes=[
                    "sd-badge",
                    "sd-outline-secondary",
                    "sd-text-secondary",
                    "fc-imported-mark",
                ],
            ),
        ]
    header = card_part("header", "claim-header", line)
    if claim.ruling and show_ruling:
        header += nodes.paragraph("", claim.ruling, classes=["fc-ruling"])
    return verbatim(header)


def _made_by(claim: ClaimRecord) -> nodes.paragraph | None:
    """ "Claimed by X on DATE, in APPEARANCE": who made the claim, and when."""
    if not (claim.claimant or claim.claim_date or claim.appearance):
        return None
    line = nodes.paragraph(classes=["fc-claimed-by"])
    line += nodes.Text(_("Claimed by ") if claim.claimant else _("Claimed"))
    if claim.claimant:
        line += nodes.inline("", claim.claimant, classes=["fc-claimant"])
    if claim.claim_date:
        line += fill(
            _(" on %(date)s"), date=nodes.inline("", claim.claim_date, classes=["fc-claim-date"])
        )
    if claim.appearance:
        line += fill(_(" in %(place)s"), place=link_or_text(claim.appearance))
    return verbatim(line)


def _updated(claim: ClaimRecord, corrections: Sequence[nodes.Node]) -> nodes.container:
    """ "Updated DATE" and the history of corrections, at the top of the card."""
    box = component("corrections")
    label = _("Updated %(date)s") % {"date": claim.updated} if claim.updated else _("Updated")
    box += nodes.paragraph("", "", nodes.strong("", label), classes=["fc-updated"])
    box.extend(corrections)
    return box


def _meta(claim: ClaimRecord, as_written: Sequence[tuple[str, str]]) -> list[nodes.Node]:
    """The compact footer: who checked it and when, for readers; workflow for the desk."""
    parts: list[nodes.Node] = []
    if claim.checked or claim.checker:
        if claim.checker and claim.checked:
            text = _("Checked by %(who)s on %(date)s") % {
                "who": claim.checker,
                "date": claim.checked,
            }
        elif claim.checker:
            text = _("Checked by %(who)s") % {"who": claim.checker}
        else:
            text = _("Checked on %(date)s") % {"date": claim.checked}
        parts.append(nodes.inline("", text, classes=["fc-checked"]))
    if claim.as_of:
        parts.append(
            nodes.inline(
                "", _("Evidence as of %(date)s") % {"date": claim.as_of}, classes=["fc-as-of"]
            )
        )
    if claim.tags:
        parts.append(
            nodes.inline(
                "",
                "",
                nodes.Text(_("Tags: ")),
                *comma_list(nodes.inline("", tag, classes=["fc-tag"]) for tag in claim.tags),
            )
        )
    footer: list[nodes.Node] = []
    if parts:
        line = nodes.paragraph(classes=["fc-meta"])
        for number, part in enumerate(parts):
            if number:
                line += nodes.Text(" · ")
            line += part
        footer.append(verbatim(line))
    footer.append(desk_only(verbatim(_desk_fields(claim, as_written))))
    return footer


def _desk_fields(claim: ClaimRecord, as_written: Sequence[tuple[str, str]]) -> nodes.field_list:
    fields = nodes.field_list(classes=["fc-fields"])
    fields += field(_("ID"), nodes.literal("", claim.id))
    if claim.origin is not None:
        origin = claim.origin
        text = f"{origin.project or origin.file} ({origin.id})"
        fields += field(
            _("Imported from"), link_or_text(origin.url, text) if origin.url else nodes.Text(text)
        )
    fields += field(
        _("Status"),
        nodes.inline("", claim.status, classes=["fc-status", f"fc-status-{claim.status}"]),
    )
    for rejected in claim.rejected:
        fields += field(_("Not understood"), nodes.Text(rejected))
    for name, value in as_written:
        fields += field(name, nodes.Text(value))
    return fields


def evidence_block(evidence: Evidence, docname: str) -> nodes.container:
    """An excerpt of a source as an attributed quotation linked to the source."""
    block = component("evidence", *([f"fc-stance-{evidence.stance}"] if evidence.stance else []))
    if evidence.stance:
        block += nodes.paragraph("", _(STANCE_LABELS[evidence.stance]), classes=["fc-stance"])
    block += verbatim(
        nodes.block_quote("", nodes.paragraph("", evidence.excerpt), classes=["fc-excerpt"])
    )
    attribution = nodes.paragraph(classes=["fc-attribution"])
    attribution += nodes.Text("— ")
    if evidence.source:
        attribution += xref("source", evidence.source, docname=docname)
    if evidence.locator:
        attribution += nodes.Text(f", {evidence.locator}")
    block += verbatim(attribution)
    return block


def correction_block(correction: Correction, scale: Scale) -> nodes.container:
    """One entry of a claim's history: the date, the earlier rating, and why it changed."""
    block = component("correction")
    line = nodes.paragraph(classes=["fc-correction-line"])
    line += nodes.strong("", correction.date or _("Undated"))
    if correction.previous_verdict:
        previous = scale.get(correction.previous_verdict)
        label = previous.label if previous else correction.previous_verdict
        line += nodes.Text(_(": previously rated %(verdict)s.") % {"verdict": label})
    else:
        line += nodes.Text(":")
    if correction.reason:
        line += nodes.Text(f" {correction.reason}")
    block += verbatim(line)
    return block
