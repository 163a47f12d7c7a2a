"""``setup()`` as a table of contents: every directive, role, node, transform and event.

What each registration does lives in the folder it names; this module only
wires them, so every ``app.connect`` of the extension is visible here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from sphinx_factcheck import __version__
from sphinx_factcheck.config import CONFIG_VALUES, validate_config
from sphinx_factcheck.directives import DIRECTIVES, ROLES
from sphinx_factcheck.html.json_ld import add_claim_reviews
from sphinx_factcheck.html.static_files import add_static_path, drop_repeated_static_paths
from sphinx_factcheck.locale import LOCALE_DIR, MESSAGE_CATALOG_NAME
from sphinx_factcheck.outputs.claimreview_feed import write_claimreview_feed
from sphinx_factcheck.outputs.json_export import write_json
from sphinx_factcheck.rendering.article_body import report_anchoring
from sphinx_factcheck.rendering.domain_indices import INDICES, escape_index_groups
from sphinx_factcheck.rendering.nodes import setup_nodes
from sphinx_factcheck.rendering.transforms import POST_TRANSFORMS, add_table_script
from sphinx_factcheck.store.domain import DOMAIN_NAME, FactcheckDomain, report_unresolved
from sphinx_factcheck.store.freshness import changed_files, outdated_displays
from sphinx_factcheck.store.published import check_published_record

if TYPE_CHECKING:
    from sphinx.application import Sphinx


def setup_extension(app: Sphinx) -> dict[str, Any]:
    """Register sphinx-factcheck with ``app``."""
    app.setup_extension("sphinx_design")

    # Labels in the project's language: the catalogue of Sphinx's ``language``.
    app.add_message_catalog(MESSAGE_CATALOG_NAME, LOCALE_DIR)

    # Configuration, checked once it is read.
    for value in CONFIG_VALUES:
        app.add_config_value(
            value.name,
            value.default,
            value.rebuild,  # type: ignore[arg-type]
            types=Any,
            description=value.help,
        )
    app.connect("config-inited", validate_config, priority=400)
    # Static folders join html_static_path here, not at builder-inited, so the
    # configuration saved with the environment equals the next build's.
    app.connect("config-inited", add_static_path)

    # The store, and what authors write: directives and roles, also as fc:<name>.
    app.add_domain(FactcheckDomain)
    for name, directive in DIRECTIVES.items():
        app.add_directive(name, directive)
        app.add_directive_to_domain(DOMAIN_NAME, name, directive)
    for name, role in ROLES.items():
        app.add_role(name, role)
        app.add_role_to_domain(DOMAIN_NAME, name, role)
    for index in INDICES:
        app.add_index_to_domain(DOMAIN_NAME, index)

    # Rendering: placeholders and HTML nodes, then the post-transforms that fill them.
    setup_nodes(app)
    for transform in POST_TRANSFORMS:
        app.add_post_transform(transform)

    # Events, in the order a build meets them.
    # after sphinx-design's handler (priority 500) appends its folder again
    app.connect("builder-inited", drop_repeated_static_paths, priority=900)
    app.connect("env-get-outdated", changed_files)
    app.connect("env-updated", outdated_displays)
    app.connect("env-check-consistency", report_anchoring)
    app.connect("env-check-consistency", check_published_record)
    app.connect("warn-missing-reference", report_unresolved)
    app.connect("html-page-context", add_table_script)
    app.connect("html-page-context", escape_index_groups)
    app.connect("html-page-context", add_claim_reviews)
    app.connect("build-finished", write_json)
    app.connect("build-finished", write_claimreview_feed)
    app.add_css_file("factcheck.css")

    return {
        "version": __version__,
        "env_version": FactcheckDomain.data_version,
        "parallel_read_safe": True,
        "parallel_write_safe": True,
    }
