"""The ``corrections-log`` report: every correction of the project's checks, newest first."""

from __future__ import annotations

from docutils import nodes

from sphinx_factcheck.core.model import ClaimRecord, Correction, WithdrawalRecord
from sphinx_factcheck.core.report_results import ReportRecord
from sphinx_factcheck.core.report_specs import CorrectionsLogSpec
from sphinx_factcheck.locale import _, fill, ngettext
from sphinx_factcheck.rendering.badges import badge_for, verbatim
from sphinx_factcheck.rendering.components import component
from sphinx_factcheck.rendering.reports.context import RenderContext
from sphinx_factcheck.store.domain import get_domain


def render_corrections_log(report: ReportRecord, ctx: RenderContext) -> nodes.container:
    """One entry per correction: date, claim, the rating before and now, and why."""
    spec = report.spec
    assert isinstance(spec, CorrectionsLogSpec)
    entries: list[tuple[Correction, ClaimRecord] | WithdrawalRecord] = [
        (correction, claim)
        for claim in ctx.reports.select(spec.query)
        for correction in claim.corrections
    ]
    if spec.query.is_empty:  # withdrawn claims match no filter: they are gone
        entries.extend(get_domain(ctx.env).withdrawals())
    # Newest first; undated corrections last; document order within a day.
    entries.sort(key=_date_of, reverse=True)
    container = component("corrections-log", "fc-report")
    if spec.caption:
        container += nodes.rubric("", spec.caption, classes=["fc-report-caption"])
    if not entries:
        container += nodes.paragraph("", _("No corrections so far."), classes=["fc-report-empty"])
        return container
    items = nodes.bullet_list(classes=["fc-corrections-list"])
    for entry in entries:
        if isinstance(entry, WithdrawalRecord):
            items += nodes.list_item("", verbatim(_withdrawal_line(entry, ctx)))
            continue
        correction, claim = entry
        line = nodes.paragraph()
        line += nodes.strong("", correction.date or _("Undated"))
        line += nodes.Text(": ")
        line += ctx.claim_link(claim, nodes.inline("", claim.statement))
        if correction.previous_verdict:
            line += fill(
                _(" (previously %(before)s; now %(now)s)"),
                before=ctx.verdict_label(correction.previous_verdict),
                now=badge_for(claim, ctx.config),
            )
        line += nodes.Text(". ")
        line += nodes.inline("", correction.reason, classes=["fc-correction-reason"])
        items += nodes.list_item("", verbatim(line))
    container += items
    return container


def _date_of(entry: tuple[Correction, ClaimRecord] | WithdrawalRecord) -> str:
    return (entry.date if isinstance(entry, WithdrawalRecord) else entry[0].date) or ""


def _withdrawal_line(withdrawal: WithdrawalRecord, ctx: RenderContext) -> nodes.paragraph:
    """ "DATE: N published checks withdrawn (the notice). Why."."""
    line = nodes.paragraph()
    line += nodes.strong("", withdrawal.date or _("Undated"))
    line += nodes.Text(": ")
    count = len(withdrawal.claims)
    line += ctx.page_link(
        withdrawal.location.docname,
        withdrawal.anchor,
        ngettext(
            "%(count)d published check withdrawn", "%(count)d published checks withdrawn", count
        )
        % {"count": count},
    )
    line += nodes.Text(". ")
    line += nodes.inline("", withdrawal.reason, classes=["fc-correction-reason"])
    return line
