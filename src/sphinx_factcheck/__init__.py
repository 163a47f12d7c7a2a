"""Write fact-checks as Sphinx documentation: claims, sources, verdicts and reports."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

if TYPE_CHECKING:
    from sphinx.application import Sphinx


def setup(app: Sphinx) -> dict[str, Any]:
    """Register the extension with Sphinx."""
    from .articles import setup_articles
    from .config import setup_config
    from .directives.article import ArticleDirective
    from .directives.claim import ClaimDirective
    from .directives.claim_import import setup_claim_import
    from .directives.source import SourceDirective
    from .domain import DOMAIN_NAME, FactcheckDomain, report_unresolved
    from .freshness import setup_freshness
    from .intersphinx_links import setup_intersphinx_links
    from .outputs import setup_outputs
    from .reports import setup_reports
    from .roles import FactcheckXRefRole, VerdictRole
    from .singlehtml_links import setup_singlehtml_links
    from .static_files import setup_static
    from .structured_data import setup_structured_data
    from .theme_support import setup_theme_support
    from .verdict_tooltips import setup_verdict_tooltips

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
