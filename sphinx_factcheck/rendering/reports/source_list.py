"""The ``source-list`` report: sources with every field and the claims citing each."""

from __future__ import annotations

from collections.abc import Sequence

from docutils import nodes

from sphinx_factcheck.core.model import SourceRecord
from sphinx_factcheck.core.queries import group_sources
from sphinx_factcheck.core.report_results import ReportRecord
from sphinx_factcheck.core.report_specs import SourceListSpec
from sphinx_factcheck.locale import _, ngettext
from sphinx_factcheck.rendering.audience import desk_only
from sphinx_factcheck.rendering.badges import comma_list, source_fields, xref
from sphinx_factcheck.rendering.components import component
from sphinx_factcheck.rendering.links import anchor_link
from sphinx_factcheck.rendering.reports.context import RenderContext
from sphinx_factcheck.store.ids import flaw_anchor


def cited_by(source_id: str, ctx: RenderContext) -> nodes.paragraph:
    """ "Cited by" and a link (with verdict badge) to each claim citing the source.

    The copy flaws citing it follow, linked by what is wrong.
    """
    claim_ids = ctx.index.claims_by_source.get(source_id, [])
    flaws = [ctx.index.flaws[flaw_id] for flaw_id in ctx.index.flaws_by_source.get(source_id, [])]
    if not claim_ids and not flaws:
        return desk_only(nodes.paragraph("", _("Cited by no claim yet."), classes=["fc-cited-by"]))
    paragraph = nodes.paragraph("", "", classes=["fc-cited-by"])
    if claim_ids:
        paragraph += [
            nodes.strong("", _("Cited by:")),
            nodes.Text(" "),
            *comma_list(xref("claim", claim_id, docname=ctx.docname) for claim_id in claim_ids),
        ]
    if flaws:
        if claim_ids:
            paragraph += nodes.Text(". ")
        paragraph += [
            nodes.strong("", _("Shows copy flaws:")),
            nodes.Text(" "),
            *comma_list(
                anchor_link(
                    ctx.docname,
                    flaw.location.docname,
                    flaw_anchor(flaw.id),
                    nodes.inline("", flaw.description),
                    flaw.description,
                )
                for flaw in flaws
            ),
        ]
    return paragraph


def _entry(source: SourceRecord, ctx: RenderContext) -> nodes.definition_list_item:
    term = nodes.term(
        "",
        "",
        ctx.source_link(source, nodes.strong("", source.title)),
        desk_only(nodes.inline("", "", nodes.Text(" "), nodes.literal("", source.id))),
    )
    definition = nodes.definition()
    fields = source_fields(source, docname=ctx.docname)
    if source.notes:
        fields += nodes.field(
            "",
            nodes.field_name("", _("Notes")),
            nodes.field_body("", nodes.paragraph("", source.notes)),
        )
    if len(fields):
        definition += fields
    definition += cited_by(source.id, ctx)
    return nodes.definition_list_item("", term, definition)


def _listing(sources: Sequence[SourceRecord], ctx: RenderContext) -> nodes.definition_list:
    # No class: furo and pydata-sphinx-theme style a classed <dl> as an API description
    # (shaded names, indented bodies), and the field lists inside it with it.
    return nodes.definition_list("", *(_entry(s, ctx) for s in sources))


def _described(spec: SourceListSpec) -> str:
    sources = spec.query.describe(_("or"), _("no filters"))
    if spec.cited_by.is_empty:
        return sources
    return _("%(filters)s; cited by claims with %(claim_filters)s") % {
        "filters": sources,
        "claim_filters": spec.cited_by.describe(_("or"), _("no filters")),
    }


def render_source_list(report: ReportRecord, ctx: RenderContext) -> nodes.container:
    """Every source the filters select, optionally grouped by kind or publisher."""
    spec = report.spec
    assert isinstance(spec, SourceListSpec)
    sources = ctx.reports.select_sources(
        spec, ctx.index.sources.values(), ctx.index.claims_by_source
    )
    container = component("source-list", "fc-report")
    if spec.caption:
        container += nodes.rubric("", spec.caption, classes=["fc-report-caption"])
    if sources:
        copies = sum(1 for source in sources if source.via)
        container += nodes.paragraph(
            "",
            ngettext("%(count)d source", "%(count)d sources", len(sources))
            % {"count": len(sources)}
            + _(": %(original)d original, %(copies)d republished (via another).")
            % {"original": len(sources) - copies, "copies": copies},
            classes=["fc-source-counts"],
        )
    if not sources:
        container += nodes.paragraph(
            "",
            _("No sources match these filters (%(filters)s).") % {"filters": _described(spec)},
            classes=["fc-report-empty"],
        )
    elif spec.group_by:
        missing = {"kind": _("No kind"), "publisher": _("No publisher")}[spec.group_by]
        for group in group_sources(sources, spec.group_by):
            count = len(group.members)
            container += nodes.rubric(
                "",
                ngettext("%(group)s (%(count)d source)", "%(group)s (%(count)d sources)", count)
                % {"group": group.key or missing, "count": count},
                classes=["fc-group-heading"],
            )
            container += _listing(group.members, ctx)
    else:
        container += _listing(sources, ctx)
    return container
