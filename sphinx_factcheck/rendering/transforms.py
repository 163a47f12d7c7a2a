"""Every post-transform of the extension, in the order they run.

1. :class:`FillPlaceholders` (before references are resolved) replaces each
   placeholder (reports, back-links, article bodies, "Show in article") by
   generic docutils nodes whose links are ``pending_xref`` nodes.
2. :class:`ExternalClaimLinks` shows other projects' claims like local ones.
3. singlehtml only: :class:`SingleHtmlAnchors`.

In HTML, :class:`FillPlaceholders` also makes claim tables sortable and draws
the summary bars (:func:`html_report_extras`) on each report it renders, so
no transform walks the page for them; verdict tooltips need no transform
either: the HTML translator writes a ``VerdictBadge`` as ``<abbr>``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from docutils import nodes
from sphinx.transforms.post_transforms import ReferencesResolver, SphinxPostTransform

from sphinx_factcheck.config import is_public
from sphinx_factcheck.core.report_specs import (
    ClaimTableSpec,
    CorrectionsLogSpec,
    FindingsSpec,
    FlawListSpec,
    SourceListSpec,
    VerdictSummarySpec,
)
from sphinx_factcheck.html.singlehtml_links import point_at_anchors
from sphinx_factcheck.rendering.article_body import render_article, render_article_link
from sphinx_factcheck.rendering.audience import drop_desk_content
from sphinx_factcheck.rendering.external_claims import render_external_links
from sphinx_factcheck.rendering.nodes import (
    PLACEHOLDERS,
    ArticleLinkPlaceholder,
    ArticlePlaceholder,
    BacklinksPlaceholder,
    ReportPlaceholder,
    ShareBar,
    TableTools,
)
from sphinx_factcheck.rendering.reports.backlinks import render_backlinks
from sphinx_factcheck.rendering.reports.claim_table import render_claim_table
from sphinx_factcheck.rendering.reports.context import RenderContext
from sphinx_factcheck.rendering.reports.corrections_log import render_corrections_log
from sphinx_factcheck.rendering.reports.findings import render_findings
from sphinx_factcheck.rendering.reports.flaw_list import render_flaw_list
from sphinx_factcheck.rendering.reports.source_list import render_source_list
from sphinx_factcheck.rendering.reports.summary import render_verdict_summary
from sphinx_factcheck.store.domain import get_domain
from sphinx_factcheck.warning_types import Problem, warn

if TYPE_CHECKING:
    from sphinx.application import Sphinx

    from sphinx_factcheck.core.queries import Ordering
    from sphinx_factcheck.core.report_results import ReportRecord

#: Builders that resolve one document at a time: a page without fc content can be
#: skipped there. Others (singlehtml, latex, texinfo, man) resolve an assembled tree.
PER_DOCUMENT_BUILDERS = frozenset(
    {"html", "dirhtml", "epub", "text", "xml", "pseudoxml", "json", "pickle", "dummy"}
)
#: Set on a document that shows something of the extension (by FillPlaceholders).
HAS_CONTENT = "fc_content"
#: Set on a document with a claim table's tools (by FillPlaceholders, in HTML).
HAS_TABLE_TOOLS = "fc_table_tools"

_RENDERERS: dict[type, Callable[[ReportRecord, RenderContext], nodes.container]] = {
    ClaimTableSpec: render_claim_table,
    VerdictSummarySpec: render_verdict_summary,
    SourceListSpec: render_source_list,
    FindingsSpec: render_findings,
    CorrectionsLogSpec: render_corrections_log,
    FlawListSpec: render_flaw_list,
}


def _builder(transform: SphinxPostTransform) -> tuple[str, str]:
    """The name and format of the builder at work.

    Sphinx 8.1 and later keep its class on the environment, where
    ``SphinxPostTransform.is_supported`` reads it (``self.app`` is deprecated
    there); Sphinx 7.4 and 8.0 have only the application's builder.
    """
    builder_cls = getattr(transform.env, "_builder_cls", None)
    if builder_cls is None:
        builder = transform.app.builder
        return builder.name, builder.format
    return str(builder_cls.name), str(builder_cls.format)


class FillPlaceholders(SphinxPostTransform):
    """Replace placeholders by tables, lists, articles and links that every builder writes."""

    # Before the ReferencesResolver (10): the links made here are pending_xrefs
    # it still has to resolve.
    default_priority = ReferencesResolver.default_priority - 5

    def run(self, **kwargs: Any) -> None:
        docname = self.env.docname
        if _builder(self)[0] in PER_DOCUMENT_BUILDERS and not get_domain(self.env).has_content(
            docname
        ):
            return  # most pages of a site: nothing to fill, nothing for later transforms
        self.document[HAS_CONTENT] = True
        placeholders = list(self.document.findall(_is_placeholder))
        if not placeholders:
            return
        ctx = RenderContext.of(self.env)
        for node in placeholders:
            if isinstance(node, ReportPlaceholder):
                node.replace_self(self._report(node, ctx))
            elif isinstance(node, BacklinksPlaceholder):
                node.replace_self(render_backlinks(node, ctx))
            elif isinstance(node, ArticlePlaceholder):
                node.replace_self(render_article(node, self.env, docname))
            elif isinstance(node, ArticleLinkPlaceholder):
                node.replace_self(render_article_link(node, self.env, docname))

    def _report(self, node: ReportPlaceholder, ctx: RenderContext) -> nodes.Element:
        report: ReportRecord = node["fc_report"]
        spec = report.spec
        if isinstance(spec, SourceListSpec):
            problems = ctx.reports.source_query_problems(
                spec.query
            ) + ctx.reports.claim_query_problems(spec.cited_by)
        elif isinstance(spec, FlawListSpec):
            problems = ctx.reports.flaw_query_problems(spec.query, ctx.index.flaws_in_order())
        else:
            problems = ctx.reports.claim_query_problems(spec.query)
        for problem in problems:
            warn(Problem(problem.subtype), f"{report.kind}: {problem.message}", node)
        rendered = _RENDERERS[type(spec)](report, ctx)
        rendered["ids"] = list(node["ids"])
        rendered["names"] = list(node["names"])
        rendered.source, rendered.line = node.source, node.line
        if _builder(self)[1] != "html":
            return rendered
        extended = html_report_extras(rendered, ctx.ordering)
        if isinstance(extended, TableTools):
            self.document[HAS_TABLE_TOOLS] = True
        return extended


def _is_placeholder(node: nodes.Node) -> bool:
    return isinstance(node, PLACEHOLDERS)


def html_report_extras(report: nodes.Element, ordering: Ordering) -> nodes.Element:
    """In HTML, a claim table that sorts and filters, and the bars of a verdict summary.

    Walks only the report just rendered, not the page.
    """
    for entry in report.findall(nodes.entry):
        if "fc_share" in entry and len(entry) and isinstance(entry[0], nodes.paragraph):
            entry[0].insert(
                0, ShareBar("", fc_share=entry["fc_share"], classes=[f"sd-bg-{entry['fc_colour']}"])
            )
    if not report.get("fc_interactive"):
        return report
    return TableTools(
        "",
        *report.children,
        ids=report["ids"],
        classes=report["classes"],
        fc_verdict_order=list(ordering.verdicts),
        fc_status_order=list(ordering.statuses),
    )


class ApplyAudience(SphinxPostTransform):
    """In the public build, drop what only the desk should see."""

    # After the placeholders are filled (they make desk-only nodes too), before
    # references are resolved, so dropped links are never resolved or reported.
    default_priority = FillPlaceholders.default_priority + 1

    def run(self, **kwargs: Any) -> None:
        if is_public(self.config) and self.document.get(HAS_CONTENT):
            drop_desk_content(self.document)


class ExternalClaimLinks(SphinxPostTransform):
    """Resolve links to other projects' claims and sources; show claims with a badge."""

    # Before intersphinx's own resolver, which would drop what the link pointed at.
    default_priority = ReferencesResolver.default_priority - 2

    def run(self, **kwargs: Any) -> None:
        if self.document.get(HAS_CONTENT):
            render_external_links(self.document, self.env)


class SingleHtmlAnchors(SphinxPostTransform):
    """singlehtml only: links into another document point at the anchor on the one page."""

    default_priority = 950
    builders = ("singlehtml",)

    def run(self, **kwargs: Any) -> None:
        point_at_anchors(self.document)


#: Every post-transform, registered in this order by ``setup()``.
POST_TRANSFORMS = (FillPlaceholders, ApplyAudience, ExternalClaimLinks, SingleHtmlAnchors)


def add_table_script(
    app: Sphinx,
    pagename: str,
    templatename: str,
    context: dict[str, Any],
    doctree: nodes.document | None,
) -> None:
    """Load the table script on the pages that have an interactive claim table."""
    if doctree is not None and doctree.get(HAS_TABLE_TOOLS):
        app.add_js_file("factcheck-table.js", loading_method="defer")
