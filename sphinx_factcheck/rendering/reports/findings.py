"""The ``findings`` report: the bottom line of a fact-check, for a reader in a hurry.

One sentence of counts, then every claim that was not rated at the top of
the scale, worst first, each with its rating and one-line ruling.
"""

from __future__ import annotations

from docutils import nodes

from sphinx_factcheck.core.model import ClaimRecord, by_location
from sphinx_factcheck.core.queries import tally
from sphinx_factcheck.core.report_results import ReportRecord
from sphinx_factcheck.core.report_specs import FindingsSpec
from sphinx_factcheck.locale import _, ngettext
from sphinx_factcheck.rendering.badges import badge_for, verbatim
from sphinx_factcheck.rendering.components import component
from sphinx_factcheck.rendering.reports.context import RenderContext


def counts_sentence(claims: list[ClaimRecord], ctx: RenderContext) -> str:
    """ "12 claims checked: 5 true, 3 misleading and 1 false; 2 still being checked."."""
    counts = tally(claims, ctx.ordering)
    rated = [
        _("%(count)d %(verdict)s") % {"count": count, "verdict": ctx.verdict_label(key).lower()}
        for key, count in counts.by_verdict
        if key is not None and count
    ]
    pending = counts.total - counts.with_verdict
    sentence = ngettext(
        "%(count)d claim checked", "%(count)d claims checked", counts.with_verdict
    ) % {"count": counts.with_verdict}
    if rated:
        listed = (
            _("%(items)s and %(last)s") % {"items": _(", ").join(rated[:-1]), "last": rated[-1]}
            if len(rated) > 1
            else rated[0]
        )
        sentence += _(": %(verdicts)s") % {"verdicts": listed}
    if pending:
        sentence += _("; %(count)d %(state)s") % {
            "count": pending,
            "state": ctx.verdict_label(None).lower(),
        }
    return sentence + "."


def render_findings(report: ReportRecord, ctx: RenderContext) -> nodes.container:
    """The counts, then the claims below the top of the scale, worst first."""
    spec = report.spec
    assert isinstance(spec, FindingsSpec)
    selected = ctx.reports.select(spec.query)
    container = component("findings", "fc-report")
    if spec.caption:
        container += nodes.rubric("", spec.caption, classes=["fc-report-caption"])
    container += nodes.paragraph("", counts_sentence(selected, ctx), classes=["fc-findings-counts"])
    top = ctx.scale.top
    shown = [claim for claim in selected if claim.verdict and claim.verdict != top]
    shown.sort(key=by_location)
    shown.sort(key=lambda claim: ctx.ordering.severity_rank(claim.verdict) or 0)
    if not shown:
        if selected:
            container += nodes.paragraph(
                "", _("Every checked claim held up."), classes=["fc-report-empty"]
            )
        return container
    items = nodes.bullet_list(classes=["fc-findings-list"])
    for claim in shown:
        line = nodes.paragraph()
        line += badge_for(claim, ctx.config)
        line += nodes.Text(" ")
        line += ctx.claim_link(
            claim, nodes.inline("", claim.statement, classes=["fc-findings-claim"])
        )
        if claim.ruling:
            line += nodes.Text(" ")
            line += nodes.inline("", claim.ruling, classes=["fc-ruling"])
        items += nodes.list_item("", verbatim(line))
    container += items
    return container
