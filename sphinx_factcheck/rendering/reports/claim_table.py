"""The ``claim-table`` report as plain docutils tables."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from docutils import nodes

from sphinx_factcheck.config import is_public
from sphinx_factcheck.core.model import ClaimRecord
from sphinx_factcheck.core.queries import group_claims, sort_claims
from sphinx_factcheck.core.report_results import ReportRecord
from sphinx_factcheck.core.report_specs import ClaimTableSpec
from sphinx_factcheck.locale import N_, _, ngettext
from sphinx_factcheck.rendering.badges import (
    badge_for,
    comma_list,
    unrated_badge,
    verdict_badge,
    xref,
)
from sphinx_factcheck.rendering.components import component
from sphinx_factcheck.rendering.reports.context import RenderContext
from sphinx_factcheck.rendering.reports.tables import Column, cell, table

COLUMNS = {
    "id": Column("id", N_("ID"), 14),
    "claim": Column("claim", N_("Claim"), 40),
    "verdict": Column("verdict", N_("Verdict"), 12),
    "status": Column("status", N_("Status"), 11),
    "sources": Column("sources", N_("Sources"), 22),
    "claimant": Column("claimant", N_("Claimant"), 16),
    "document": Column("document", N_("Document"), 16),
    "checked": Column("checked", N_("Checked"), 11),
    "tags": Column("tags", N_("Tags"), 14),
    "quote": Column("quote", N_("Quote"), 30),
}

_Cell = Callable[[ClaimRecord, RenderContext], Sequence[nodes.Node]]


def _text(value: str | None) -> list[nodes.Node]:
    return [nodes.Text(value)] if value else []


CELLS: dict[str, _Cell] = {
    "id": lambda claim, ctx: [ctx.claim_link(claim, nodes.literal("", claim.id))],
    "claim": lambda claim, ctx: [ctx.claim_link(claim, nodes.inline("", claim.statement))],
    "verdict": lambda claim, ctx: [badge_for(claim, ctx.config)],
    "status": lambda claim, ctx: [
        nodes.inline("", claim.status, classes=["fc-status", f"fc-status-{claim.status}"])
    ],
    "sources": lambda claim, ctx: comma_list(
        xref("source", source_id, docname=ctx.docname) for source_id in claim.sources
    ),
    "claimant": lambda claim, ctx: _text(claim.claimant),
    "document": lambda claim, ctx: [ctx.page_link(claim.location.docname)],
    "checked": lambda claim, ctx: _text(claim.checked),
    "tags": lambda claim, ctx: comma_list(
        nodes.inline("", tag, classes=["fc-tag"]) for tag in claim.tags
    ),
    "quote": lambda claim, ctx: _text(claim.quote),
}


def _verdict_badge(key: str | None, ctx: RenderContext) -> nodes.inline:
    """The verdict's badge; "No verdict"  when a claim has none yet."""
    verdict = ctx.scale.get(key) if key else None
    return verdict_badge(verdict) if verdict else unrated_badge(ctx.verdict_label(key))


def _group_title(by: str, key: str | None, count: int, ctx: RenderContext) -> list[nodes.Node]:
    """The caption of one group's table: what the group is, and how many claims."""
    counted = nodes.Text(
        " " + ngettext("(%(count)d claim)", "(%(count)d claims)", count) % {"count": count}
    )
    if by == "verdict":
        return [_verdict_badge(key, ctx), counted]
    if by == "document" and key is not None:
        return [ctx.page_link(key), counted]
    missing = {"status": _("No status"), "claimant": _("No claimant"), "tag": _("No tags")}
    return [nodes.inline("", key if key is not None else missing.get(by, _("None"))), counted]


#: Columns only the desk sees; the public build leaves them out.
DESK_COLUMNS = frozenset({"id", "status"})


def render_claim_table(report: ReportRecord, ctx: RenderContext) -> nodes.container:
    """The claims a ``claim-table`` selects: one table, or one per group."""
    spec = report.spec
    assert isinstance(spec, ClaimTableSpec)
    claims = sort_claims(ctx.reports.select(spec.query), spec.sort, ctx.ordering)
    shown = [
        name for name in spec.columns if not (is_public(ctx.config) and name in DESK_COLUMNS)
    ] or ["claim"]
    columns = [COLUMNS[name] for name in shown]
    container = component("claim-table", "fc-report")
    container["fc_interactive"] = True

    def rows(members: Sequence[ClaimRecord]) -> list[list[nodes.entry]]:
        return [[cell(name, *CELLS[name](claim, ctx)) for name in shown] for claim in members]

    if not claims:
        if spec.caption:
            container += nodes.rubric("", spec.caption, classes=["fc-report-caption"])
        container += nodes.paragraph(
            "",
            _("No claims match these filters (%(filters)s).")
            % {"filters": spec.query.describe(_("or"), _("no filters"))},
            classes=["fc-report-empty"],
        )
        container["fc_interactive"] = False
    elif spec.group_by:
        if spec.caption:
            container += nodes.rubric("", spec.caption, classes=["fc-report-caption"])
        for number, group in enumerate(group_claims(claims, spec.group_by, ctx.ordering), 1):
            container += table(
                columns,
                rows(group.members),
                f"{report.anchor}-{number}",
                title=_group_title(spec.group_by, group.key, len(group.members), ctx),
                classes=["fc-claim-rows", f"fc-group-{spec.group_by}"],
            )
    else:
        title = [nodes.Text(spec.caption)] if spec.caption else []
        container += table(
            columns, rows(claims), f"{report.anchor}-table", title=title, classes=["fc-claim-rows"]
        )
    return container
