"""Back-links: on each claim, what points at it; on each source, the claims citing it."""

from __future__ import annotations

from docutils import nodes

from sphinx_factcheck.core.page_digest import CLAIM_BACKLINKS, SHOWS, SOURCE_BACKLINKS
from sphinx_factcheck.locale import _
from sphinx_factcheck.rendering.badges import comma_list, xref
from sphinx_factcheck.rendering.components import card_part
from sphinx_factcheck.rendering.nodes import BacklinksPlaceholder
from sphinx_factcheck.rendering.reports.context import RenderContext
from sphinx_factcheck.rendering.reports.source_list import cited_by


def backlinks_placeholder(kind: str, target: str) -> BacklinksPlaceholder:
    """The spot in a claim or source card that lists what points at it.

    The domain records it when the page is read, so the page is rewritten
    when what points at the card changes (store/freshness.py).
    """
    placeholder = BacklinksPlaceholder("", fc_kind=kind, fc_target=target)
    placeholder[SHOWS] = (SOURCE_BACKLINKS if kind == "source" else CLAIM_BACKLINKS, target)
    return placeholder


def _line(label: str, links: list[nodes.Node], kind: str) -> nodes.paragraph:
    return nodes.paragraph(
        "",
        "",
        nodes.strong("", label),
        nodes.Text(" "),
        *comma_list(links),
        classes=[f"fc-backlinks-{kind}"],
    )


def claim_backlinks(claim_id: str, ctx: RenderContext) -> list[nodes.Node]:
    """Paragraphs naming the claims, pages and reports that point at a claim."""
    reports = ctx.reports
    lines: list[nodes.Node] = []
    related = reports.related_from.get(claim_id, [])
    if related:
        lines.append(
            _line(
                _("Named as related by:"),
                [xref("claim", other, docname=ctx.docname) for other in related],
                "related",
            )
        )
    mentioned = reports.mentioned_in.get(claim_id, [])
    if mentioned:
        lines.append(
            _line(
                _("Mentioned in:"),
                [
                    ctx.page_link(
                        docname, anchor, None if docname != ctx.docname else _("this page")
                    )
                    for docname, anchor in mentioned
                ],
                "mentioned",
            )
        )
    listed: list[nodes.Node] = []
    seen: set[tuple[str, str]] = set()
    for report in reports.listed_in.get(claim_id, []):
        caption = getattr(report.spec, "caption", None)
        label = caption or ctx.title_of(report.location.docname)
        if (report.location.docname, label) not in seen:
            seen.add((report.location.docname, label))
            listed.append(ctx.page_link(report.location.docname, report.anchor, label))
    if listed:
        lines.append(_line(_("Listed in:"), listed, "listed"))
    return lines


def render_backlinks(node: BacklinksPlaceholder, ctx: RenderContext) -> list[nodes.Node]:
    """The card footer for a placeholder, or nothing when nothing points here."""
    if node["fc_kind"] == "source":
        lines: list[nodes.Node] = [cited_by(node["fc_target"], ctx)]
    else:
        lines = claim_backlinks(node["fc_target"], ctx)
    if not lines:
        return []
    return [card_part("footer", "backlinks", *lines)]
