"""The card of a copy flaw: what is wrong, the copy as published, what it should read."""

from __future__ import annotations

from collections.abc import Sequence

from docutils import nodes

from sphinx_factcheck.core.model import FlawRecord
from sphinx_factcheck.core.page_digest import FLAW_ARTICLE_LINK, SHOWS
from sphinx_factcheck.locale import N_, _
from sphinx_factcheck.rendering.audience import desk_only
from sphinx_factcheck.rendering.badges import comma_list, field, verbatim
from sphinx_factcheck.rendering.components import card, card_part
from sphinx_factcheck.rendering.nodes import ArticleLinkPlaceholder
from sphinx_factcheck.store.ids import flaw_anchor


def flaw_label(severity: str, *, kind: bool = True) -> nodes.inline:
    """ "Copy flaw · major" (or "Major" without ``kind``): words, never colour alone."""
    tone = "danger" if severity == "major" else "secondary"
    text = (
        _("Copy flaw · %(severity)s") % {"severity": severity_label(severity)}
        if kind
        else _(SEVERITY_TITLES.get(severity, severity))
    )
    return nodes.inline(
        "",
        text,
        classes=[
            "sd-badge",
            f"sd-outline-{tone}",
            f"sd-text-{tone}",
            "fc-flaw-label",
            f"fc-severity-{severity}",
        ],
    )


def flaw_card(
    flaw: FlawRecord, *, reasoning: nodes.Element, sources: Sequence[nodes.Node] = ()
) -> nodes.container:
    """The card of ``flaw``: label and description, the quote, should-read, reasoning, sources.

    The id is for the desk; everything the checker typed stays verbatim.
    """
    result = card("flaw", f"fc-severity-{flaw.severity}", ids=[flaw_anchor(flaw.id)])
    result["fc_flaw"] = flaw.id
    header = nodes.paragraph(
        "",
        "",
        flaw_label(flaw.severity),
        nodes.Text(" "),
        nodes.strong("", flaw.description, classes=["fc-flaw-description"]),
    )
    result += verbatim(card_part("header", "flaw-header", header))
    inner = card_part("body", "flaw-body")
    # The id and the values refused are desk internals: the public build drops them.
    fields = nodes.field_list(classes=["fc-fields"])
    fields += field(_("ID"), nodes.literal("", flaw.id))
    for rejected in flaw.rejected:
        fields += field(_("Not understood"), nodes.Text(rejected))
    inner += desk_only(verbatim(fields))
    if flaw.quote:
        inner += verbatim(
            nodes.paragraph(
                "", "", nodes.strong("", _("As published:")), classes=["fc-flaw-as-published"]
            )
        )
        inner += verbatim(
            nodes.block_quote(
                "", nodes.paragraph("", flaw.quote), classes=["fc-quote", "fc-flaw-quote"]
            )
        )
    if flaw.should_read:
        inner += verbatim(
            nodes.paragraph(
                "",
                "",
                nodes.strong("", _("Should read:") + " "),
                nodes.inline("", flaw.should_read),
                classes=["fc-should-read"],
            )
        )
    article_link = ArticleLinkPlaceholder("", fc_flaw=flaw.id)
    article_link[SHOWS] = (FLAW_ARTICLE_LINK, flaw.id)
    inner += article_link
    if len(reasoning):
        inner += reasoning
    if sources:
        inner += nodes.paragraph(
            "",
            "",
            nodes.strong("", _("Sources:") + " "),
            *comma_list(sources),
            classes=["fc-sources"],
        )
    result += inner
    return result


#: A severity in words, in the project's language: in a sentence, and as a table cell.
SEVERITY_LABELS = {"major": N_("major"), "minor": N_("minor")}
SEVERITY_TITLES = {"major": N_("Major"), "minor": N_("Minor")}


def severity_label(severity: str) -> str:
    """``major`` or ``minor`` in the project's language."""
    return _(SEVERITY_LABELS.get(severity, severity))
