"""The ``verdict-summary`` report: totals and counts per verdict and per status.

Generic output is two small tables (label, count, share) that read well in
every builder and to a screen reader; the HTML transform adds a bar beside
each share, drawn from the ``fc_share`` this module puts on the cell.
"""

from __future__ import annotations

from docutils import nodes

from sphinx_factcheck.config import is_public
from sphinx_factcheck.core.queries import tally
from sphinx_factcheck.core.report_results import ReportRecord
from sphinx_factcheck.core.report_specs import VerdictSummarySpec
from sphinx_factcheck.locale import N_, _, ngettext
from sphinx_factcheck.rendering.audience import desk_only
from sphinx_factcheck.rendering.badges import unrated_badge, verdict_badge
from sphinx_factcheck.rendering.components import component
from sphinx_factcheck.rendering.reports.context import RenderContext
from sphinx_factcheck.rendering.reports.tables import Column, cell, table


def _share_cell(count: int, total: int, colour: str) -> nodes.entry:
    share = 100.0 * count / total if total else 0.0
    entry = cell("share", nodes.Text(_("%(percent)d%%") % {"percent": round(share)}))
    entry["fc_share"] = share
    entry["fc_colour"] = colour
    return entry


def render_verdict_summary(report: ReportRecord, ctx: RenderContext) -> nodes.container:
    """Totals, then claims counted per verdict (scale order) and per status (workflow)."""
    spec = report.spec
    assert isinstance(spec, VerdictSummarySpec)
    counts = tally(ctx.reports.select(spec.query), ctx.ordering)
    container = component("verdict-summary", "fc-report")
    if spec.caption:
        container += nodes.rubric("", spec.caption, classes=["fc-report-caption"])
    unchecked = counts.total - counts.with_verdict
    pending = " " + (
        _("(with a verdict), %(count)d without a verdict.")
        if not is_public(ctx.config)
        else _("(rated), %(count)d being checked.")
    ) % {"count": unchecked}
    container += nodes.paragraph(
        "",
        "",
        nodes.strong(
            "",
            ngettext("%(count)d claim", "%(count)d claims", counts.total) % {"count": counts.total},
        ),
        nodes.Text(", "),
        nodes.strong(
            "",
            ngettext("%(count)d checked", "%(count)d checked", counts.with_verdict)
            % {"count": counts.with_verdict},
        ),
        nodes.Text(pending),
        classes=["fc-summary-totals"],
    )
    if not counts.total:
        container += nodes.paragraph(
            "",
            _("No claims match these filters (%(filters)s).")
            % {"filters": spec.query.describe(_("or"), _("no filters"))},
            classes=["fc-report-empty"],
        )
        return container

    verdict_rows = []
    for key, count in counts.by_verdict:
        verdict = ctx.scale.get(key) if key else None
        badge = verdict_badge(verdict) if verdict else unrated_badge(ctx.verdict_label(key))
        colour = verdict.colour if verdict else "secondary"
        verdict_rows.append(
            [
                cell("verdict", badge),
                cell("count", nodes.Text(str(count))),
                _share_cell(count, counts.total, colour),
            ]
        )
    container += table(
        [
            Column("verdict", N_("Verdict"), 30),
            Column("count", N_("Claims"), 12),
            Column("share", N_("Share"), 40),
        ],
        verdict_rows,
        f"{report.anchor}-verdicts",
        title=[nodes.Text(_("Claims by verdict"))],
        classes=["fc-summary-table", "fc-summary-verdicts"],
    )

    status_rows = [
        [
            cell("status", nodes.inline("", status, classes=["fc-status", f"fc-status-{status}"])),
            cell("count", nodes.Text(str(count))),
            _share_cell(count, counts.total, "primary"),
        ]
        for status, count in counts.by_status
    ]
    container += desk_only(
        table(
            [
                Column("status", N_("Status"), 30),
                Column("count", N_("Claims"), 12),
                Column("share", N_("Share"), 40),
            ],
            status_rows,
            f"{report.anchor}-statuses",
            title=[nodes.Text(_("Claims by status"))],
            classes=["fc-summary-table", "fc-summary-statuses"],
        )
    )
    return container
