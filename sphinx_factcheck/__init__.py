"""Write fact-checks as Sphinx documentation: claims, sources, verdicts and reports."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

if TYPE_CHECKING:
    from sphinx.application import Sphinx


def setup(app: Sphinx) -> dict[str, Any]:
    """Register the extension with Sphinx."""
    from sphinx_factcheck.config import setup_config
    from sphinx_factcheck.directives.article import ArticleDirective
    from sphinx_factcheck.directives.claim import ClaimDirective
    from sphinx_factcheck.directives.claim_import import setup_claim_import
    from sphinx_factcheck.directives.roles import FactcheckXRefRole, VerdictRole
    from sphinx_factcheck.directives.source import SourceDirective
    from sphinx_factcheck.html.json_ld import setup_structured_data
    from sphinx_factcheck.html.singlehtml_links import setup_singlehtml_links
    from sphinx_factcheck.html.static_files import setup_static
    from sphinx_factcheck.html.tooltips import setup_verdict_tooltips
    from sphinx_factcheck.outputs.json_export import setup_outputs
    from sphinx_factcheck.rendering.article_body import setup_articles
    from sphinx_factcheck.rendering.external_claims import setup_intersphinx_links
    from sphinx_factcheck.rendering.reports import setup_reports
    from sphinx_factcheck.rendering.theme_support import setup_theme_support
    from sphinx_factcheck.store.domain import DOMAIN_NAME, FactcheckDomain, report_unresolved
    from sphinx_factcheck.store.freshness import setup_freshness

    app.setup_extension("sphinx_design")
    setup_config(app)
    app.add_domain(FactcheckDomain)
    app.connect("warn-missing-reference", report_unresolved)
    for name, directive in (("claim", ClaimDirective), ("source", SourceDirective),
                            ("article", ArticleDirective)):
        app.add_directive(name, directive)
        app.add_directive_to_domain(DOMAIN_NAME, name, directive)
    for name, role in (("claim", FactcheckXRefRole()), ("source", FactcheckXRefRole()),
                       ("article", FactcheckXRefRole()), ("verdict", VerdictRole())):
        app.add_role(name, role)
        app.add_role_to_domain(DOMAIN_NAME, name, role)
    setup_articles(app)
    setup_freshness(app)
    setup_outputs(app)
    setup_reports(app)
    setup_static(app)
    setup_claim_import(app)
    setup_structured_data(app)
    setup_verdict_tooltips(app)
    setup_intersphinx_links(app)
    setup_theme_support(app)
    setup_singlehtml_links(app)
    return {
        "version": __version__,
        "env_version": FactcheckDomain.data_version,
        "parallel_read_safe": True,
        "parallel_write_safe": True,
    }
