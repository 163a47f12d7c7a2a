"""Fill report and back-link placeholders once every document has been read."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from docutils import nodes
from sphinx.transforms.post_transforms import SphinxPostTransform

from sphinx_factcheck.core.report_specs import ClaimTableSpec, SourceListSpec, VerdictSummarySpec
from sphinx_factcheck.rendering.nodes import (
    BacklinksPlaceholder,
    ReportPlaceholder,
    ShareBar,
    TableTools,
)
from sphinx_factcheck.rendering.reports.backlinks import render_backlinks
from sphinx_factcheck.rendering.reports.claim_table import render_claim_table
from sphinx_factcheck.rendering.reports.context import RenderContext, ordering_of
from sphinx_factcheck.rendering.reports.source_list import render_source_list
from sphinx_factcheck.rendering.reports.summary import render_verdict_summary
from sphinx_factcheck.warning_types import Problem, warn

if TYPE_CHECKING:
    from sphinx.application import Sphinx

    from sphinx_factcheck.core.report_results import ReportRecord

_RENDERERS: dict[type, Callable[[ReportRecord, RenderContext], nodes.container]] = {
    ClaimTableSpec: render_claim_table,
    VerdictSummarySpec: render_verdict_summary,
    SourceListSpec: render_source_list,
}


class ResolveReports(SphinxPostTransform):
    """Replace placeholders by tables, lists and links that every builder writes."""

    # Before the ReferencesResolver (10): the claim and source links made here
    # are pending_xrefs it still has to resolve.
    default_priority = 5

    def run(self, **kwargs: Any) -> None:
        reports = list(self.document.findall(ReportPlaceholder))
        backlinks = list(self.document.findall(BacklinksPlaceholder))
        if not reports and not backlinks:
            return
        ctx = RenderContext.of(self.env)
        for report in reports:
            report.replace_self(self._report(report, ctx))
        for placeholder in backlinks:
            placeholder.replace_self(render_backlinks(placeholder, ctx))

    def _report(self, node: ReportPlaceholder, ctx: RenderContext) -> nodes.Element:
        report: ReportRecord = node["fc_report"]
        spec = report.spec
        if isinstance(spec, SourceListSpec):
            problems = (ctx.reports.source_query_problems(spec.query)
                        + ctx.reports.claim_query_problems(spec.cited_by))
        else:
            problems = ctx.reports.claim_query_problems(spec.query)
        for problem in problems:
            warn(Problem(problem.subtype), f"{report.kind}: {problem.message}", node)
        rendered = _RENDERERS[type(spec)](report, ctx)
        rendered["ids"] = list(node["ids"])
        rendered["names"] = list(node["names"])
        rendered.source, rendered.line = node.source, node.line
        return rendered


class HtmlReportExtras(SphinxPostTransform):
    """In HTML, make claim tables sortable and filterable and draw the summary bars."""

    default_priority = 6
    formats = ("html",)

    def run(self, **kwargs: Any) -> None:
        ordering = ordering_of(self.config)
        for container in list(self.document.findall(nodes.container)):
            if not container.get("fc_interactive"):
                continue
            tools = TableTools("", *container.children, ids=container["ids"],
                               classes=container["classes"],
                               fc_verdict_order=list(ordering.verdicts),
                               fc_status_order=list(ordering.statuses))
            container.replace_self(tools)
        for entry in self.document.findall(nodes.entry):
            if "fc_share" in entry and len(entry) and isinstance(entry[0], nodes.paragraph):
                entry[0].insert(0, ShareBar("", fc_share=entry["fc_share"],
                                            classes=[f"sd-bg-{entry['fc_colour']}"]))


def add_table_script(app: Sphinx, pagename: str, templatename: str,
                     context: dict[str, Any], doctree: nodes.document | None) -> None:
    """Load the table script on the pages that have an interactive claim table."""
    if doctree is not None and next(iter(doctree.findall(TableTools)), None) is not None:
        app.add_js_file("factcheck-table.js", loading_method="defer")
