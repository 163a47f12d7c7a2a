"""The ``flaw-list`` report: the copy's errors, gravest first, as a plain table."""

from __future__ import annotations

from docutils import nodes

from sphinx_factcheck.core.flaws import FlawQuery, select_flaws
from sphinx_factcheck.core.model import FlawRecord
from sphinx_factcheck.core.report_results import ReportRecord
from sphinx_factcheck.core.report_specs import FlawListSpec
from sphinx_factcheck.locale import N_, _
from sphinx_factcheck.rendering.badges import verbatim
from sphinx_factcheck.rendering.components import component
from sphinx_factcheck.rendering.flaw_card import flaw_label
from sphinx_factcheck.rendering.links import anchor_link
from sphinx_factcheck.rendering.reports.context import RenderContext
from sphinx_factcheck.rendering.reports.tables import Column, cell, table
from sphinx_factcheck.store.domain import get_domain
from sphinx_factcheck.store.ids import flaw_anchor

COLUMNS = (
    Column("severity", N_("Severity"), 12),
    Column("flaw", N_("What is wrong"), 34),
    Column("quote", N_("As published"), 27),
    Column("should-read", N_("Should read"), 27),
)


def _row(flaw: FlawRecord, ctx: RenderContext) -> list[nodes.entry]:
    link = anchor_link(
        ctx.docname,
        flaw.location.docname,
        flaw_anchor(flaw.id),
        nodes.inline("", flaw.description),
        flaw.description,
    )
    return [
        cell("severity", flaw_label(flaw.severity, kind=False)),
        cell("flaw", link),
        cell("quote", *([nodes.Text(flaw.quote)] if flaw.quote else [])),
        cell("should-read", *([nodes.Text(flaw.should_read)] if flaw.should_read else [])),
    ]


def render_flaw_list(report: ReportRecord, ctx: RenderContext) -> nodes.container:
    """The flaws a ``flaw-list`` selects; says so when there are none."""
    spec = report.spec
    assert isinstance(spec, FlawListSpec)
    article_of = get_domain(ctx.env).annotation.article_of_flaw
    flaws = select_flaws(ctx.index.flaws_in_order(), spec.query, article_of)
    container = component("flaw-list", "fc-report")
    if not flaws:
        if spec.caption:
            container += nodes.rubric("", spec.caption, classes=["fc-report-caption"])
        filters = spec.query.describe()
        empty = (
            _("No copy flaws found.")
            if spec.query == FlawQuery()
            else (_("No copy flaws found with these filters (%(filters)s).") % {"filters": filters})
        )
        container += nodes.paragraph("", empty, classes=["fc-report-empty"])
        return verbatim(container)
    title = [nodes.Text(spec.caption)] if spec.caption else []
    container += table(
        COLUMNS,
        [_row(flaw, ctx) for flaw in flaws],
        f"{report.anchor}-table",
        title=title,
        classes=["fc-flaw-rows"],
    )
    return verbatim(container)
