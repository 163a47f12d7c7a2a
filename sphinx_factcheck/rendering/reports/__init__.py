"""Reports over the whole project: claim tables, verdict summaries, source lists,
back-links on claims and sources, and the claim and source indices."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sphinx.application import Sphinx


def setup_reports(app: Sphinx) -> None:
    """Register the report directives, their nodes, transforms and indices."""
    from sphinx_factcheck.directives.reports import REPORT_DIRECTIVES
    from sphinx_factcheck.rendering.domain_indices import setup_indices
    from sphinx_factcheck.rendering.links import resolve_anchor
    from sphinx_factcheck.rendering.nodes import setup_nodes
    from sphinx_factcheck.rendering.transforms import (
        HtmlReportExtras,
        ResolveReports,
        add_table_script,
    )
    from sphinx_factcheck.store.domain import DOMAIN_NAME

    for name, directive in REPORT_DIRECTIVES.items():
        app.add_directive(name, directive)
        app.add_directive_to_domain(DOMAIN_NAME, name, directive)
    setup_nodes(app)
    app.add_post_transform(ResolveReports)
    app.add_post_transform(HtmlReportExtras)
    app.connect("missing-reference", resolve_anchor)
    app.connect("html-page-context", add_table_script)
    setup_indices(app)
